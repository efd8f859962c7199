// Never a blank page: the start pages are HTML before the wasm arrives and
// without it (src/prerender.rs); the wasm takes them over without moving
// anything (src/takeover.rs).
import { stripIsolates } from './harness.mjs';

const SHIPPED = ['en-GB', 'cy', 'ar', 'bn', 'es', 'pa', 'pl', 'pt-PT', 'ro', 'ur'];
const pageFile = (tag) => (tag === 'en-GB' ? 'index.html' : `${tag}.html`);
const WASM = '**/redress-*_bg.wasm';

/** Holds the first-load wasm until `release()` (or fails it, `release(false)`). */
async function holdWasm(page) {
  let release;
  const released = new Promise((resolve) => { release = resolve; });
  await page.route(WASM, async (route) => {
    if (await released) await route.continue();
    else await route.abort();
  });
  return release;
}

/** The cumulative layout shift so far, as Core Web Vitals counts it: every
 *  shift but those just after the person's own input (a skip link shown
 *  by Tab, say). */
async function layoutShift(page) {
  return page.evaluate(() => new Promise((resolve) => {
    new PerformanceObserver((list, observer) => {
      observer.disconnect();
      resolve(list.getEntries().filter((entry) => !entry.hadRecentInput).reduce((sum, entry) => sum + entry.value, 0));
    }).observe({ type: 'layout-shift', buffered: true });
    // No entry at all: nothing shifted.
    setTimeout(() => resolve(0), 300);
  }));
}

/** Checks the open page is the start page in `tag`, `dir`, with `heading`. */
async function isStartPage(t, tag, dir, heading) {
  const lang = await t.page.locator('html').getAttribute('lang');
  const direction = await t.page.locator('html').getAttribute('dir');
  if (lang !== tag || direction !== dir) throw new Error(`${tag}: lang="${lang}" dir="${direction}"`);
  const h1 = await t.text('h1');
  if (!h1.startsWith(heading)) throw new Error(`${tag}: heading ${h1}`);
}

const STARTS = [
  ['index.html', 'en-GB', 'ltr', 'Make a complaint or give feedback'],
  ['cy.html', 'cy', 'ltr', 'Gwneud cwyn neu roi adborth'],
  ['ar.html', 'ar', 'rtl', 'تقديم شكوى'],
];

/** Follows the start page's links as someone without the wasm would:
 *  every language, Start, the other ways and back. */
async function followLinks(t, live) {
  const { page } = t;
  for (const [file, tag, dir, heading] of STARTS) {
    await t.goto(`/${file}`, { live });
    await isStartPage(t, tag, dir, heading);
  }
  await t.goto('/index.html', { live });
  await page.locator('a[hreflang="cy"]').click();
  await page.waitForURL(/\/cy\.html$/);
  await t.check('the Welsh start page, by its link');
  await isStartPage(t, 'cy', 'ltr', 'Gwneud cwyn');
  await page.locator('.redress-button--start').click();
  await page.waitForURL(/\/other-ways\.cy\.html$/);
  await t.check('the Welsh page of other ways');
  if ((await t.text('h1')) !== 'Mae angen JavaScript ar y ffurflen ar-lein hon') throw new Error(`heading: ${await t.text('h1')}`);
  if ((await page.locator('html').getAttribute('lang')) !== 'cy') throw new Error('not in Welsh');
  const text = stripIsolates(await page.locator('main').innerText());
  for (const route of ['0113 496 0000', 'Dydd Llun', '9:00', 'complaints@example.org', 'Town Hall', '999', '0113 496 0100', '0113 496 0200', '0113 496 0300']) {
    if (!text.includes(route)) throw new Error(`the page of other ways does not give ${route}:\n${text}`);
  }
  await page.getByRole('link', { name: 'Yn ôl i’r dudalen gychwyn' }).click();
  await page.waitForURL(/\/cy\.html$/);
  await t.goto('/ar.html', { live });
  await page.locator('.redress-button--start').click();
  await page.waitForURL(/\/other-ways\.ar\.html$/);
  await t.check('the Arabic page of other ways');
  if ((await page.locator('html').getAttribute('dir')) !== 'rtl') throw new Error('the Arabic page of other ways is not right to left');
}

