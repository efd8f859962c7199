// The start page: the first thing a person sees.
import { stripIsolates } from './harness.mjs';

export default [
  {
    name: 'the start page names the council, the service and other ways to get in touch',
    async run(t) {
      const { page } = t;
      await t.goto('/');
      const h1 = page.locator('h1');
      if ((await h1.count()) !== 1) throw new Error('the start page must have exactly one h1');
      const heading = await t.text('h1');
      if (heading !== 'Make a complaint or give feedback to Exampleshire Council') {
        throw new Error(`unexpected heading: ${heading}`);
      }
      const title = stripIsolates(await page.title());
      if (!title.startsWith('Make a complaint or give feedback – ') || !title.endsWith('Exampleshire Council')) {
        throw new Error(`unexpected title: ${title}`);
      }
      if (!(await page.evaluate(() => document.activeElement === document.querySelector('h1')))) {
        throw new Error('focus is not on the page heading');
      }
      await page.getByRole('button', { name: 'Start now' }).waitFor();
      await page.getByRole('link', { name: '0113 496 0000' }).waitFor();
      await page.getByRole('link', { name: 'complaints@example.org' }).waitFor();
      const hours = await t.text('section .redress-contact__hours');
      if (hours !== 'Monday to Friday, 9:00 to 17:00') throw new Error(`unexpected opening hours: ${hours}`);
      const emergency = await t.text('aside strong');
      if (!emergency.includes('999')) throw new Error('the emergency number is not shown');
    },
  },
  {
    name: 'a broken configuration shows a polite page, never a blank one',
    async run(t) {
      const { page } = t;
      await page.route('**/config.json', (route) =>
        route.fulfill({ status: 200, contentType: 'application/json', body: '{"council": {"name": ""}}' }));
      const warnings = [];
      page.on('console', (m) => m.type() === 'warning' && warnings.push(m.text()));
      await t.goto('/');
      const heading = await page.locator('h1').textContent();
      if (heading !== 'Sorry, this service is not working right now') {
        throw new Error(`unexpected heading: ${heading}`);
      }
      if (!warnings.some((w) => w.includes('missing field `contacts`'))) {
        throw new Error(`the web team was not told what is wrong: ${warnings.join(' | ')}`);
      }
    },
  },
];
