// The end-to-end harness: runs test files in headless Chromium against the
// built wizard, and fails a test on any accessibility violation (axe-core,
// run on every page and step visited), HTML conformance error (the Nu HTML
// Checker, on the same pages), console error, uncaught exception or wasm
// panic.
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createServer } from 'node:net';
import { chromium } from 'playwright-core';

import { startReceiver } from '../../scripts/receiver.mjs';
import { checkHtml, startHtmlChecker } from './html-check.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '..', '..');
const require = createRequire(import.meta.url);
const AXE_SOURCE = await readFile(require.resolve('axe-core/axe.min.js'), 'utf8');

/** The WCAG levels and rule sets every page is held to. */
export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  // Council pages in the embedding tests are served by Playwright itself,
  // which Chromium counts as a public site; its Local Network Access check
  // would then stop them loading the wizard from 127.0.0.1. Real council
  // sites and wizards are both public, so the check never applies to them.
  '--disable-features=LocalNetworkAccessChecks',
];

/** Removes the invisible isolate marks (U+2068, U+2069) Fluent puts around variables. */
export function stripIsolates(text) {
  return text.replace(/[\u2068\u2069]/g, '');
}

/** The council's logo (`locator`) has loaded, and from `origin`, the
 *  wizard's own: never from the site of a page it is mounted in. */
export async function logoShown(locator, origin) {
  await locator.waitFor();
  const image = await locator.evaluate(async (img) => {
    if (!img.complete) await new Promise((done) => { img.onload = done; img.onerror = done; });
    return { src: img.currentSrc, width: img.naturalWidth, height: img.getBoundingClientRect().height };
  });
  if (new URL(image.src).origin !== origin) throw new Error(`the logo came from ${image.src}, not ${origin}`);
  if (image.width === 0 || image.height === 0) throw new Error(`the logo did not load: ${JSON.stringify(image)}`);
}

/** Runs axe on the page as it is now; throws listing every violation. */
export async function checkAccessibility(page, where) {
  const hasAxe = await page.evaluate(() => typeof window.axe !== 'undefined');
  if (!hasAxe) await page.evaluate(AXE_SOURCE);
  const result = await page.evaluate(
    (tags) => window.axe.run(document, {
      runOnly: { type: 'tag', values: tags },
      resultTypes: ['violations'],
      // axe reads stylesheets in shadow roots by copying them into <style>
      // elements, which a strict policy (rightly) blocks. Only the
      // orientation-lock rule needs them; it runs on every unmounted page.
      preload: !document.querySelector('[data-redress-mount]'),
    }),
    AXE_TAGS,
  );
  if (result.violations.length > 0) {
    const lines = result.violations.flatMap((v) => [
      `${v.id} (${v.impact}): ${v.help}`,
      ...v.nodes.slice(0, 5).map((n) => `    at ${n.target.join(' ')}: ${n.failureSummary.split('\n').join(' ')}`),
    ]);
    throw new Error(`accessibility violations on ${where}:\n  ${lines.join('\n  ')}`);
  }
}

/**
 * What a test gets: the page, and helpers that check the page after every
 * move. `goto` opens a path of the served bundle; `step` performs an action
 * that changes the step and checks the new one.
 */
class TestContext {
  constructor(page, receiver, problems, htmlChecker) {
    this.page = page;
    this.htmlChecker = htmlChecker;
    this.receiver = receiver;
    this.baseUrl = receiver.url;
    this.problems = problems;
    this.allowed = [];
    this.origins = [];
  }

  /** Whether `url` is on the wizard's own origin, or one a test allowed. */
  sameSite(url) {
    return url.origin === new URL(this.baseUrl).origin || this.origins.includes(url.origin);
  }

  /** Lets requests to `origin` pass (an embedding host, a configured endpoint). */
  allowOrigin(origin) {
    this.origins.push(origin);
  }

  /** Lets problems matching `pattern` pass, for tests that cause them on purpose. */
  allow(pattern) {
    this.allowed.push(pattern);
  }

