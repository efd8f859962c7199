// Takes the README's screenshot of the start page from the built bundle:
// `node scripts/screenshot.mjs [OUT.png] [WIDTH]` (run `./x build` first).
import { chromium } from 'playwright-core';

import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { startReceiver } from './receiver.mjs';

const out = process.argv[2] ?? 'docs/screenshot.png';
const width = Number(process.argv[3] ?? 1000);
const dataDir = await mkdtemp(join(tmpdir(), 'redress-screenshot-'));
const server = await startReceiver({ dataDir });
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update'],
});
try {
  const page = await browser.newPage({ viewport: { width, height: 800 }, locale: 'en-GB' });
  await page.goto(`${server.url}/`);
  await page.locator('h1').waitFor();
  await page.evaluate(() => document.activeElement?.blur());
  await page.screenshot({ path: out, fullPage: true });
  console.log(`wrote ${out}`);
} finally {
  await browser.close();
  await server.stop();
  await rm(dataDir, { recursive: true, force: true });
}
