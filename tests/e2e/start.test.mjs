// The start page: the first thing a person sees.
import { readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

import { logoShown, stripIsolates } from './harness.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

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
      // The start page is named by the service alone, not twice.
      if (title !== 'Make a complaint or give feedback – Exampleshire Council') {
        throw new Error(`unexpected title: ${title}`);
      }
      // The page is read from its top, as any page that opens: the wasm's
      // taking it over moves no focus (src/takeover.rs).
      if (!(await page.evaluate(() => document.activeElement === document.body))) {
        throw new Error('focus moved when the page opened');
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
      // Every problem at once, each named by its field.
      for (const told of ['contacts: missing; it is required', 'safety: missing; it is required']) {
        if (!warnings.some((w) => w.includes(told))) {
          throw new Error(`the web team was not told "${told}": ${warnings.join(' | ')}`);
        }
      }
    },
  },
  {
    name: 'a broken configuration still offers the contact routes that could be read',
    async run(t) {
      const { page } = t;
      const config = JSON.parse(await readFile(join(root, 'public', 'config.json'), 'utf8'));
      config.safety.children.number = '';
      config.contacts.email = 'not an address';
      await page.route('**/config.json', (route) => route.fulfill({ json: config }));
      await t.goto('/');
      if ((await t.text('h1')) !== 'Sorry, this service is not working right now') throw new Error('not the error page');
      await page.getByRole('link', { name: '0113 496 0000' }).waitFor();
      const address = await t.text('.redress-contact__address');
      if (!address.includes('Town Hall')) throw new Error(`no postal address: ${address}`);
      if ((await page.getByRole('link', { name: 'not an address' }).count()) !== 0) throw new Error('a broken email was offered');
    },
  },
  {
    name: 'a council’s theme, logo and links are used, and a colour below AA is refused with a warning',
    async run(t) {
      const { page } = t;
      const config = JSON.parse(await readFile(join(root, 'examples', 'config-barnsley.json'), 'utf8'));
      config.council.logo = 'council/logo.svg';
      config.theme = { brand: '#ffdd00', focus: '#fd0', font: 'Verdana, sans-serif' };
      await page.route('**/config.json', (route) => route.fulfill({ json: config }));
      const warnings = [];
      page.on('console', (m) => m.type() === 'warning' && warnings.push(m.text()));
      await t.goto('/');
      const properties = await page.evaluate(() => {
        const style = getComputedStyle(document.documentElement);
        return ['--redress-brand', '--redress-focus', '--redress-font'].map((p) => style.getPropertyValue(p).trim());
      });
      // The pale brand colour fails 4.5:1 against white text: the default stays.
      if (properties.join('|') !== '#1d70b8|#ffdd00|Verdana, sans-serif') throw new Error(`theme: ${properties}`);
      if (!warnings.some((w) => w.includes('theme.brand') && w.includes('4.5:1'))) {
        throw new Error(`the web team was not told the colour was refused: ${warnings.join(' | ')}`);
      }
      const logo = page.locator('.redress-header__logo');
      if ((await logo.getAttribute('alt')) !== '') throw new Error('the logo is not a decorative image');
      await logoShown(logo, new URL(t.baseUrl).origin);
      const heading = await t.text('h1');
      if (!heading.endsWith('Barnsley Council')) throw new Error(`heading: ${heading}`);
      const privacy = page.getByRole('link', { name: 'Privacy notice' });
      if ((await privacy.getAttribute('href')) !== 'https://www.barnsley.example.org/privacy/complaints') {
        throw new Error('no privacy notice link');
      }
      await page.getByRole('link', { name: 'Accessibility statement' }).waitFor();
      // Seed 004: a person may ask to see a copy of the procedure.
      const procedure = page.getByRole('link', { name: 'The council’s complaints procedure' });
      if ((await procedure.count()) !== 1 || (await procedure.getAttribute('href')) !== 'https://www.barnsley.example.org/complaints/procedure') {
        throw new Error('no link to the council’s complaints procedure');
      }
    },
  },
];
