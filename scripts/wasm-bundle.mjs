#!/usr/bin/env node
// Builds the wizard's WebAssembly into the bundle, split in two, and adds
// what starts it to index.html. Run by `./x build` after `trunk build`
// (which makes the page, the stylesheet and the copied files):
//
//   node scripts/wasm-bundle.mjs [dist]
//
// The first load carries the app's frame and the start page; the later
// pages wait in a chunk fetched while the start page is read (see
// src/later.rs). Steps:
//
// 1. cargo builds the release wasm with its own standard library (panics
//    stop at once), keeping its relocations, which the splitter needs;
// 2. wasm-split-cli cuts it at the functions marked #[wasm_split]: the main
//    module, a chunk per split, and the JavaScript that loads a chunk;
// 3. wasm-bindgen makes the main module's JavaScript glue, keeping the
//    function table and globals the chunks share with it;
// 4. wasm-opt -Oz shrinks each module;
// 5. terser minifies the glue and the loader;
// 6. every file is named by one hash of them all (they refer to each other,
//    so they change together), and browsers may keep them for a year;
// 7. index.html gets the start script, with Subresource Integrity, and
//    preloads for what the first page needs.
//
// For debugging, REDRESS_WASM_NAMES=1 keeps the main module's function
// names, so that a trap's stack (DEBUG_STACK=1 ./x e2e) names the Rust
// function; never for a release, as names triple the download.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

import { minify } from 'terser';

import { FALLBACK_ON_TRAP } from './fallback-on-trap.mjs';
import { sha384 } from './integrity.mjs';
import { UNUSED_EXPORTS, withShortImports, withoutCustomSections, withoutExports } from './wasm-sections.mjs';
import { WASM_FEATURES } from './wasm-features.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const dist = process.argv[2] ?? join(root, 'dist');
const STEM = 'redress';

function run(command, args, env = {}) {
  try {
    execFileSync(command, args, { cwd: root, stdio: ['ignore', 'inherit', 'inherit'], env: { ...process.env, ...env } });
  } catch (error) {
    console.error(`wasm-bundle: ${command} failed (${error.message.split('\n')[0]}); run scripts/setup if a tool is missing`);
    process.exit(1);
  }
}

function fail(message) {
  console.error(`wasm-bundle: ${message}`);
  process.exit(1);
}

const TERSER = { module: true, compress: true, mangle: true };
const TERSER_VERSION = createRequire(import.meta.url)('terser/package.json').version;

// The release wasm is built with its own standard library, which stops at a
// panic at once (no unwinding or panic messages to download: about 22 KB
// gzipped), and keeps its relocations for the splitter. Both need unstable
// flags; RUSTC_BOOTSTRAP lets the stable compiler take them, as for fuzzing.
// Its own target folder keeps these flags from invalidating other builds.
const TARGET_DIR = join(root, 'target', 'wasm-bundle');
const RUSTFLAGS = ['-Clink-args=--emit-relocs', '-Zunstable-options', '-Cpanic=immediate-abort'];
console.log('wasm-bundle: cargo build --release --target wasm32-unknown-unknown -Zbuild-std');
run('cargo', ['build', '--release', '--target', 'wasm32-unknown-unknown', '-Zbuild-std=std,panic_abort',
  '--target-dir', TARGET_DIR, '-p', 'redress', '--bin', STEM], {
  RUSTC_BOOTSTRAP: '1',
  CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUSTFLAGS: RUSTFLAGS.join(' '),
});

