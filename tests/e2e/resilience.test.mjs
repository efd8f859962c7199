// When things go wrong inside the wizard itself.
import { readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

import { stripIsolates } from './harness.mjs';

const locales = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'locales');

/** A message's text in a language's file (a one-line message). */
async function message(lang, id) {
  const text = await readFile(join(locales, `${lang}.ftl`), 'utf8');
  const line = text.split('\n').find((l) => l.startsWith(`${id} = `));
  if (!line) throw new Error(`${lang} has no ${id}`);
  return line.slice(id.length + 3);
}

/**
 * Fails if the page shows a message's id instead of its text, which is what
 * a message missing from the first load would show before the later pages
 * arrive (see the "### Later pages" line in en-GB.ftl).
 */
async function showsNoMessageIds(page, where) {
  const text = await readFile(join(locales, 'en-GB.ftl'), 'utf8');
  const ids = new Set(text.split('\n').map((l) => /^([a-z][a-z0-9-]*) =/.exec(l)?.[1]).filter(Boolean));
  const shown = [await page.title(), ...(await page.locator('body').innerText()).split('\n')].map((l) => stripIsolates(l).trim());
  // A whole line that is an id, or a word that is a hyphenated one.
  const found = shown.filter((l) => ids.has(l) || l.split(/\s+/).some((word) => word.includes('-') && ids.has(word)));
  if (found.length) throw new Error(`${where} shows message ids, not their text: ${found.join(' | ')}`);
}

/** Panics inside the wasm through its exported `simulate_crash`, from a
 *  timer, as a panic in an event handler would: nothing catches the trap. */
async function crash(page) {
  await page.evaluate(async () => {
    const glue = document.querySelector('link[rel=modulepreload]').href;
    const wasm = await import(glue);
    setTimeout(() => wasm.simulate_crash());
  });
}

