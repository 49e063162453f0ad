// The app runs with Tauri's `freezePrototype: true`; the mock does the same, so code that
// writes to Object.prototype fails here too.
Object.freeze(Object.prototype);
