import { mount } from 'svelte';
import App from './App.svelte';
import './app.css';

// Start-up marks for the benchmark: the bundle's modules have run; the app is mounted.
performance.mark('script');
const target = document.getElementById('app');
if (!target) throw new Error('Cuttings: #app is missing from index.html');

const app = mount(App, { target });
performance.mark('mounted');
export default app;