const work = await mkdtemp(join(tmpdir(), 'redress-wasm-'));
try {
  const input = join(TARGET_DIR, 'wasm32-unknown-unknown', 'release', `${STEM}.wasm`);
  run('wasm-split-cli', [input, work, '--out-name', STEM]);
  const chunks = (await readdir(work)).filter((f) => f.endsWith('.wasm') && f !== `${STEM}.wasm`).sort();
  if (chunks.length === 0) fail('the splitter found no #[wasm_split] function: is src/later.rs still there?');

  const bindgen = join(work, 'bindgen');
  run('wasm-bindgen', ['--target', 'web', '--keep-lld-exports', '--no-typescript',
    '--out-dir', bindgen, '--out-name', STEM, join(work, `${STEM}.wasm`)]);

  const keepNames = process.env.REDRESS_WASM_NAMES ? ['-g'] : [];
  const optimised = (file) => join(work, `optimised-${file}`);
  const bound = join(bindgen, `${STEM}_bg.wasm`);
  await writeFile(bound, withoutExports(await readFile(bound), UNUSED_EXPORTS));
  run('wasm-opt', ['-Oz', ...keepNames, ...WASM_FEATURES, bound, '-o', optimised('main.wasm')]);
  for (const chunk of chunks) {
    await writeFile(join(work, chunk), withoutCustomSections(await readFile(join(work, chunk))));
    run('wasm-opt', ['-Oz', ...keepNames, ...WASM_FEATURES, join(work, chunk), '-o', optimised(chunk)]);
  }

  const chunkBodies = await Promise.all(chunks.map((chunk) => readFile(optimised(chunk))));
  // The glue's imports under short names (see withShortImports).
  const { module: main, glue: shortened } = withShortImports(
    await readFile(optimised('main.wasm')),
    await readFile(join(bindgen, `${STEM}.js`), 'utf8'),
    `./${STEM}_bg.js`,
  );
  let glue = shortened;
  let loader = await readFile(join(work, '__wasm_split.js'), 'utf8');

  // The hash covers what goes into the minifier and the minifier itself,
  // so that the same names always mean the same bytes (browsers keep them
  // for a year, and index.html checks them with Subresource Integrity).
  const hash = createHash('sha256');
  for (const part of [main, ...chunkBodies, glue, loader, TERSER_VERSION, JSON.stringify(TERSER)]) hash.update(part);
  const h = hash.digest('hex').slice(0, 16);
  const names = {
    glue: `${STEM}-${h}.js`,
    main: `${STEM}-${h}_bg.wasm`,
    loader: `${STEM}-loader-${h}.js`,
    chunk: (file) => `${STEM}-${file.replace(/^split_|\.wasm$/g, '').replace(/_/g, '-')}-${h}.wasm`,
  };

  // The glue imports the loader (the main module calls it to fetch a
  // chunk); the loader imports the glue (for the shared memory and table).
  const glueImport = `from "./__wasm_split.js"`;
  if (!glue.includes(glueImport)) fail('the glue does not import ./__wasm_split.js: did wasm-bindgen change?');
  glue = glue.replace(glueImport, `from "./${names.loader}"`);
  const loaderImport = `from "./${STEM}.js"`;
  if (!loader.includes(loaderImport)) fail(`the chunk loader does not import ./${STEM}.js: did wasm-split-cli change?`);
  loader = loader.replace(loaderImport, `from "./${names.glue}"`);
  // Each chunk is fetched with its Subresource Integrity, so the loader
  // (itself pinned by index.html and mount.js) runs only the chunk it was
  // built with: a changed chunk is refused like a failed fetch.
  for (const [i, chunk] of chunks.entries()) {
    const fetched = `fetch(new URL("./${chunk}", import.meta.url))`;
    if (!loader.includes(fetched)) fail(`the chunk loader does not fetch ${chunk} as ${fetched}: did wasm-split-cli change?`);
    loader = loader.replace(
      fetched,
      `fetch(new URL("./${names.chunk(chunk)}", import.meta.url), { integrity: "${sha384(chunkBodies[i])}" })`,
    );
  }
  // Minified (a third of the glue's gzipped bytes); exported names are kept.
  const minified = async (code) => (await minify(code, TERSER)).code;
  glue = await minified(glue);
  loader = await minified(loader);

  for (const old of (await readdir(dist)).filter((f) => f.startsWith(`${STEM}-`) && /\.(js|wasm)$/.test(f))) {
    await rm(join(dist, old));
  }
  await writeFile(join(dist, names.glue), glue);
  await writeFile(join(dist, names.main), main);
  await writeFile(join(dist, names.loader), loader);
  for (const [i, chunk] of chunks.entries()) await writeFile(join(dist, names.chunk(chunk)), chunkBodies[i]);

  // The start script is a file of its own (the Content-Security-Policy
  // allows no inline script). Paths are relative to it, so the bundle
  // works from any folder of a council's site.
  // Over a prerendered page (src/takeover.rs), Start is a link to the page
  // of other ways to complain: until the wasm takes over, a press of it is
  // held for the wasm to act on; if the wasm cannot run, the link leads on
  // (at once, if it was pressed meanwhile).
  const start = `import init, { show_fallback } from './${names.glue}';
const html = document.documentElement;
const hold = (event) => {
  const link = !html.hasAttribute('data-redress-live') && event.target.closest?.('[data-redress-start]');
  if (link) { event.preventDefault(); html.setAttribute('data-redress-start-pressed', ''); }
};
const holdKey = (event) => { if (event.key === ' ') hold(event); };
document.addEventListener('click', hold);
document.addEventListener('keydown', holdKey);
const letGo = () => {
  document.removeEventListener('click', hold);
  document.removeEventListener('keydown', holdKey);
  const link = !html.hasAttribute('data-redress-live') && html.hasAttribute('data-redress-start-pressed') && document.querySelector('[data-redress-start]');
  if (link) location.assign(link.href);
};
let started = false;
${FALLBACK_ON_TRAP.replace('show_fallback();', 'letGo(); if (started) show_fallback();')}
try {
  await init({ module_or_path: new URL('./${names.main}', import.meta.url) });
  started = true;
} catch (error) {
  letGo();
  throw error;
}
`;
  const startName = `${STEM}-start-${createHash('sha256').update(start).digest('hex').slice(0, 16)}.js`;
  await writeFile(join(dist, startName), start);

  const indexPath = join(dist, 'index.html');
  let html = await readFile(indexPath, 'utf8');
  if (!html.includes('</head>')) fail(`${indexPath} has no </head>`);
  const tags = [
    `<script type="module" src="./${startName}" integrity="${sha384(start)}" crossorigin="anonymous"></script>`,
    `<link rel="modulepreload" href="./${names.glue}" integrity="${sha384(glue)}" crossorigin="anonymous">`,
    `<link rel="modulepreload" href="./${names.loader}" integrity="${sha384(loader)}" crossorigin="anonymous">`,
    // (Chromium ignores, and warns about, integrity on a preload of a fetch.)
    `<link rel="preload" href="./${names.main}" crossorigin="anonymous" as="fetch" type="application/wasm">`,
  ];
  html = html.replace('</head>', `  ${tags.join('\n    ')}\n  </head>`);
  await writeFile(indexPath, html);

  const kb = (bytes) => `${(bytes / 1024).toFixed(0)} KB`;
  console.log(`wasm-bundle: ${names.main} ${kb(main.length)} (first load), ${chunks.map((c, i) => `${names.chunk(c)} ${kb(chunkBodies[i].length)}`).join(', ')} (on demand)`);
} finally {
  await rm(work, { recursive: true, force: true });
}
