// Finishes Trunk's bundle in dist/ so it runs under a strict
// Content-Security-Policy (no 'unsafe-inline'): Trunk starts the app with an
// inline module script; this moves it into a file of its own, named by its
// content's hash, loaded with Subresource Integrity. Run by `./x build`.
import { createHash } from 'node:crypto';
import { readFile, readdir, unlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

const dist = process.argv[2] ?? 'dist';
const indexPath = join(dist, 'index.html');
let html = await readFile(indexPath, 'utf8');

const inline = /<script type="module">([\s\S]*?)<\/script>/.exec(html);
if (!inline) {
  if (!/<script type="module" src="\.\/redress-start-[0-9a-f]+\.js"/.test(html)) {
    console.error(`postbuild: ${indexPath} has no inline start script and no start file; did Trunk change?`);
    process.exit(1);
  }
  process.exit(0);
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