export default [
  {
    name: 'without JavaScript, the start pages, their language links, Start and the other ways all work',
    context: { javaScriptEnabled: false },
    async run(t) {
      await followLinks(t, false);
    },
  },
  {
    name: 'with the wasm blocked, the start pages and their links still work, and Start pressed while it loaded leads on',
    async run(t) {
      const { page } = t;
      t.allow(/net::ERR_FAILED|Failed to fetch|WebAssembly|wasm/i);
      const release = await holdWasm(page);
      await t.goto('/cy.html', { live: false });
      // Pressed while the wasm is on its way: held.
      await page.locator('.redress-button--start').click();
      await page.waitForTimeout(300);
      if (!page.url().endsWith('/cy.html')) throw new Error(`Start was not held while the wasm loaded: ${page.url()}`);
      release(false);
      await page.waitForURL(/\/other-ways\.cy\.html$/);
      await t.check('the page of other ways, after the wasm failed');
      await page.unroute(WASM);
      await page.route(WASM, (route) => route.abort());
      await followLinks(t, false);
    },
  },
  {
    name: 'the wasm takes over the start page keeping focus and scroll where they were, moving nothing, and the journey goes on',
    async run(t) {
      const { page } = t;
      await page.setViewportSize({ width: 800, height: 500 });
      const release = await holdWasm(page);
      await t.goto('/', { live: false });
      await t.tabTo('a[href^="tel:"]');
      await page.evaluate(() => window.scrollTo(0, 200));
      const before = await page.evaluate(() => {
        window.prerendered = document.activeElement;
        return { text: document.activeElement.textContent, scroll: window.scrollY, html: document.documentElement.hasAttribute('data-redress-live') };
      });
      if (before.html) throw new Error('the wasm took over before it arrived');
      release(true);
      await t.live();
      const after = await page.evaluate(() => ({
        text: document.activeElement.textContent,
        href: document.activeElement.getAttribute('href'),
        replaced: window.prerendered !== document.activeElement && !window.prerendered.isConnected,
        scroll: window.scrollY,
      }));
      if (!after.replaced) throw new Error('the prerendered page was not taken over');
      if (after.text !== before.text || !after.href?.startsWith('tel:')) throw new Error(`focus moved: ${JSON.stringify(after)}`);
      if (after.scroll !== before.scroll) throw new Error(`the page scrolled from ${before.scroll} to ${after.scroll}`);
      const shift = await layoutShift(page);
      if (shift !== 0) throw new Error(`the take-over shifted the layout by ${shift}`);
      await t.check('the start page, taken over');
      await t.continue('What would you like to do?');
    },
  },
  {
    name: 'the tab keeps the page’s own title, in its language, while the wasm takes over',
    async run(t) {
      const { page } = t;
      // Every title the tab shows, from the first byte.
      await page.addInitScript(() => {
        window.titles = [];
        const note = () => {
          if (document.title !== window.titles.at(-1)) window.titles.push(document.title);
        };
        new MutationObserver(note).observe(document, { subtree: true, childList: true, characterData: true });
      });
      // The Welsh messages are slow to come: the wasm is running meanwhile.
      await page.route('**/locales/cy.ftl', async (route) => {
        await new Promise((resolve) => setTimeout(resolve, 700));
        await route.continue();
      });
      await t.goto('/cy.html');
      const titles = (await page.evaluate(() => window.titles)).map(stripIsolates);
      const welsh = 'Gwneud cwyn neu roi adborth – Exampleshire Council';
      if (titles.length === 0 || titles.some((title) => title !== welsh)) {
        throw new Error(`the tab's title was not the Welsh page's all along: ${JSON.stringify(titles)}`);
      }
    },
  },
  {
    name: 'Start pressed before the wasm arrives starts the journey when it does',
    async run(t) {
      const { page } = t;
      const release = await holdWasm(page);
      await t.goto('/', { live: false });
      await page.locator('.redress-button--start').click();
      release(true);
      await page.waitForFunction(() => document.querySelector('h1')?.textContent === 'What would you like to do?');
      if (!page.url().endsWith('/')) throw new Error(`left the page: ${page.url()}`);
      await t.check('the first question');
    },
  },
  {
    name: 'a start page painted before all of it has arrived moves nothing when the rest does',
    context: { javaScriptEnabled: false },
    async run(t) {
      const { page } = t;
      // A browser paints what it has read so far when the rest is slow to
      // come: the start page cut off just before its side column stands for
      // that first paint, and must be laid out as the whole page is.
      const whole = await (await page.request.get(t.url('/index.html'))).text();
      const cut = whole.indexOf('<aside ');
      if (cut < 0) throw new Error('the start page has no side column to cut before');
      await page.route('**/first-paint.html', (route) => route.fulfill({ contentType: 'text/html; charset=utf-8', body: whole.slice(0, cut) }));
      const boxes = async () => {
        const found = [];
        for (const selector of ['h1', '.redress-grid__main > p', '.redress-button--start']) {
          found.push([selector, await page.locator(selector).first().boundingBox()]);
        }
        return JSON.stringify(found);
      };
      for (const width of [1280, 800, 380]) {
        await page.setViewportSize({ width, height: 720 });
        await page.goto(t.url('/first-paint.html'));
        const first = await boxes();
        await page.goto(t.url('/index.html'));
        const all = await boxes();
        if (first !== all) throw new Error(`at ${width} pixels wide, the start page moves as its side column arrives:\n  first: ${first}\n  whole: ${all}`);
      }
      await t.check('the whole start page');
    },
  },
  {
    name: 'the prerendered start page and the wasm’s own are the same markup in every offered language, and nothing moves',
    async run(t) {
      const { page } = t;
      for (const tag of SHIPPED) {
        const file = pageFile(tag);
        const html = await (await page.request.get(t.url(`/${file}`))).text();
        await t.goto(`/${file}`);
        const difference = await page.evaluate((prerendered) => {
          // Elements with their attributes (in any order) and text, without
          // comments or the empty text nodes either may leave between.
          const tokens = (root) => {
            const out = [];
            let text = '';
            const flush = () => { if (text !== '') out.push(`text ${JSON.stringify(text)}`); text = ''; };
            const walk = (node) => {
              for (const child of node.childNodes) {
                if (child.nodeType === Node.TEXT_NODE) {
                  // (Whitespace alone, such as the line after the page's
                  // last element, shows nothing between these blocks.)
                  if (child.data.trim() !== '') text += child.data;
                } else if (child.nodeType === Node.ELEMENT_NODE) {
                  flush();
                  const attributes = [...child.attributes].map((a) => `${a.name}=${JSON.stringify(a.value)}`).sort();
                  out.push(`<${child.localName} ${attributes.join(' ')}>`);
                  walk(child);
                  flush();
                  out.push(`</${child.localName}>`);
                }
              }
            };
            walk(root);
            flush();
            return out;
          };
          const drawn = tokens(document.body);
          const written = tokens(new DOMParser().parseFromString(prerendered, 'text/html').body);
          const at = drawn.findIndex((token, i) => token !== written[i]);
          if (at < 0 && drawn.length === written.length) return null;
          const i = at < 0 ? Math.min(drawn.length, written.length) : at;
          return `at token ${i}:\n  wasm:        ${drawn.slice(Math.max(0, i - 2), i + 3).join(' ')}\n  prerendered: ${written.slice(Math.max(0, i - 2), i + 3).join(' ')}`;
        }, html);
        if (difference) throw new Error(`${tag}: the wasm's start page differs from ${file} ${difference}`);
        const shift = await layoutShift(page);
        if (shift !== 0) throw new Error(`${tag}: the take-over shifted the layout by ${shift}`);
      }
    },
  },
  {
    name: 'a language chosen on the page moves the address to its own page, which a reload keeps',
    async run(t) {
      const { page } = t;
      await t.goto('/');
      await page.locator('a[hreflang="pl"]').click();
      await page.waitForFunction(() => document.documentElement.lang === 'pl');
      if (!page.url().endsWith('/pl.html')) throw new Error(`the address is ${page.url()}`);
      await page.reload();
      await t.live();
      await isStartPage(t, 'pl', 'ltr', await t.text('h1'));
      // A ?lang= link still wins, and is dropped once another language is chosen.
      await t.goto('/pl.html?lang=cy');
      if ((await page.locator('html').getAttribute('lang')) !== 'cy') throw new Error('?lang= did not win');
      await page.locator('a[hreflang="ar"]').click();
      await page.waitForFunction(() => document.documentElement.lang === 'ar');
      if (!page.url().endsWith('/ar.html')) throw new Error(`the address is ${page.url()}`);
    },
  },
];
