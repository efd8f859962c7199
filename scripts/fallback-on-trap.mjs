// What the start script (scripts/wasm-bundle.mjs) and mount.js
// (scripts/postbuild.mjs) say, after importing `show_fallback` from the
// glue, so that a trap in the wasm (a panic stops it at once) shows the
// plain page with the answers so far, never a blank one (src/fallback.rs).
export const FALLBACK_ON_TRAP = `const trapped = (error) => { if (error instanceof WebAssembly.RuntimeError) show_fallback(); };
addEventListener('error', (event) => trapped(event.error));
addEventListener('unhandledrejection', (event) => trapped(event.reason));`;
