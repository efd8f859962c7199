// Embedded in a council's page, on another origin, with aggressive styles of
// its own, a different lang and its own strict Content-Security-Policy: in
// an iframe that follows the wizard's height, and mounted into an element.
// A whole compliment is sent each way, with axe on every page (host and
// wizard). The host page hears that someone started and the reference,
// nothing more, unless the council asks for detailed events; framed, only a
// configured host origin hears anything.
import { readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

import { checkAccessibility, logoShown } from './harness.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const hosts = join(here, 'hosts');
const root = join(here, '..', '..');

/** The `integrity` a page gives the script at `src` in `file` (README,
 *  examples): what a council copies. */
async function integrityIn(file, src) {
  const text = await readFile(join(root, file), 'utf8');
  const tag = text.split('<script').find((t) => t.includes(`src="${src}"`));
  const found = tag && /integrity="(sha384-[A-Za-z0-9+/=]+)"/.exec(tag);
  if (!found || !tag.includes('crossorigin="anonymous"')) {
    throw new Error(`${file} gives no integrity (with crossorigin="anonymous") for ${src}`);
  }
  return found[1];
}

/** What this build says to pin embed.js and mount.js with. */
async function built() {
  return JSON.parse(await readFile(join(root, 'dist', 'integrity.json'), 'utf8'));
}

/** Serves the council's page at `hostOrigin/council/NAME` under the
 *  council's own strict policy, which lets in the wizard's origin only. */
async function councilPage(t, name) {
  const wizard = new URL(t.baseUrl).origin;
  const policy = [
    "default-src 'self'",
    `script-src 'self' ${wizard} 'wasm-unsafe-eval'`,
    `style-src 'self' ${wizard}`,
    `img-src 'self' ${wizard} data:`,
    `connect-src 'self' ${wizard}`,
    `frame-src ${wizard}`,
    "base-uri 'none'",
    "object-src 'none'",
  ].join('; ');
  await t.page.route(`${t.hostOrigin}/council/**`, async (route) => {
    const file = new URL(route.request().url()).pathname.replace('/council/', '');
    // embed.js is pinned as the README says; mount.js as this build says.
    // Anything else asked of the council's site is not there.
    const text = await readFile(join(hosts, file), 'utf8').catch(() => null);
    if (text === null) {
      await route.fulfill({ status: 404, body: 'not found', contentType: 'text/plain' });
      return;
    }
    const body = text
      .replaceAll('WIZARD', wizard)
      .replaceAll('EMBED_INTEGRITY', await integrityIn('README.md', 'https://complaints.example.gov.uk/embed.js'))
      .replaceAll('MOUNT_INTEGRITY', (await built())['mount.js']);
    const type = file.endsWith('.css') ? 'text/css' : file.endsWith('.js') ? 'text/javascript' : 'text/html';
    await route.fulfill({ body, contentType: `${type}; charset=utf-8`, headers: { 'content-security-policy': policy } });
  });
  t.allowOrigin(t.hostOrigin);
  await t.page.goto(`${t.hostOrigin}/council/${name}`);
}

/** Serves the wizard's configuration with these `embedding` settings,
 *  and whatever else `change` does to it. */
async function embedding(t, settings, change = () => {}) {
  await t.page.route('**/config.json', async (route) => {
    const response = await route.fetch();
    const config = await response.json();
    config.embedding = settings;
    change(config);
    await route.fulfill({ response, json: config });
  });
}

/** The host heard exactly these languages, each way (DOM events and
 *  messages), once anything told late has had time to arrive. */
async function languagesHeard(t, expected) {
  await t.page.waitForTimeout(300);
  const events = await heard(t);
  for (const via of ['event', 'message']) {
    const languages = events.filter((e) => e.via === via && e.type === 'language').map((e) => e.detail);
    if (languages.join() !== expected.join()) throw new Error(`the host was told the languages ${JSON.stringify(languages)} (${via})`);
  }
}

/** Checks the host page, and the wizard's frame if there is one. */
async function checkBoth(t, frame, where) {
  t.assertNoProblems();
  await checkAccessibility(t.page, `the council's page, ${where}`);
  if (frame) await checkAccessibility(frame, `the framed wizard, ${where}`);
}

/** A compliment from start to confirmation, in `scope` (a frame, or the
 *  page with the wizard in its shadow root: locators pierce it). `after`
 *  runs once each new page is showing. */
async function compliment(scope, after) {
  const heading = async (text) => {
    await scope.locator('h1', { hasText: text }).first().waitFor();
    await after(text);
  };
  const press = (name) => scope.getByRole('button', { name }).click();
  await heading('Make a complaint or give feedback');
  await scope.getByRole('button', { name: 'Start now' }).click();
  await heading('What would you like to do?');
  await scope.getByLabel('Give a compliment').check();
  await press('Continue');
  await heading('Which service or team is it about?');
  await scope.locator('#service').fill('Libraries');
  await press('Continue');
  await heading('What would you like to tell us?');
  await scope.locator('#message').fill('The staff at the central library were wonderful.');
  await press('Continue');
  await heading('If you would like a reply');
  await press('Continue');
  await heading('Check your answers before sending');
  await press('Send');
  await heading('Message sent');
  return (await scope.locator('.redress-panel__reference').innerText()).replace(/[\u2068\u2069]/g, '');
}

/** The events the council's page heard. */
async function heard(t) {
  return t.page.evaluate(() => window.redressEvents);
}

/** One submission was stored under `reference`, and the host heard it
 *  both ways (DOM events and messages). */
async function sentOnce(t, reference) {
  const stored = (await t.submissions()).filter((s) => s.reference === reference);
  if (stored.length !== 1) throw new Error(`expected one stored submission, found ${stored.length}`);
  const events = await heard(t);
  expectEvents(events, reference, 'event');
  expectEvents(events, reference, 'message');
}

/** By default the host hears exactly two things: that someone started,
 *  and the reference of what was sent. */
function expectEvents(events, reference, via) {
  const mine = events.filter((e) => e.via === via);
  const types = mine.map((e) => e.type);
  if (types.join() !== 'started,submitted') throw new Error(`the host heard (${via}): ${JSON.stringify(mine)}`);
  const submitted = mine.filter((e) => e.type === 'submitted');
  if (submitted.length !== 1 || submitted[0].detail !== reference) {
    throw new Error(`submitted events: ${JSON.stringify(submitted)}`);
  }
  const text = JSON.stringify(events);
  if (text.includes('Libraries') || text.includes('wonderful')) throw new Error('personal data reached the host page');
}

export default [
  {
    name: 'in an iframe on a hostile council page: its height follows each step, with no inner scrollbar',
    async run(t) {
      await embedding(t, { host_origins: [t.hostOrigin] });
      await councilPage(t, 'iframe.html');
      const element = t.page.locator('iframe[data-redress-frame]');
      await element.waitFor();
      const frame = await (await element.elementHandle()).contentFrame();
      // In a frame the storage is the wizard's own origin's: the choice stays.
      await frame.locator('button', { hasText: 'Save my answers on this device' }).waitFor();
      const heights = [];
      const reference = await compliment(frame, async (label) => {
        // embed.js resizes the frame to the wizard's height: wait (up to 5 s)
        // until the frame fits its content exactly and does not scroll.
        let size;
        let outer;
        for (let tries = 0; tries < 50; tries += 1) {
          size = await frame.evaluate(() => ({
            body: Math.ceil(document.body.getBoundingClientRect().height),
            scroll: document.documentElement.scrollHeight,
            viewport: window.innerHeight,
          }));
          outer = await element.evaluate((iframe) => iframe.getBoundingClientRect().height);
          if (Math.abs(outer - size.body) <= 1 && size.scroll <= size.viewport + 1) break;
          await t.page.waitForTimeout(100);
        }
        if (Math.abs(outer - size.body) > 1) throw new Error(`on ${label} the frame is ${outer}px for ${size.body}px of wizard`);
        if (size.scroll > size.viewport + 1) {
          const below = await frame.evaluate(() => [...document.querySelectorAll('*')]
            .filter((e) => e.getBoundingClientRect().bottom > document.body.getBoundingClientRect().bottom + 1)
            .map((e) => `${e.tagName}.${e.className} ${e.getBoundingClientRect().bottom}`).slice(0, 8));
          throw new Error(`on ${label} the frame scrolls: ${size.scroll} in ${size.viewport}; below the body: ${below}`);
        }
        heights.push(outer);
        await checkBoth(t, frame, label);
      });
      if (new Set(heights).size < 3) throw new Error(`the frame's height did not follow its content: ${heights}`);
      await sentOnce(t, reference);
    },
  },
  {
    name: 'mounted into a hostile council page: its styles and lang stay out, and the host hears the reference',
    async run(t) {
      await councilPage(t, 'mount.html');
      const page = t.page;
      await page.locator('.redress-mount h1').waitFor();
      // The council site's storage is readable by all its scripts: keeping
      // the answers there beyond this tab is not offered.
      await page.locator('.redress-mount .redress-footer button').first().waitFor();
      const offered = await page.locator('.redress-mount button', { hasText: 'Save my answers on this device' }).count();
      if (offered !== 0) throw new Error('mounted, "Save my answers on this device" is offered');
      const reference = await compliment(page, async (label) => {
        // The host's `[class*="redress"] { display: none }` and its
        // uppercase, spaced, centred serif text do not reach the wizard.
        const looks = await page.locator('.redress-mount').evaluate((root) => {
          const style = getComputedStyle(root);
          const h1 = getComputedStyle(root.querySelector('h1'));
          return {
            display: style.display,
            transform: style.textTransform,
            spacing: style.letterSpacing,
            align: style.textAlign,
            family: style.fontFamily,
            h1Colour: h1.color,
            lang: root.getAttribute('lang'),
          };
        });
        if (looks.display === 'none') throw new Error(`on ${label} the host's CSS hid the wizard`);
        if (looks.transform !== 'none' || looks.spacing !== 'normal' || looks.align !== 'start') {
          throw new Error(`on ${label} the host's text styles leaked in: ${JSON.stringify(looks)}`);
        }
        if (/Georgia/.test(looks.family) || looks.h1Colour === 'rgb(106, 27, 106)') {
          throw new Error(`on ${label} the host's fonts or heading colour leaked in: ${JSON.stringify(looks)}`);
        }
        if (looks.lang !== 'en-GB') throw new Error(`the wizard's lang is ${looks.lang}`);
        await checkBoth(t, null, label);
      });
      // Nothing of the wizard's leaks out: the host's own page is as it was.
      const host = await page.evaluate(() => ({
        lang: document.documentElement.lang,
        dir: document.documentElement.getAttribute('dir'),
        title: document.title,
        h1: getComputedStyle(document.querySelector('h1')).color,
      }));
      if (host.lang !== 'fr' || host.dir !== null || !host.title.startsWith('Conseil de test')) {
        throw new Error(`the wizard changed the host page: ${JSON.stringify(host)}`);
      }
      if (host.h1 !== 'rgb(106, 27, 106)') throw new Error('the wizard restyled the host page');
      await sentOnce(t, reference);
    },
  },
  {
    name: 'mounted, answers once kept on the council site\'s device storage stay in the tab from now on',
    async run(t) {
      const page = t.page;
      // A journey saved "on this device" (made by the wizard on its own page)...
      await t.goto('/');
      await t.tabTo('button:has-text("Save my answers on this device")');
      await page.keyboard.press('Enter');
      await page.locator('footer').getByText('saved on this device').waitFor();
      // Written once the later pages have arrived.
      const saved = await (await page.waitForFunction(() => localStorage.getItem('redress.journey'))).jsonValue();
      if (!saved.includes('"on_device":true')) throw new Error(`saved: ${saved}`);
      // ...found in the council site's storage when the wizard is mounted there.
      await page.addInitScript((json) => {
        if (location.hostname === 'localhost') localStorage.setItem('redress.journey', json);
      }, saved);
      await councilPage(t, 'mount.html');
      const footer = page.locator('.redress-mount .redress-footer');
      await footer.getByText('kept in this browser tab').waitFor();
      if ((await footer.getByText('saved on this device').count()) !== 0) throw new Error('mounted, the answers are still kept on the device');
    },
  },
  {
    name: 'mounted, switching to Arabic sets lang and dir on the wizard only; detailed events, when asked for, tell it',
    async run(t) {
      await embedding(t, { events: 'detailed' });
      await councilPage(t, 'mount.html');
      const page = t.page;
      await page.locator('.redress-mount h1').waitFor();
      await page.locator('.redress-mount a.redress-language__link[lang="ar"]').click();
      await page.waitForFunction(() => {
        const root = document.querySelector('[data-redress-mount]').shadowRoot.querySelector('.redress-mount');
        return root.getAttribute('lang') === 'ar' && root.getAttribute('dir') === 'rtl';
      });
      await checkBoth(t, null, 'the start page in Arabic');
      const host = await page.evaluate(() => [document.documentElement.lang, document.documentElement.dir]);
      if (host.join() !== 'fr,') throw new Error(`the host's lang and dir changed: ${host}`);
      const events = await heard(t);
      for (const via of ['event', 'message']) {
        const told = events.filter((e) => e.via === via);
        if (!told.some((e) => e.type === 'language' && e.detail === 'en-GB')) throw new Error(`no first language event (${via})`);
        if (!told.some((e) => e.type === 'language' && e.detail === 'ar')) throw new Error(`no language event for ar (${via})`);
        if (!told.some((e) => e.type === 'step' && e.detail === 'start')) throw new Error(`no step event (${via})`);
      }
    },
  },
  {
    name: 'mounted with Welsh as the default, the host is told the language once: cy, never English first',
    async run(t) {
      await embedding(t, { events: 'detailed' }, (config) => {
        config.languages = { offered: ['en-GB', 'cy'], default: 'cy' };
      });
      await councilPage(t, 'mount.html');
      await t.page.waitForFunction(() => {
        const root = document.querySelector('[data-redress-mount]')?.shadowRoot?.querySelector('.redress-mount');
        return root?.getAttribute('lang') === 'cy' && root.querySelector('h1');
      });
      await languagesHeard(t, ['cy']);
      await checkBoth(t, null, 'the start page in Welsh');
    },
  },
  {
    name: 'the council’s logo comes from the wizard’s own address, framed and mounted, within the pages’ policies',
    async run(t) {
      const wizard = new URL(t.baseUrl).origin;
      await embedding(t, { host_origins: [t.hostOrigin] }, (config) => {
        config.council.logo = 'council/logo.svg';
      });
      await councilPage(t, 'iframe.html');
      const element = t.page.locator('iframe[data-redress-frame]');
      await element.waitFor();
      const frame = await (await element.elementHandle()).contentFrame();
      await logoShown(frame.locator('.redress-header__logo'), wizard);
      await checkBoth(t, frame, 'framed, with a logo');
      // Mounted, a path beside the wizard is not the council page's own.
      await councilPage(t, 'mount.html');
      await logoShown(t.page.locator('.redress-mount .redress-header__logo'), wizard);
      await checkBoth(t, null, 'mounted, with a logo');
    },
  },
  {
    name: 'mounted with a default language that cannot be loaded, the host is told English once, as the wizard falls back',
    async run(t) {
      t.allow(/HTTP 503 .*locales\/pl\.ftl/);
      t.allow(/status of 503/);
      await embedding(t, { events: 'detailed' }, (config) => {
        config.languages = { offered: ['en-GB', 'pl'], default: 'pl' };
      });
      await t.page.route('**/locales/pl.ftl', (route) => route.fulfill({ status: 503, body: 'unavailable' }));
      await councilPage(t, 'mount.html');
      await t.page.locator('.redress-mount .redress-language__failed').waitFor();
      await languagesHeard(t, ['en-GB']);
      await checkBoth(t, null, 'the start page in English after Polish failed');
    },
  },
  {
    name: 'in an iframe on a page that is not a configured host, the page hears nothing, not even the height',
    async run(t) {
      await embedding(t, { events: 'detailed', host_origins: ['https://www.example.gov.uk'] });
      await councilPage(t, 'iframe.html');
      const element = t.page.locator('iframe[data-redress-frame]');
      await element.waitFor();
      const frame = await (await element.elementHandle()).contentFrame();
      await frame.locator('h1', { hasText: 'Make a complaint or give feedback' }).waitFor();
      await frame.getByRole('button', { name: 'Start now' }).click();
      await frame.locator('h1', { hasText: 'What would you like to do?' }).waitFor();
      await t.page.waitForTimeout(300);
      const events = await heard(t);
      if (events.length !== 0) throw new Error(`a page that is not the council's heard: ${JSON.stringify(events)}`);
      // Not even the wizard's height: the frame keeps the size the page gave it.
      const height = await element.evaluate((iframe) => iframe.style.height);
      if (height !== '') throw new Error(`a page that is not the council's was told the height: ${height}`);
    },
  },
  {
    name: 'the README and examples pin embed.js as it is built, and this build says how to pin mount.js',
    async run(t) {
      const { 'embed.js': embed, 'mount.js': mount } = await built();
      for (const file of ['README.md', 'examples/embed-iframe.html']) {
        const given = await integrityIn(file, 'https://complaints.example.gov.uk/embed.js');
        if (given !== embed) throw new Error(`${file} pins embed.js as ${given}; it is built as ${embed}`);
      }
      const served = await t.page.request.get(t.url('/mount.js'));
      const { sha384 } = await import('../../scripts/integrity.mjs');
      if (sha384(await served.body()) !== mount) throw new Error('integrity.json does not pin the mount.js served');
      await t.goto('/');
    },
  },
  {
    name: 'mounted and pinned, the glue, chunk loader or wasm altered on the way is refused, never run',
    async run(t) {
      // What the browser and mount.js say when a file is refused.
      t.allow(/valid digest in the 'integrity' attribute|SRI's integrity checks failed|did not load, or is not the file|Failed to fetch/);
      const files = {
        glue: (url) => /\/redress-[0-9a-f]{16}\.js$/.test(url.pathname),
        'chunk loader': (url) => /\/redress-loader-[0-9a-f]{16}\.js$/.test(url.pathname),
        wasm: (url) => /\/redress-[0-9a-f]{16}_bg\.wasm$/.test(url.pathname),
      };
      for (const [name, matches] of Object.entries(files)) {
        await t.page.unrouteAll({ behavior: 'ignoreErrors' });
        const before = t.problems.length;
        const served = await t.serveAltered(matches);
        await councilPage(t, 'mount.html');
        // mount.js stops with an uncaught error once the file is refused.
        for (let tries = 0; tries < 100 && !t.problems.slice(before).some((p) => p.startsWith('uncaught')); tries += 1) {
          await t.page.waitForTimeout(50);
        }
        const said = t.problems.slice(before);
        if (served() === 0) throw new Error(`the ${name} was never fetched`);
        if (!said.some((p) => p.includes('integrity')) || !said.some((p) => p.startsWith('uncaught'))) {
          throw new Error(`the altered ${name} was not refused: ${JSON.stringify(said)}`);
        }
        if ((await t.page.locator('.redress-mount h1').count()) !== 0) throw new Error(`the wizard ran with an altered ${name}`);
        await checkAccessibility(t.page, `the council's page, the ${name} refused`);
      }
    },
  },
];
