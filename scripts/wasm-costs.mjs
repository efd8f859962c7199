#!/usr/bin/env node
// What each crate costs in the wasm, for choosing what to cut or move out
// of the first load. Reads the release wasm of the last `./x build` and
// prints, for the main module (the first load) and each chunk, the bytes of
// code per crate and of data, as `twiggy` counts them after the same
// splitting, wasm-bindgen and `wasm-opt -Oz` as the bundle (names kept):
//
//   node scripts/wasm-costs.mjs [--top N] [--keep DIR]
//
// --keep DIR leaves each module, optimised with its names, in DIR
// (`*.named.wasm`), to look inside with `twiggy top` or `twiggy paths`.
//
// Needs twiggy: cargo install twiggy --version 0.8.0 --locked
// Sizes are raw (before gzip); a crate's share is of its module's code.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

import { WASM_FEATURES } from './wasm-features.mjs';
import { UNUSED_EXPORTS, withoutExports } from './wasm-sections.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const top = args.includes('--top') ? Number(args[args.indexOf('--top') + 1]) || 20 : 20;
const keep = args.includes('--keep') ? args[args.indexOf('--keep') + 1] : null;
const input = join(root, 'target', 'wasm-bundle', 'wasm32-unknown-unknown', 'release', 'redress.wasm');
const env = { ...process.env, PATH: `${join(process.env.HOME ?? '', '.cargo', 'bin')}:${join(root, 'node_modules', '.bin')}:${process.env.PATH}` };

function run(command, commandArgs) {
  try {
    return execFileSync(command, commandArgs, { cwd: root, env, encoding: 'utf8', maxBuffer: 1 << 28, stdio: ['ignore', 'pipe', 'ignore'] });
  } catch (error) {
    const hint = command === 'twiggy' ? 'install it: cargo install twiggy --version 0.8.0 --locked' : 'run scripts/setup';
    console.error(`wasm-costs: ${command} failed (${error.message.split('\n')[0]}); ${hint}`);
    process.exit(1);
  }
}

if (!existsSync(input)) {
  console.error(`wasm-costs: ${input} is missing: run ./x build first`);
  process.exit(1);
}

/** The crate (or kind of item) a twiggy row's name belongs to. */
function owner(name) {
  if (name.startsWith('data segment')) return 'data';
  if (name.startsWith('__wasm_split_')) return 'split entry points (inlined pages)';
  if (/^__(wbg|wbindgen|externref)/.test(name)) return 'wasm-bindgen runtime';
  if (name.startsWith('__rustc')) return 'alloc';
  // A closure (such as `move || ...` in a view) compiled as a view of its own.
  if (/\{closure#\d+\} as tachys\[|Render(Html)? for F>/.test(name)) return 'tachys (closures rendered as views)';
  if (/vtable[._]shim/.test(name)) return 'closure vtable shims';
  // Reading and writing JSON: serde_json and every derived (de)serializer,
  // whichever crate the type is from.
  if (/ as serde(_core)?\[|^(?:[<&\s]|mut )*serde(_json|_core)?\[/.test(name)) return 'serde (serde_json and derived readers and writers)';
  const blanket = /^<_ as ([A-Za-z_][A-Za-z0-9_]*)/.exec(name);
  if (blanket) return blanket[1];
  const crate = /^(?:[<&(*\s]|mut |const |dyn |impl )*([A-Za-z_][A-Za-z0-9_]*)/.exec(name);
  return crate ? crate[1] : name.slice(0, 30);
}

/** Crate totals of one module, from twiggy's CSV. */
function costs(wasm) {
  const csv = run('twiggy', ['top', '-n', '1000000', '-f', 'csv', wasm]).trim().split('\n').slice(1);
  const totals = new Map();
  for (const line of csv) {
    // Name,ShallowSize,...: names may hold commas, so read from the right.
    const cells = line.split(',');
    const size = Number(cells[cells.length - 4]);
    const name = cells.slice(0, cells.length - 4).join(',').replace(/^"|"$/g, '');
    if (name.includes('" subsection') || Number.isNaN(size)) continue;
    const key = owner(name);
    totals.set(key, (totals.get(key) ?? 0) + size);
  }
  return [...totals.entries()].sort((a, b) => b[1] - a[1]);
}

if (keep) await mkdir(keep, { recursive: true });
const work = keep ?? (await mkdtemp(join(tmpdir(), 'redress-costs-')));
try {
  run('wasm-split-cli', [input, work, '--out-name', 'redress']);
  run('wasm-bindgen', ['--target', 'web', '--keep-lld-exports', '--no-typescript', '--out-dir', join(work, 'bindgen'), join(work, 'redress.wasm')]);
  const bound = join(work, 'bindgen', 'redress_bg.wasm');
  await writeFile(bound, withoutExports(await readFile(bound), UNUSED_EXPORTS));
  const modules = [['first load (main module)', bound]];
  for (const chunk of (await readdir(work)).filter((f) => f.endsWith('.wasm') && f !== 'redress.wasm').sort()) {
    modules.push([`on demand (${chunk.replace(/^split_|\.wasm$/g, '')})`, join(work, chunk)]);
  }
  const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
  for (const [label, wasm] of modules) {
    const named = `${wasm}.named.wasm`;
    run('wasm-opt', ['-Oz', '-g', ...WASM_FEATURES, wasm, '-o', named]);
    const rows = costs(named);
    const code = rows.filter(([key]) => key !== 'data').reduce((sum, [, size]) => sum + size, 0);
    const data = rows.find(([key]) => key === 'data')?.[1] ?? 0;
    console.log(`\n${label}: code ${kb(code)}, data ${kb(data)}\n`);
    console.log('| crate or kind | raw | share of code |');
    console.log('| --- | ---: | ---: |');
    for (const [key, size] of rows.filter(([k]) => k !== 'data').slice(0, top)) {
      console.log(`| ${key} | ${kb(size)} | ${((100 * size) / code).toFixed(1)} % |`);
    }
  }
} finally {
  if (!keep) await rm(work, { recursive: true, force: true });
}
