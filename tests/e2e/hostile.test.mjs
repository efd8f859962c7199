// Hostile text in every field of a whole complaint: markup and script,
// bidi overrides, zero-width and combining characters, emoji, SQL, a
// 100,000-character paste. It is shown as text everywhere it appears (check
// your answers, the email copy, the confirmation), stored exactly, and no
// script or dialog ever runs.
import { lastMonth } from './routes.mjs';
import { stripIsolates } from './harness.mjs';

const HOSTILE = {
  name: '<img src=x onerror="window.__pwned=1">Ann',
  relationship: '\u202Eretom ym\u202C mother',
  service: '<script>window.__pwned=2</script>Housing',
  whatHappened: 'Z\u0335a\u200Bl\u200Dg\u0301o 😀👨‍👩‍👧 "quotes" & \'apostrophes\' </textarea><b>bold</b>',
  putRight: '"><svg onload="window.__pwned=3">',
  detail: '{{constructor.constructor("window.__pwned=4")()}} ${7*7}',
  interpreter: 'العربية \u202Bمرحبا\u202C',
  helper: "Robert'); DROP TABLE submissions;--",
  bestTime: 'javascript:window.__pwned=5',
};

async function pressContinue(t) {
  await t.continue();
}

/** No hostile markup became an element, and no script ran. */
async function expectInert(t, where) {
  const found = await t.page.evaluate(() => ({
    pwned: window.__pwned ?? null,
    img: document.querySelectorAll('img[src="x"]').length,
    svg: document.querySelectorAll('svg[onload]').length,
    script: [...document.querySelectorAll('script')].filter((s) => s.textContent.includes('__pwned')).length,
    bold: [...document.querySelectorAll('b')].length,
  }));
  if (found.pwned !== null || found.img || found.svg || found.script || found.bold) {
    throw new Error(`on ${where} hostile text became markup or ran: ${JSON.stringify(found)}`);
  }
}

/** Every hostile string is on the page as text. */
async function expectShown(t, where, keys) {
  const text = stripIsolates(await t.page.locator('main').innerText());
  for (const key of keys) {
    if (!text.includes(HOSTILE[key])) throw new Error(`on ${where} ${key} is not shown as typed`);
  }
}

export default [
  {
    name: 'hostile text in every field is shown as text, kept whole, stored exactly, and never runs',
    async run(t) {
      const { page } = t;
      page.on('dialog', (dialog) => {
        t.problems.push(`a dialog opened: ${dialog.message()}`);
        dialog.dismiss().catch(() => {});
      });
      await t.goto('/');
      await pressContinue(t);
      await t.chooseRadioAt('kind', 0);
      await pressContinue(t);
      await t.chooseRadioAt('at-risk', 1);
      await pressContinue(t);
      await t.chooseRadioAt('who', 1);
      await pressContinue(t);
      await t.type('#their-name', HOSTILE.name);
      await t.type('#relationship', HOSTILE.relationship);
      await pressContinue(t);
      await t.chooseRadioAt('consent', 0);
      await pressContinue(t);
      await t.chooseRadioAt('topic', 2);
      await pressContinue(t);
      await t.chooseRadioAt('talked', 0);
      await pressContinue(t);
      const { month, year } = lastMonth();
      await t.type('#happened-month', month);
      await t.type('#happened-year', year);
      await pressContinue(t);
      await t.type('#service', HOSTILE.service);
      await pressContinue(t);
      // A 100,000-character paste is kept whole, and the limit is told.
      const paste = 'é'.repeat(100_000);
      await t.type('#what-happened', paste);
      await t.continueWithErrors();
      if ((await page.locator('#what-happened').inputValue()) !== paste) throw new Error('the long paste was cut');
      const count = await t.text('#what-happened-info');
      if (!/too many/.test(count)) throw new Error(`the limit is not told: ${count}`);
      await t.type('#what-happened', HOSTILE.whatHappened);
      await pressContinue(t);
      await pressContinue(t);
      await t.type('#put-right', HOSTILE.putRight);
      await pressContinue(t);
      await t.chooseRadioAt('handling', 0);
      await t.chooseRadioAt('meeting', 1);
      await pressContinue(t);
      await t.chooseRadioAt('records', 0);
      await pressContinue(t);
      await t.chooseRadioAt('confidential', 0);
      await t.type('#confidential-detail', HOSTILE.detail);
      await pressContinue(t);
      await t.tabTo('input[type=checkbox][name="support"]');
      await page.keyboard.press('Space');
      await t.type('#interpreter-language', HOSTILE.interpreter);
      await t.type('#helper', HOSTILE.helper);
      await pressContinue(t);
      await t.type('#full-name', HOSTILE.name);
      await t.tabTo('input[type=checkbox][name="contact-method"] >> nth=1');
      await page.keyboard.press('Space');
      await t.type('#phone', '07700 900123');
      await t.type('#best-time', HOSTILE.bestTime);
      await t.continue('check your answers');
      const everything = Object.keys(HOSTILE);
      await expectShown(t, 'check your answers', everything);
      await expectInert(t, 'check your answers');

      // The first send is told to wait too long, so the copy and the email are offered.
      let tries = 0;
      t.allow(/HTTP 429|Failed to load resource/);
      await page.route('**/api/submissions', (route) => {
        tries += 1;
        return tries === 1 ? route.fulfill({ status: 429, headers: { 'retry-after': '3600' }, json: {} }) : route.continue();
      });
      await t.tabTo('main button.redress-button:not(.redress-button--secondary):not(.redress-button--warning)');
      await page.keyboard.press('Enter');
      await page.locator('#send-problem-title').waitFor();
      const copy = decodeURIComponent((await page.locator('a:has-text("Download a copy of your answers")').getAttribute('href')).split(',')[1]);
      for (const key of everything) {
        if (!copy.includes(HOSTILE[key])) throw new Error(`the downloaded copy lacks ${key}`);
      }
      // The email holds what fits in a link; the rest is in the copy.
      const mail = await page.locator('a:has-text("Send it by email instead")').getAttribute('href');
      if (mail.length > 2000) throw new Error(`the mailto: link is ${mail.length} characters long`);
      if (!decodeURIComponent(mail).includes(HOSTILE[everything[0]])) throw new Error('the email lacks the first answer');
      await expectInert(t, 'the send problem');
      await t.step(async () => {
        await t.tabTo('button:has-text("Try again")');
        await page.keyboard.press('Enter');
      }, 'confirmation');
      await expectShown(t, 'the confirmation', everything);
      await expectInert(t, 'the confirmation');

      const reference = await t.text('.redress-panel__reference');
      const stored = (await t.submissions()).find((s) => s.reference === reference);
      const { answers } = stored;
      const exact = [
        [answers.representation.name, HOSTILE.name],
        [answers.representation.relationship, HOSTILE.relationship],
        [answers.service, HOSTILE.service],
        [answers.what_happened, HOSTILE.whatHappened],
        [answers.put_right, HOSTILE.putRight],
        [answers.confidential_detail, HOSTILE.detail],
        [answers.support.interpreter_language, HOSTILE.interpreter],
        [answers.support.helper, HOSTILE.helper],
        [answers.contact.name, HOSTILE.name],
        [answers.contact.best_time, HOSTILE.bestTime],
      ];
      for (const [got, typed] of exact) {
        if (got !== typed) throw new Error(`stored ${JSON.stringify(got)} for ${JSON.stringify(typed)}`);
      }
    },
  },
];
