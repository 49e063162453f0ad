import { mount } from 'svelte';
import App from './App.svelte';
import { Library } from './lib/library.svelte';
import './app.css';

// Start-up marks for the benchmark: the bundle's modules have run; the app is mounted.
performance.mark('script');
const target = document.getElementById('app');
if (!target) throw new Error('Cuttings: #app is missing from index.html');

// The first page is asked for before anything is drawn, and the window is built once it
// is here (a few milliseconds): the first screen painted is the list itself, not a
// skeleton followed by the list. A slow library still gets its skeleton after FIRST_WAIT.
const FIRST_WAIT_MS = 250;
const library = new Library();
const firstPage = library.init();
void Promise.race([firstPage, new Promise((done) => setTimeout(done, FIRST_WAIT_MS))]).then(() => {
  mount(App, { target, props: { library } });
  performance.mark('mounted');
});
