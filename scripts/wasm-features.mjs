// The WebAssembly features current Rust output uses: binaryen (wasm-opt)
// must be told, for the bundle (scripts/wasm-bundle.mjs) and for
// measuring it (scripts/wasm-costs.mjs) alike.
export const WASM_FEATURES = ['--enable-bulk-memory', '--enable-bulk-memory-opt', '--enable-nontrapping-float-to-int',
  '--enable-sign-ext', '--enable-mutable-globals', '--enable-reference-types', '--enable-multivalue'];