  /** Serves the files whose URL `matches` altered on the way, as a
   *  compromised server or proxy might: a comment added to a script, a
   *  custom section to a wasm module, so they would still run, and only a
   *  Subresource Integrity check refuses them. Returns a count of them served. */
  async serveAltered(matches) {
    let served = 0;
    await this.page.route(matches, async (route) => {
      const response = await route.fetch();
      const headers = { ...response.headers() };
      delete headers['content-encoding'];
      delete headers['content-length'];
      const body = await response.body();
      const added = route.request().url().endsWith('.wasm')
        ? Buffer.from([0x00, 0x06, 0x05, ...Buffer.from('added')])
        : Buffer.from('\n// added on the way\n');
      served += 1;
      await route.fulfill({ status: response.status(), headers, body: Buffer.concat([body, added]) });
    });
    return () => served;
  }

  /** Every submission the reference receiver has stored during this run,
   *  read through its staff listing. */
  async submissions() {
    return this.receiver.submissions();
  }

  /** The origin that plays a council's site embedding the wizard. */
  get hostOrigin() {
    return this.baseUrl.replace('//127.0.0.1:', '//localhost:');
  }

  url(path = '/') {
    return new URL(path, this.baseUrl + '/').toString();
  }

  /** Opens `path`, waits for the page heading (and, over a prerendered
   *  page, for the wasm to take it over, unless `live` is false), and
   *  checks the page. */
  async goto(path = '/', { heading = true, live = true } = {}) {
    await this.page.goto(this.url(path));
    if (heading) await this.page.locator('h1').first().waitFor();
    if (live && this.javaScript) await this.live();
    await this.check(path);
  }

  /** Waits until the wasm has taken over a prerendered page (at once if
   *  the page was not prerendered). */
  async live() {
    await this.page.waitForFunction(() =>
      !document.body?.hasAttribute('data-redress-prerendered') || document.documentElement.hasAttribute('data-redress-live'));
  }

  /** Runs `action`, waits for focus on a new page heading, checks the page. */
  async step(action, label) {
    const before = await this.headingText();
    await action();
    await this.page.waitForFunction(
      (old) => {
        const h1 = document.querySelector('h1');
        return h1 && document.activeElement === h1 && h1.textContent !== old;
      },
      before,
    );
    await this.check(label ?? (await this.headingText()));
  }

  /** Presses Tab (at most 60 times) until `selector`'s first element has focus. */
  async tabTo(selector) {
    const target = this.page.locator(selector).first();
    await target.waitFor();
    for (let presses = 0; presses < 60; presses += 1) {
      if (await target.evaluate((el) => el === document.activeElement)) return;
      await this.page.keyboard.press('Tab');
    }
    throw new Error(`could not reach ${selector} with the Tab key`);
  }

  /** Chooses the radio labelled `label` in group `name`, by keyboard alone:
   *  Tab into the group, then arrow keys. */
  async chooseRadio(name, label) {
    const radios = this.page.locator(`input[type=radio][name="${name}"]`);
    const labels = await radios.evaluateAll((inputs) =>
      inputs.map((input) => document.querySelector(`label[for="${input.id}"]`).innerText.trim()));
    const wanted = labels.findIndex((text) => stripIsolates(text) === label);
    if (wanted < 0) throw new Error(`no radio "${label}" in ${name}: ${labels.join(' | ')}`);
    await this.chooseRadioAt(name, wanted);
  }

  /** Types `text` into a field reached with the Tab key, replacing what was there. */
  async type(selector, text) {
    await this.tabTo(selector);
    await this.page.keyboard.press('ControlOrMeta+A');
    await this.page.keyboard.press('Delete');
    if (text.length > 0) await this.page.keyboard.insertText(text);
  }

