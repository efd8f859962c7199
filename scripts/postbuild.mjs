// Finishes Trunk's bundle in dist/. Run by `./x build`.
//
// 1. A strict Content-Security-Policy (no 'unsafe-inline'): Trunk starts the
//    app with an inline module script; this moves it into a file of its own,
//    named by its content's hash, loaded with Subresource Integrity.
// 2. mount.js: what a council's page loads to mount the wizard into one of
//    its elements (see README, "Embedding"): it attaches a shadow root with
//    the stylesheet, tells the app where its files are, and starts it.
// 3. Brotli and gzip copies of each file, for precompressed serving.
import { createHash } from 'node:crypto';
import { readFile, readdir, stat, unlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

const dist = process.argv[2] ?? 'dist';
const indexPath = join(dist, 'index.html');
let html = await readFile(indexPath, 'utf8');

const inline = /<script type="module">([\s\S]*?)<\/script>/.exec(html);
if (!inline) {
  console.error(`postbuild: ${indexPath} has no inline start script: run it once, after trunk build`);
  process.exit(1);
}

// Only the import and init are needed; Trunk's extras (window.wasmBindings,
// the TrunkApplicationStarted event) expose internals to the host page.
const glue = /import init, \* as bindings from '(\.\/redress-[0-9a-f]+\.js)';/.exec(inline[1]);
const wasm = /module_or_path: '(\.\/redress-[0-9a-f]+_bg\.wasm)'/.exec(inline[1]);
if (!glue || !wasm) {
  console.error('postbuild: the start script does not import the glue and the wasm as expected; did Trunk change?');
  process.exit(1);
}
const start = `import init from '${glue[1]}';
// Paths are relative to this file, so the bundle works from any folder.
await init({ module_or_path: new URL('${wasm[1]}', import.meta.url) });
`;
const hash = createHash('sha256').update(start).digest('hex').slice(0, 16);
const name = `redress-start-${hash}.js`;
for (const old of (await readdir(dist)).filter((f) => /^redress-start-[0-9a-f]+\.js$/.test(f))) {
  await unlink(join(dist, old));
}
await writeFile(join(dist, name), start);
const integrity = `sha384-${createHash('sha384').update(start).digest('base64')}`;
html = html.replace(inline[0], `<script type="module" src="./${name}" integrity="${integrity}" crossorigin="anonymous"></script>`);
// Blank lines Trunk leaves where its directives were.
html = html.replace(/\n(\s*\n)+/g, '\n');
await writeFile(indexPath, html);
console.log(`postbuild: the start script is now ${name}`);

const css = /<link rel="stylesheet" href="\.\/(redress-[0-9a-f]+\.css)"/.exec(html);
if (!css) {
  console.error('postbuild: no stylesheet link in index.html; did Trunk change?');
  process.exit(1);
}
const mount = `// Mounts Redress into the element of this page marked data-redress-mount:
//   <div data-redress-mount></div>
//   <script type="module" src="https://WIZARD/mount.js"></script>
// The wizard lives in a shadow root on that element, with its own stylesheet,
// so neither page's styles reach the other. It tells the page what happens
// with \`redress:step\`, \`redress:language\` and \`redress:submitted\` DOM
// events on the element (and postMessage), never with anything typed.
const base = new URL('./', import.meta.url);
const host = document.querySelector('[data-redress-mount]');
if (!host) throw new Error('Redress: no element with data-redress-mount on this page');
const shadow = host.shadowRoot ?? host.attachShadow({ mode: 'open' });
const style = document.createElement('link');
style.rel = 'stylesheet';
// Fetched with CORS, like the module and the wasm, so that the page's own
// tools (and accessibility checkers) can read the rules.
style.crossOrigin = 'anonymous';
style.href = new URL('${css[1]}', base).href;
shadow.append(style);
host.setAttribute('data-redress-base', base.href);
const { default: init } = await import(new URL('${glue[1]}', base).href);
await init({ module_or_path: new URL('${wasm[1]}', base) });
`;
await writeFile(join(dist, 'mount.js'), mount);
console.log('postbuild: wrote mount.js');

// 3. Brotli and gzip copies of every text and wasm file, at the highest
//    settings, for servers that send precompressed files (the reference
//    receiver does): nothing is compressed per request.
async function compressAll(dir) {
  for (const entry of await readdir(dir)) {
    const path = join(dir, entry);
    if ((await stat(path)).isDirectory()) {
      await compressAll(path);
    } else if (/\.(html|js|wasm|css|json|ftl|svg)$/.test(entry)) {
      const body = await readFile(path);
      await writeFile(`${path}.br`, brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }));
      await writeFile(`${path}.gz`, gzipSync(body, { level: 9 }));
    }
  }
}
await compressAll(dist);
console.log('postbuild: wrote brotli and gzip copies');
