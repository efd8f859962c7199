// Runs the end-to-end tests: `node tests/e2e/run.mjs [FILE ...] [--filter TEXT]`.
// With no files, runs every tests/e2e/*.test.mjs against dist/.
import { readdir } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

import { runTests } from './harness.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const args = process.argv.slice(2);
const filterAt = args.indexOf('--filter');
const filter = filterAt >= 0 ? args.splice(filterAt, 2)[1] : undefined;
const files = args.length > 0
  ? args.map((f) => resolve(f))
  : (await readdir(here)).filter((f) => f.endsWith('.test.mjs')).sort().map((f) => join(here, f));

const failures = await runTests(files.map((f) => pathToFileURL(f).href), { filter });
process.exit(failures > 0 ? 1 : 0);