  /** Presses the page's Continue (or other submit) button with the keyboard,
   *  and checks the page it leads to. */
  async continue(label) {
    // The page's own button: a form's submit, an interruption's or the start page's.
    const candidates = ['form button[type=submit]', '.redress-interruption button', '.redress-button--start'];
    let button = null;
    for (const selector of candidates) {
      if ((await this.page.locator(selector).count()) > 0) {
        button = selector;
        break;
      }
    }
    if (!button) throw new Error('this page has no Continue button');
    await this.step(async () => {
      await this.tabTo(button);
      await this.page.keyboard.press('Enter');
    }, label);
  }

  /** Presses Continue expecting errors: the error summary takes focus. */
  async continueWithErrors() {
    await this.tabTo('form button[type=submit]');
    await this.page.keyboard.press('Enter');
    await this.page.waitForFunction(() => document.activeElement?.id === 'error-summary');
    await this.check('error summary');
  }

  /** The visible text of the first element matching `selector`, without
   *  the Unicode isolates that surround variables in messages. */
  async text(selector) {
    return stripIsolates(await this.page.locator(selector).first().innerText());
  }

  async headingText() {
    return this.page.evaluate(() => document.querySelector('h1')?.textContent ?? '');
  }

  /** Checks the page as it is now: no errors so far, accessibility, and
   *  HTML conformance of the DOM as it stands. */
  async check(where) {
    this.assertNoProblems();
    const page = this.javaScript ? this.page : await this.scriptless(this.page.url());
    await checkAccessibility(page, where);
    await checkHtml(this.htmlChecker, page, where);
  }

  /** With JavaScript off, axe cannot finish in the page (its timers never
   *  run): the same address is opened in a page of its own whose scripts
   *  are refused, which holds the same document, and checked there. */
  async scriptless(url) {
    if (!this.mirror) {
      const context = await this.browser.newContext({ locale: 'en-GB', timezoneId: 'Europe/London' });
      await context.route('**/*.js', (route) => route.abort());
      this.mirror = await context.newPage();
      this.mirrorContext = context;
    }
    await this.mirror.goto(url);
    return this.mirror;
  }

  assertNoProblems() {
    const unexpected = this.problems.filter((p) => !this.allowed.some((pattern) => pattern.test(p)));
    if (unexpected.length > 0) {
      throw new Error(`the page reported errors:\n  ${unexpected.join('\n  ')}`);
    }
  }

  /** Chooses the `index`th radio of group `name` by keyboard, whatever the language. */
  async chooseRadioAt(name, index) {
    const radios = this.page.locator(`input[type=radio][name="${name}"]`);
    const checked = await radios.evaluateAll((inputs) => inputs.findIndex((input) => input.checked));
    await this.tabTo(`input[type=radio][name="${name}"]${checked >= 0 ? ':checked' : ''}`);
    let at = Math.max(checked, 0);
    if (checked < 0) await this.page.keyboard.press('Space');
    while (at < index) {
      await this.page.keyboard.press('ArrowDown');
      at += 1;
    }
    while (at > index) {
      await this.page.keyboard.press('ArrowUp');
      at -= 1;
    }
    if (!(await radios.nth(index).isChecked())) throw new Error(`radio ${index} of ${name} did not become checked`);
  }
}

/** A port no one is listening on just now. */
export async function freePort() {
  const server = createServer();
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address();
  await new Promise((resolve) => server.close(resolve));
  return port;
}

/** Loads test files: each default-exports an array of { name, run(t) }. */
async function loadTests(files) {
  const tests = [];
  for (const file of files) {
    const mod = await import(file);
    for (const test of mod.default) tests.push({ ...test, file });
  }
  return tests;
}

/**
 * Runs the tests in `files` against `dist`, printing one line per test and a
 * closing `N passed, N failed`. Resolves to the number of failures.
 */
