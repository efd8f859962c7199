// Finishes the bundle in dist/, after `trunk build` and
// scripts/wasm-bundle.mjs. Run by `./x build`.
//
// 1. mount.js: what a council's page loads to mount the wizard into one of
//    its elements (see README, "Embedding"): it attaches a shadow root with
//    the stylesheet, tells the app where its files are, and starts it,
//    checking each file it loads against its Subresource Integrity.
// 2. integrity.json: the Subresource Integrity of embed.js and mount.js,
//    for the `integrity` attribute of a council's embed snippet (printed).
// 3. .page.html: the page the build made, for src/prerender.rs.
// 4. Brotli and gzip copies of each file, for precompressed serving.
import { readFile, readdir, rename, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

import { FALLBACK_ON_TRAP } from './fallback-on-trap.mjs';
import { sha384 } from './integrity.mjs';

const dist = process.argv[2] ?? 'dist';
const indexPath = join(dist, 'index.html');
let html = await readFile(indexPath, 'utf8');

// The glue and the main wasm, as scripts/wasm-bundle.mjs named them.
const glue = /<link rel="modulepreload" href="\.\/(redress-[0-9a-f]{16}\.js)"/.exec(html);
const loader = /<link rel="modulepreload" href="\.\/(redress-loader-[0-9a-f]{16}\.js)"/.exec(html);
const wasm = /<link rel="preload" href="\.\/(redress-[0-9a-f]{16}_bg\.wasm)"/.exec(html);
if (!glue || !loader || !wasm) {
  console.error(`postbuild: ${indexPath} does not preload the glue, the chunk loader and the wasm: run scripts/wasm-bundle.mjs first`);
  process.exit(1);
}
/** The integrity of a file of the bundle. */
const integrity = async (file) => sha384(await readFile(join(dist, file)));
// Blank lines Trunk leaves where its directives were.
html = html.replace(/\n(\s*\n)+/g, '\n');
await writeFile(indexPath, html);

const css = /<link rel="stylesheet" href="\.\/(redress-[0-9a-f]+\.css)"/.exec(html);
if (!css) {
  console.error('postbuild: no stylesheet link in index.html; did Trunk change?');
  process.exit(1);
}
const mount = `// Mounts Redress into the element of this page marked data-redress-mount:
//   <div data-redress-mount></div>
//   <script type="module" src="https://WIZARD/mount.js"
//           integrity="(from integrity.json)" crossorigin="anonymous"></script>
// The wizard lives in a shadow root on that element, with its own stylesheet,
// so neither page's styles reach the other. It tells the page what happens
// with \`redress:step\`, \`redress:language\` and \`redress:submitted\` DOM
// events on the element (and postMessage), never with anything typed.
// Every file it loads must match the Subresource Integrity it was built
// with, so a page that pins this file pins the whole wizard.
const base = new URL('./', import.meta.url);
const host = document.querySelector('[data-redress-mount]');
if (!host) throw new Error('Redress: no element with data-redress-mount on this page');
// The wasm downloads while the rest loads (its failure is reported by init).
const wasm = fetch(new URL('${wasm[1]}', base), { integrity: '${await integrity(wasm[1])}' });
wasm.catch(() => {});
const shadow = host.shadowRoot ?? host.attachShadow({ mode: 'open' });
const style = document.createElement('link');
style.rel = 'stylesheet';
// Fetched with CORS, like the module and the wasm, so that the page's own
// tools (and accessibility checkers) can read the rules.
style.crossOrigin = 'anonymous';
style.integrity = '${await integrity(css[1])}';
style.href = new URL('${css[1]}', base).href;
shadow.append(style);
host.setAttribute('data-redress-base', base.href);
// import() takes no integrity, so the glue and the chunk loader it imports
// are preloaded with theirs first; import() then finds them loaded.
await Promise.all([
  ['${glue[1]}', '${await integrity(glue[1])}'],
  ['${loader[1]}', '${await integrity(loader[1])}'],
].map(([file, hash]) => new Promise((resolve, reject) => {
  const link = document.createElement('link');
  link.rel = 'modulepreload';
  link.crossOrigin = 'anonymous';
  link.integrity = hash;
  link.href = new URL(file, base).href;
  link.onload = resolve;
  link.onerror = () => reject(new Error(\`Redress: \${file} did not load, or is not the file this mount.js was built with\`));
  document.head.append(link);
})));
const { default: init, show_fallback } = await import(new URL('${glue[1]}', base).href);
${FALLBACK_ON_TRAP}
await init({ module_or_path: wasm });
`;
await writeFile(join(dist, 'mount.js'), mount);
console.log('postbuild: wrote mount.js');

// 2. What a council puts in its embed snippet's `integrity` attribute.
const snippets = { 'embed.js': await integrity('embed.js'), 'mount.js': await integrity('mount.js') };
await writeFile(join(dist, 'integrity.json'), `${JSON.stringify(snippets, null, 2)}\n`);
console.log(`postbuild: wrote integrity.json (embed.js ${snippets['embed.js']}, mount.js ${snippets['mount.js']})`);

// 3. The page as the build made it, with nothing in its body, becomes the
//    template of the prerendered pages (src/prerender.rs): `./x build` then
//    writes index.html and the others into it (redress-receiver prerender).
//    Hidden, so that the reference receiver never serves it.
await rename(indexPath, join(dist, '.page.html'));
console.log('postbuild: index.html is now .page.html, the template of the prerendered pages');

// 4. Brotli and gzip copies of every text and wasm file, at the highest
//    settings, for servers that send precompressed files (the reference
//    receiver does): nothing is compressed per request. Never of the
//    top-level config.json: a council edits it after the build, and a server
//    that prefers a compressed copy would go on sending the old one.
async function compressAll(dir) {
  for (const entry of await readdir(dir)) {
    const path = join(dir, entry);
    if (entry.startsWith('.')) {
      continue;
    } else if ((await stat(path)).isDirectory()) {
      await compressAll(path);
    } else if (path === join(dist, 'config.json')) {
      continue;
    } else if (/\.(html|js|wasm|css|json|ftl|svg)$/.test(entry)) {
      const body = await readFile(path);
      await writeFile(`${path}.br`, brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }));
      await writeFile(`${path}.gz`, gzipSync(body, { level: 9 }));
    }
  }
}
await compressAll(dist);
console.log('postbuild: wrote brotli and gzip copies');
