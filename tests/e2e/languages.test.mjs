// Languages: a pseudo-locale proves every visible word comes from the
// message files; real languages load on demand, set lang and dir, and keep
// the journey; a language that cannot load falls back to English.
import { readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

import { stripIsolates } from './harness.mjs';
import { generalComplaint, lastMonth } from './routes.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const SOURCE = await readFile(join(here, '..', '..', 'locales', 'en-GB.ftl'), 'utf8');

const ACCENTED = Object.fromEntries(
  [...'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ'].map((c, i) => [
    c,
    [...'áƀçðéƒĝĥîĵķļɱñöþǫŕšţûṽŵẋýžÅƁÇÐÉƑĜĤÎĴĶĻṀÑÖÞǪŔŠŢÛṼŴẊÝŽ'][i],
  ]),
);

/** Accents the letters of Fluent text outside placeables; pads balanced
 *  lines by about 40% so layouts are tried with longer text. */
function accent(text) {
  let depth = 0;
  let letters = 0;
  let out = '';
  for (const c of text) {
    if (c === '{') depth += 1;
    if (depth === 0 && ACCENTED[c]) {
      out += ACCENTED[c];
      letters += 1;
    } else {
      out += c;
    }
    if (c === '}') depth -= 1;
  }
  return depth === 0 && letters > 0 ? `${out} ${'·'.repeat(Math.ceil(letters * 0.4))}` : out;
}

/** en-GB made into the pseudo-locale en-XA, message by message. */
export function pseudoLocale(source) {
  return source
    .split('\n')
    .map((line) => {
      if (line.startsWith('#') || line.trim() === '') return line;
      const message = line.match(/^([a-z][\w-]*\s*=\s?)(.*)$/);
      if (message) return message[1] + accent(message[2]);
      const variant = line.match(/^(\s*\*?\[[^\]]+\]\s?)(.*)$/);
      if (variant) return variant[1] + accent(variant[2]);
      const attribute = line.match(/^(\s*\.[\w-]+\s*=\s?)(.*)$/);
      if (attribute) return attribute[1] + accent(attribute[2]);
      if (line.trim() === '}') return line;
      return accent(line);
    })
    .join('\n');
}

/** Text on the page (and its title) that is not from the message files:
 *  plain ASCII letters outside data (<bdi>) and outside isolated variables. */
async function untranslated(page) {
  return page.evaluate(() => {
    const strip = (text) => {
      let out = text;
      for (let before = null; before !== out; ) {
        before = out;
        out = out.replace(/\u2068[^\u2068\u2069]*\u2069/g, '');
      }
      return out;
    };
    const found = [];
    if (/[A-Za-z]/.test(strip(document.title))) found.push(`title: ${document.title}`);
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const parent = node.parentElement;
      if (!parent || parent.closest('bdi, script, style, [hidden]') || !parent.checkVisibility()) continue;
      const text = strip(node.textContent);
      if (/[A-Za-z]/.test(text)) found.push(text.trim());
    }
    return found;
  });
}

/** Serves the default configuration with these languages offered. */
async function offer(page, offered, fallback) {
  await page.route('**/config.json', async (route) => {
    const response = await route.fetch();
    const config = await response.json();
    config.languages = { offered, default: fallback };
    await route.fulfill({ response, json: config });
  });
}