export async function runTests(files, { dist = join(root, 'dist'), filter } = {}) {
  const dataDir = await mkdtemp(join(tmpdir(), 'redress-e2e-'));
  // A second origin for the same server (localhost, not 127.0.0.1) plays a
  // council's site that embeds the wizard; the receiver lets it.
  const port = await freePort();
  const receiver = await startReceiver({
    dist,
    mounts: { '/__fixtures__/': join(here, 'fixtures') },
    dataDir,
    port,
    env: { REDRESS_ALLOWED_ORIGINS: `http://localhost:${port}` },
    // Every test sends from this one address, many times a minute.
    args: ['--rate-limit', '1000'],
  });
  const htmlChecker = await startHtmlChecker(await freePort());
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    headless: true,
    args: CHROMIUM_ARGS,
  });
  let passed = 0;
  let failed = 0;
  // An error thrown where Playwright calls a test's own code back (a route
  // handler, say) would otherwise end the run at once, leaving the receiver
  // and the HTML checker running: it fails the test under way instead.
  let current = null;
  const ownError = (error) => {
    const problem = `error in the test's own code: ${error?.stack ?? error}`;
    if (current) {
      current.push(problem);
    } else {
      failed += 1;
      console.log(`FAIL between tests\n     ${problem}`);
    }
  };
  process.on('unhandledRejection', ownError);
  process.on('uncaughtException', ownError);
  try {
    const tests = (await loadTests(files)).filter((t) => !filter || t.name.includes(filter));
    for (const test of tests) {
      // A test may ask for its own browser settings (JavaScript off, say).
      const context = await browser.newContext({ locale: 'en-GB', timezoneId: 'Europe/London', ...test.context });
      // A Content-Security-Policy violation is reported as a console error.
      await context.addInitScript(() => {
        document.addEventListener('securitypolicyviolation', (event) => {
          const where = event.sourceFile ? ` (${event.sourceFile}:${event.lineNumber})` : '';
          console.error(`CSP violation: ${event.violatedDirective} blocked ${event.blockedURI || 'inline code'}${where}`);
        });
      });
      const page = await context.newPage();
      page.setDefaultTimeout(10_000);
      const problems = [];
      current = problems;
      const t = new TestContext(page, receiver, problems, htmlChecker);
      t.context = context;
      t.browser = browser;
      t.javaScript = test.context?.javaScriptEnabled !== false;
      page.on('console', (message) => {
        if (message.type() === 'error') problems.push(`console error: ${message.text()}`);
      });
      page.on('response', (response) => {
        if (response.status() >= 400) problems.push(`HTTP ${response.status()} for ${response.url()}`);
      });
      // DEBUG_STACK=1 adds the stack: with a build that keeps the wasm's
      // function names (REDRESS_WASM_NAMES=1, see scripts/wasm-bundle.mjs),
      // a trap names the Rust function it happened in.
      page.on('pageerror', (error) =>
        problems.push(`uncaught exception: ${error.message}${process.env.DEBUG_STACK ? `\n${error.stack}` : ''}`),
      );
      // Nothing may go anywhere but the wizard's own origin (no CDN, no
      // fonts, no analytics); tests that send elsewhere on purpose allow it.
      page.on('request', (request) => {
        const url = new URL(request.url());
        if (!['data:', 'blob:'].includes(url.protocol) && !t.sameSite(url)) {
          problems.push(`request to another origin: ${request.method()} ${url.origin}${url.pathname}`);
        }
      });
      page.on('crash', () => problems.push('the page crashed'));
      const started = Date.now();
      try {
        await test.run(t);
        t.assertNoProblems();
        passed += 1;
        console.log(`ok   ${test.name} (${Date.now() - started} ms)`);
      } catch (error) {
        failed += 1;
        console.log(`FAIL ${test.name}\n     ${String(error.message ?? error).split('\n').join('\n     ')}`);
        // What the page reported before the failure often explains it (a
        // panic before an awaited heading, say).
        for (const problem of problems) console.log(`     (page) ${problem}`);
      } finally {
        await context.close();
        await t.mirrorContext?.close();
        current = null;
      }
    }
  } finally {
    process.off('unhandledRejection', ownError);
    process.off('uncaughtException', ownError);
    await browser.close();
    await receiver.stop();
    await htmlChecker.stop();
    await rm(dataDir, { recursive: true, force: true });
  }
  console.log(`${passed} passed, ${failed} failed`);
  return failed;
}