export default [
  {
    name: 'a panic never leaves a blank page: the answers so far, in the person’s language, and other ways to get in touch',
    async run(t) {
      const { page } = t;
      t.allow(/simulate_crash|unreachable/);
      await t.goto('/?lang=cy');
      await page.waitForFunction(() => document.documentElement.lang === 'cy');
      await t.continue();
      await t.chooseRadioAt('kind', 1);
      await t.continue();
      await t.type('#service', 'Llyfrgell y dref');
      await t.continue();
      await crash(page);
      const title = await message('cy', 'crash-title');
      await page.locator('h1', { hasText: title }).waitFor();
      await page.waitForFunction(() => document.activeElement?.id === 'redress-fallback-heading');
      await t.check('the fallback page');
      const answers = await page.locator('#redress-fallback-answers').inputValue();
      if (!answers.includes('Llyfrgell y dref')) throw new Error(`the answers so far are not offered: ${answers}`);
      const download = await page.locator('a[download="redress-answers.txt"]').getAttribute('href');
      if (!decodeURIComponent(download).includes('Llyfrgell y dref')) throw new Error('the download lacks the answers');
      const body = await page.locator('main').innerText();
      if (!body.includes('0113 496 0000') || !body.includes('complaints@example.org')) {
        throw new Error(`the council's other contact routes are not given: ${body}`);
      }
      // The same routes as the page of other ways to complain: the hours,
      // and who to call if someone is at risk, under its own heading.
      const plain = stripIsolates(body);
      const riskHeading = await message('cy', 'start-risk-heading');
      for (const expected of ['Dydd Llun – Dydd Gwener, 9:00 tan 17:00', riskHeading, '999', '0113 496 0100', '0113 496 0200', '0113 496 0300']) {
        if (!plain.includes(expected)) throw new Error(`the fallback page lacks "${expected}": ${plain}`);
      }
      if ((await page.locator('main').getAttribute('lang')) !== 'cy') throw new Error('the fallback page is not marked Welsh');
      const kept = await page.evaluate(() => sessionStorage.getItem('redress.journey'));
      if (!kept?.includes('Llyfrgell y dref')) throw new Error('the stored answers were lost');
    },
  },
  {
    name: 'the later pages come on demand: the start page works without them, and a failed fetch says so and can be tried again',
    async run(t) {
      const { page } = t;
      // What the browser and the chunk loader log when the fetch is refused.
      t.allow(/Failed to load resource|Failed to fetch|TypeError/);
      let refuse = true;
      const fetches = [];
      await page.route('**/redress-later-pages-*.wasm', (route) => {
        fetches.push(route.request().url());
        return refuse ? route.abort() : route.continue();
      });
      await t.goto('/');
      await page.getByRole('button', { name: 'Start now' }).waitFor();
      // Everything the first load shows has its text without the chunk:
      // the start page, the footer's confirmation, and the failure page.
      await showsNoMessageIds(page, 'the start page');
      await page.getByRole('button', { name: 'Clear my answers' }).click();
      await showsNoMessageIds(page, 'the footer asking to confirm');
      await page.getByRole('button', { name: 'No, keep them' }).click();
      await t.continue();
      await showsNoMessageIds(page, 'the page saying the chunk failed');
      const failed = await message('en-GB', 'page-load-failed-title');
      if ((await t.text('h1')) !== failed) throw new Error(`expected "${failed}", not "${await t.text('h1')}"`);
      const body = await t.text('main');
      if (!body.includes(await message('en-GB', 'page-load-failed-body'))) throw new Error(`the page does not say what to do: ${body}`);
      if (!stripIsolates(await page.title()).startsWith(failed)) throw new Error(`the tab title does not say so: ${await page.title()}`);
      refuse = false;
      await t.step(async () => {
        await t.tabTo('button:has-text("Try again")');
        await page.keyboard.press('Enter');
      });
      if ((await t.text('h1')) !== 'What would you like to do?') throw new Error(`the first question did not follow: ${await t.text('h1')}`);
      if (fetches.length < 2) throw new Error(`the chunk was fetched ${fetches.length} time(s), not again on Try again`);
      await t.chooseRadioAt('kind', 0);
      await t.continue('the question after the first, from the same chunk');
    },
  },
  {
    name: 'the later pages altered on the way are refused like a failed fetch, never run',
    async run(t) {
      const { page } = t;
      // What the browser and the chunk loader log when the chunk is refused.
      t.allow(/valid digest in the 'integrity' attribute|SRI's integrity checks failed|Failed to fetch|TypeError/);
      const served = await t.serveAltered((url) => /\/redress-later-pages-[0-9a-f]{16}\.wasm$/.test(url.pathname));
      // Start pressed at once, before the start page's own background
      // fetch (a second after it shows), so the refusal comes first.
      await page.goto(t.url('/'));
      await t.live();
      const failed = await message('en-GB', 'page-load-failed-title');
      // Once the page saying the fetch failed shows, it stays: the
      // background fetch does not try again behind the person's back, which
      // would swap it and its focused heading for a loading message.
      await page.evaluate((title) => {
        window.failurePage = null;
        window.pageChanged = false;
        new MutationObserver(() => {
          const heading = document.querySelector('h1');
          if (window.failurePage && heading !== window.failurePage) window.pageChanged = true;
          if (!window.failurePage && heading?.textContent === title) window.failurePage = heading;
        }).observe(document.body, { subtree: true, childList: true, characterData: true });
      }, failed);
      await page.locator('.redress-button--start').click();
      await page.waitForFunction(() => window.failurePage && document.activeElement === window.failurePage);
      if (served() === 0) throw new Error('the later pages were never fetched');
      await page.waitForTimeout(1500);
      if (await page.evaluate(() => window.pageChanged)) {
        throw new Error('the page saying the fetch failed was replaced by itself (a fetch tried again in the background)');
      }
      await t.check('the page saying the later pages could not be fetched');
    },
  },
];