export default [
  {
    name: 'in a pseudo-locale every visible word on every page comes from the message files',
    async run(t) {
      const { page } = t;
      await offer(page, ['en-GB', 'en-XA'], 'en-XA');
      await page.route('**/locales/en-XA.ftl', (route) =>
        route.fulfill({
          status: 200,
          contentType: 'text/plain; charset=utf-8',
          body: `${pseudoLocale(SOURCE)}\nlanguage-name-en-XA = Ƥšéûðö\n`,
        }));
      await t.goto('/');
      await page.waitForFunction(() => document.documentElement.lang === 'en-XA');
      await page.locator('h1', { hasText: 'Ṁáķé' }).waitFor();
      // The check itself must be able to fail: English planted in the page is found.
      await page.evaluate(() => {
        const planted = document.createElement('p');
        planted.id = 'planted-english';
        planted.textContent = 'Planted English words';
        document.querySelector('main').append(planted);
      });
      const planted = await untranslated(page);
      if (!planted.includes('Planted English words')) throw new Error(`planted English was not found: ${JSON.stringify(planted)}`);
      await page.evaluate(() => document.getElementById('planted-english').remove());
      await generalComplaint(t, async (label) => {
        const english = await untranslated(page);
        if (english.length > 0) throw new Error(`on ${label}, text not from the message files: ${JSON.stringify(english)}`);
      });
    },
  },
  {
    name: 'the Welsh start page is named once in the tab, and writes its opening hours in Welsh on the 24-hour clock even in a browser without Welsh date data',
    async run(t) {
      const { page } = t;
      // A browser that has no Welsh date data: Intl skips the tag as if unknown.
      await page.addInitScript(() => {
        const Native = Intl.DateTimeFormat;
        const withoutWelsh = (locales) => [].concat(locales ?? []).filter((tag) => !/^cy\b/.test(tag));
        Intl.DateTimeFormat = function DateTimeFormat(locales, options) {
          return new Native(withoutWelsh(locales).length ? withoutWelsh(locales) : 'en-US', options);
        };
        Intl.DateTimeFormat.supportedLocalesOf = (locales) => Native.supportedLocalesOf(withoutWelsh(locales));
      });
      await t.goto('/?lang=cy');
      await page.waitForFunction(() => document.documentElement.lang === 'cy');
      const title = (await page.title()).replace(/[\u2066-\u2069]/g, '');
      if (title !== 'Gwneud cwyn neu roi adborth – Exampleshire Council') throw new Error(`the Welsh title: ${title}`);
      const hours = await t.text('section .redress-contact__hours');
      // Days are messages, not the browser's date data; the 24-hour clock,
      // where a fallback to US English would say "9:00 AM".
      if (hours.replace(/[\u2066-\u2069]/g, '').replace(/\s+/g, ' ').trim() !== 'Dydd Llun – Dydd Gwener, 9:00 tan 17:00') {
        throw new Error(`opening hours not written in Welsh: ${hours}`);
      }
    },
  },
  {
    name: 'a Welsh council is named and found in Welsh, “i Gyngor” after “i”, and in English when English is chosen',
    async run(t) {
      const { page } = t;
      const config = JSON.parse(await readFile(join(here, '..', '..', 'examples', 'config-wales.json'), 'utf8'));
      await page.route('**/config.json', (route) => route.fulfill({ json: config }));
      await t.goto('/');
      // Welsh first: the council's default.
      await page.waitForFunction(() => document.documentElement.lang === 'cy');
      const shown = async () => ({
        heading: await t.text('h1'),
        header: await t.text('.redress-header__council'),
        title: (await page.title()).replace(/[\u2066-\u2069]/g, ''),
        address: await t.text('.redress-contact__address'),
      });
      const welsh = await shown();
      if (welsh.heading !== 'Gwneud cwyn neu roi adborth i Gyngor Sir Enghraifft') throw new Error(`heading: ${welsh.heading}`);
      if (welsh.header !== 'Cyngor Sir Enghraifft') throw new Error(`header: ${welsh.header}`);
      if (welsh.title !== 'Gwneud cwyn neu roi adborth – Cyngor Sir Enghraifft') throw new Error(`title: ${welsh.title}`);
      if (!welsh.address.startsWith('Tîm Cwynion') || !welsh.address.includes('Neuadd y Sir')) throw new Error(`address: ${welsh.address}`);
      await t.check('the Welsh council’s start page in Welsh');
      await t.tabTo('a.redress-language__link[lang="en-GB"]');
      await page.keyboard.press('Enter');
      await page.waitForFunction(() => document.documentElement.lang === 'en-GB');
      const english = await shown();
      if (english.heading !== 'Make a complaint or give feedback to Example County Council') throw new Error(`heading: ${english.heading}`);
      if (english.header !== 'Example County Council') throw new Error(`header: ${english.header}`);
      if (!english.address.startsWith('Complaints Team') || !english.address.includes('County Hall')) throw new Error(`address: ${english.address}`);
      await t.check('the Welsh council’s start page in English');
    },
  },
  {
    name: 'a language that cannot be loaded falls back to English with a clear message',
    async run(t) {
      const { page } = t;
      t.allow(/HTTP 503 .*locales\/pl\.ftl/);
      t.allow(/status of 503/);
      await offer(page, ['en-GB', 'pl'], null);
      await page.route('**/locales/pl.ftl', (route) => route.fulfill({ status: 503, body: 'unavailable' }));
      const warnings = [];
      page.on('console', (message) => { if (message.type() === 'warning') warnings.push(message.text()); });
      await t.goto('/?lang=pl');
      await page.locator('.redress-language__failed').waitFor();
      // The council's web team is told why, in the console.
      if (!warnings.some((w) => /could not load a language: \S*locales\/pl\.ftl: HTTP 503$/.test(w))) {
        throw new Error(`the console does not say why: ${warnings.join(' | ')}`);
      }
      const message = await t.text('.redress-language__failed');
      if (!message.startsWith('Sorry, we could not load that language.')) throw new Error(`message: ${message}`);
      if ((await page.evaluate(() => document.documentElement.lang)) !== 'en-GB') throw new Error('lang is not en-GB');
      await t.check('the fallback page');
      await t.continue();
      if ((await t.text('h1')) !== 'What would you like to do?') throw new Error('the journey does not carry on in English');
    },
  },
  {
    name: 'a syntax error in a language file loses only that message: the rest of the page is in the language',
    async run(t) {
      const { page } = t;
      t.allow(/syntax errors in locales\/pl\.ftl/);
      await offer(page, ['en-GB', 'pl'], null);
      const polish = await readFile(join(here, '..', '..', 'locales', 'pl.ftl'), 'utf8');
      // The Start button's message loses its closing brace.
      const broken = polish.replace(/^start-button = .*$/m, 'start-button = { $council');
      if (broken === polish) throw new Error('pl.ftl has no start-button to break');
      await page.route('**/locales/pl.ftl', (route) =>
        route.fulfill({ status: 200, contentType: 'text/plain; charset=utf-8', body: broken }));
      await t.goto('/?lang=pl');
      await page.waitForFunction(() => document.documentElement.lang === 'pl');
      await page.locator('[data-redress-live]').waitFor({ state: 'attached' });
      const button = await t.text('main .redress-button--start');
      if (button.trim() !== 'Start now') throw new Error(`the broken message is not in English: ${button}`);
      const heading = await t.text('h1');
      if (!heading.startsWith('Złożenie skargi')) throw new Error(`the page is not in Polish: ${heading}`);
      if (await page.locator('.redress-language__failed').count()) throw new Error('the whole language was dropped');
      await t.check('Polish with one message in English');
    },
  },
  ...[
    ['cy', 'ltr'],
    ['ar', 'rtl'],
    ['ur', 'rtl'],
    ['pa', 'ltr'],
    ['bn', 'ltr'],
    ['es', 'ltr'],
    ['pt-PT', 'ltr'],
    ['pl', 'ltr'],
    ['ro', 'ltr'],
  ].map(([lang, dir]) => ({
    name: `a whole complaint in ${lang}: lang="${lang}", dir="${dir}", every page accessible, English copy for staff`,
    async run(t) {
      const { page } = t;
      await t.goto(`/?lang=${lang}`);
      await page.waitForFunction((tag) => document.documentElement.lang === tag, lang);
      if (dir === 'rtl') t.allow(/HTTP 503|Failed to load resource/);
      const reference = await generalComplaint(t, async (label) => {
        const seen = await page.evaluate(() => [document.documentElement.lang, document.documentElement.dir]);
        if (seen.join() !== `${lang},${dir}`) throw new Error(`on ${label}: lang and dir are ${seen}`);
        if (label === 'check' && dir === 'rtl') {
          // The ways to reply are a list written the language's own way.
          const messages = await readFile(join(here, '..', '..', 'locales', `${lang}.ftl`), 'utf8');
          const ways = ['email', 'phone'].map((way) => new RegExp(`^contact-by-${way} = (.*)$`, 'm').exec(messages)[1]);
          const list = new Intl.ListFormat(lang, { type: 'conjunction' }).format(ways);
          const shown = stripIsolates(await page.locator('main').innerText());
          if (!shown.includes(list)) throw new Error(`Check your answers does not list the ways to reply as "${list}"`);
          // A send that fails (the council's system asks to wait hours):
          // the page of what to do instead, right to left, checked too.
          await page.route('**/api/submissions', (route) =>
            route.fulfill({ status: 503, headers: { 'Retry-After': '7200' }, json: { error: 'busy' } }));
          await t.tabTo('main button.redress-button:not(.redress-button--secondary):not(.redress-button--warning)');
          await page.keyboard.press('Enter');
          await page.locator('#send-problem-title').waitFor();
          await t.check('the send failed, right to left');
          await page.unroute('**/api/submissions');
        }
      }, { phone: dir === 'rtl' ? '07700 900 123' : null });
      const submission = (await t.submissions()).find((s) => s.reference === reference);
      if (submission?.language !== lang) throw new Error(`the submission's language is ${submission?.language}`);
      if (!submission.english.some((row) => row.question === 'What happened?')) {
        throw new Error('the submission lacks the English copy for staff');
      }
      const heading = await t.text('h1');
      if (/^Complaint sent$/.test(heading)) throw new Error('the confirmation is in English');
      const said = await t.text('main');
      // Every placeable resolved: no "{$max}", no "{DATETIME()}".
      if (/[{}]/.test(said)) throw new Error(`a message was not resolved: ${said.match(/.{0,40}[{}].{0,40}/)[0]}`);
      // Welsh asks for dates without the weekday Intl writes with a
      // capital ("erbyn Dydd Gwener" mid-sentence).
      if (lang === 'cy' && (!/erbyn \d/.test(said) || /erbyn Dydd/.test(said))) {
        throw new Error(`Welsh dates mid-sentence: ${said.match(/erbyn .{0,40}/)?.[0]}`);
      }
    },
  })),
  ...[
    ['bn', 'Bengali', '০'],
    ['ar', 'Arabic-Indic', '٠'],
    ['ur', 'Extended Arabic-Indic', '۰'],
  ].map(([lang, script, zero]) => ({
    name: `a complaint in ${lang} with the date and phone number typed in ${script} digits is sent with them in ASCII`,
    async run(t) {
      const { page } = t;
      await t.goto(`/?lang=${lang}`);
      await page.waitForFunction((tag) => document.documentElement.lang === tag, lang);
      const reference = await generalComplaint(t, async () => {}, { zero, phone: '07700 900 123' });
      const submission = (await t.submissions()).find((s) => s.reference === reference);
      const { month, year } = lastMonth();
      const happened = { month: `${year}-${month.padStart(2, '0')}` };
      const { answers } = submission;
      if (JSON.stringify(answers.happened) !== JSON.stringify(happened) || answers.contact.phone !== '07700900123') {
        throw new Error(`stored as typed, not in ASCII: happened ${JSON.stringify(answers.happened)}, phone ${answers.contact.phone}`);
      }
    },
  })),
  {
    name: 'Portuguese is European Portuguese (pt-PT), reached from pt-BR, and counts no characters left as plural',
    context: { locale: 'pt-BR' },
    async run(t) {
      const { page } = t;
      await t.goto('/');
      await page.waitForFunction(() => document.documentElement.lang === 'pt-PT');
      await generalComplaint(t, async (label) => {
        if (label !== 'what happened') return;
        // European Portuguese puts 0 with the plural, 1 alone ("Resta 1
        // carácter"); Brazilian rules would give "Resta 0 carácter".
        await t.type('#what-happened', 'a'.repeat(5000));
        const none = await t.text('#what-happened-info');
        await t.type('#what-happened', 'a'.repeat(4999));
        const one = await t.text('#what-happened-info');
        if (none !== 'Restam 0 caracteres' || one !== 'Resta 1 carácter') {
          throw new Error(`the character count reads "${none}" and "${one}"`);
        }
      });
    },
  },
  {
    name: 'switching language mid-journey keeps every answer and the current step',
    async run(t) {
      const { page } = t;
      await t.goto('/');
      await t.continue();
      await t.chooseRadioAt('kind', 0);
      await t.continue();
      await t.chooseRadioAt('at-risk', 1);
      const english = await t.text('h1');
      await t.tabTo('a.redress-language__link[lang="cy"]');
      await page.keyboard.press('Enter');
      await page.waitForFunction(() => document.documentElement.lang === 'cy');
      await page.waitForFunction((before) => document.querySelector('h1').innerText !== before, english);
      await t.check('the safety question in Welsh');
      if (!(await page.locator('#at-risk-1').isChecked())) throw new Error('the unsent choice was lost on switching');
      await t.continue();
      await t.tabTo('a.redress-language__link[lang="en-GB"]');
      await page.keyboard.press('Enter');
      await page.waitForFunction(() => document.documentElement.lang === 'en-GB');
      await page.locator('h1', { hasText: 'Who is the complaint for?' }).waitFor();
      await t.step(() => page.goBack());
      if ((await t.text('h1')) !== english || !(await page.locator('#at-risk-1').isChecked())) {
        throw new Error('going back after switching lost the answer');
      }
    },
  },
];
