// Sending, against the real reference receiver: refused connections, server
// errors, Retry-After, a slow answer after the receiver stored it, going
// offline; then the adapters. Each time exactly one submission is stored,
// equal to what was typed, and the person sees the right reference.
import { readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const CONFIG = JSON.parse(await readFile(join(here, '..', '..', 'public', 'config.json'), 'utf8'));

/** What the person types: checked field by field against what is stored. */
const TYPED = {
  service: 'Parks',
  message: 'More benches near the pond, please.\nAnd a bin.',
  name: 'Ann Lee',
  email: 'ann.lee@example.org',
  phone: '07700 900123',
};

/** Serves config.json with `submission` changed. */
async function configure(t, submission) {
  await t.page.route('**/config.json', (route) =>
    route.fulfill({ json: { ...CONFIG, submission: { ...CONFIG.submission, ...submission } } }));
}

/** A comment with a reply by email and phone, up to Check your answers. */
async function toCheck(t, message = TYPED.message) {
  await t.goto('/');
  await t.continue();
  await t.chooseRadioAt('kind', 2);
  await t.continue();
  await t.type('#service', TYPED.service);
  await t.continue();
  await t.type('#message', message);
  await t.continue();
  await t.type('#full-name', TYPED.name);
  await t.tabTo('input[type=checkbox][name="contact-method"] >> nth=0');
  await t.page.keyboard.press('Space');
  await t.type('#email', TYPED.email);
  await t.tabTo('input[type=checkbox][name="contact-method"] >> nth=1');
  await t.page.keyboard.press('Space');
  await t.type('#phone', TYPED.phone);
  await t.continue('check your answers');
}

async function pressSend(t) {
  await t.tabTo('main button.redress-button:not(.redress-button--secondary)');
  await t.page.keyboard.press('Enter');
}

/** Waits (up to `ms`) for the confirmation page, checks it, and returns the reference shown. */
async function confirmation(t, ms = 20_000) {
  await t.page.waitForFunction(
    () => document.activeElement?.tagName === 'H1' && document.querySelector('.redress-panel__reference'),
    null,
    { timeout: ms },
  );
  await t.check('confirmation');
  return t.text('.redress-panel__reference');
}

/** Exactly one stored submission has this id, and it is what was typed. */
async function storedOnce(t, reference) {
  const all = await t.submissions();
  const mine = all.filter((s) => s.reference === reference);
  if (mine.length !== 1) throw new Error(`expected 1 stored submission ${reference}, found ${mine.length} of ${all.length}`);
  const [stored] = mine;
  if (all.filter((s) => s.id === stored.id).length !== 1) throw new Error('the same id was stored twice');
  const { answers } = stored;
  const expect = (ok, what) => {
    if (!ok) throw new Error(`${what}: ${JSON.stringify(stored)}`);
  };
  expect(stored.version === 1 && stored.kind === 'comment' && stored.language === 'en-GB', 'kind, version or language');
  expect(answers.service === TYPED.service, 'service');
  expect(answers.message === TYPED.message, 'message');
  expect(answers.contact.name === TYPED.name, 'name');
  expect(answers.contact.email === TYPED.email, 'email');
  expect(answers.contact.phone === TYPED.phone.replaceAll(' ', ''), 'phone');
  expect(JSON.stringify(answers.contact.methods) === '["email","phone"]', 'contact methods');
  expect(stored.english.some((row) => row.answer.join('\n') === TYPED.message), 'English rendering of the message');
  expect(stored.english.some((row) => row.answer.includes('Reply by: Email and Phone')), 'the ways to reply, as a list');
  const kept = await t.page.evaluate(() => sessionStorage.getItem('redress.journey'));
  if (kept !== null) throw new Error('answers are still stored after sending');
  return stored;
}

/** The requests made to the submission endpoint, with when they started. */
function countRequests(t, pattern = '**/api/submissions') {
  const seen = [];
  t.page.on('request', (request) => {
    if (request.method() === 'POST' && request.url().includes(pattern.replaceAll('*', ''))) {
      seen.push({ at: Date.now(), key: request.headers()['idempotency-key'] });
    }
  });
  return seen;
}

/** Every try carried an Idempotency-Key, and each was the stored submission's id. */
function sameKeyEveryTry(requests, stored, tries) {
  if (requests.length !== tries) throw new Error(`expected ${tries} tries, saw ${requests.length}`);
  const keys = requests.map((r) => r.key);
  if (!keys.every((key) => key === stored.id)) {
    throw new Error(`the tries' idempotency keys ${JSON.stringify(keys)} are not all the stored id ${stored.id}`);
  }
}

/** Records, from the first page on, every text the send status and the
 *  live region show, so a short-lived message can be checked afterwards. */
async function recordMessages(t) {
  await t.page.addInitScript(() => {
    const seen = { status: [], live: [] };
    window.__redressSeen = seen;
    const note = (list, element) => {
      const text = element?.textContent.replace(/[\u2068\u2069]/g, '').trim();
      if (text && list[list.length - 1] !== text) list.push(text);
    };
    new MutationObserver(() => {
      note(seen.status, document.querySelector('.redress-send-status'));
      note(seen.live, document.getElementById('redress-live-region'));
    }).observe(document, { childList: true, subtree: true, characterData: true });
  });
  return () => t.page.evaluate(() => window.__redressSeen);
}

/** Makes the first `times` tries fail with `fail(route)`; later ones reach
 *  the receiver. Returns the count of tries, kept up to date. */
async function failFirst(t, times, fail) {
  const tries = { count: 0 };
  await t.page.route('**/api/submissions', (route) => {
    tries.count += 1;
    return tries.count <= times ? fail(route) : route.continue();
  });
  return tries;
}

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

export default [
  {
    name: 'refused connections are retried until the receiver takes it, stored once',
    async run(t) {
      t.allow(/ERR_CONNECTION_REFUSED|Failed to load resource/);
      const tries = await failFirst(t, 2, (route) =>
        route.abort('connectionrefused'));
      const requests = countRequests(t);
      await toCheck(t);
      await pressSend(t);
      const reference = await confirmation(t);
      const stored = await storedOnce(t, reference);
      if (tries.count !== 3) throw new Error(`expected 3 tries, saw ${tries.count}`);
      sameKeyEveryTry(requests, stored, 3);
    },
  },
  {
    name: 'a 500 is retried and the person is told; stored once',
    async run(t) {
      t.allow(/HTTP 500|Failed to load resource/);
      const tries = await failFirst(t, 1, (route) =>
        route.fulfill({ status: 500, json: { error: 'boom' } }));
      const seen = await recordMessages(t);
      await toCheck(t);
      await pressSend(t);
      const reference = await confirmation(t);
      await storedOnce(t, reference);
      if (tries.count !== 2) throw new Error(`expected 2 tries, saw ${tries.count}`);
      // The first wait is under a second: the status and the announcement are
      // recorded as they happen, not looked for afterwards.
      const told = 'The council’s system had a problem. Trying again in 1 second.';
      const { status, live } = await seen();
      if (!status.includes(told)) throw new Error(`the status shown was ${JSON.stringify(status)}`);
      if (!live.includes(told)) throw new Error(`the live region announced ${JSON.stringify(live)}`);
    },
  },
  {
    name: 'a 503 with Retry-After is waited out, and the wait is shown and announced',
    async run(t) {
      t.allow(/HTTP 503|Failed to load resource/);
      await failFirst(t, 1, (route) =>
        route.fulfill({ status: 503, headers: { 'retry-after': '3' }, json: { error: 'maintenance' } }));
      const requests = countRequests(t);
      await toCheck(t);
      await pressSend(t);
      await t.page.waitForFunction(() =>
        document.querySelector('.redress-send-status')?.textContent.replace(/[\u2068\u2069]/g, '').includes('Trying again in 3 seconds'));
      const live = await t.text('#redress-live-region');
      if (!live.includes('The council’s system had a problem. Trying again in 3 seconds.')) throw new Error(`announced: ${live}`);
      // The character count typed on an earlier page waits for a pause in
      // typing (a second) before it is read out: once the page is left, it
      // never is, so it cannot talk over the wait.
      await sleep(1200);
      const after = await t.text('#redress-live-region');
      if (!after.includes('Trying again in')) throw new Error(`announced over the wait: ${after}`);
      await t.check('waiting to try again');
      const reference = await confirmation(t);
      await storedOnce(t, reference);
      const waited = requests[1].at - requests[0].at;
      if (waited < 2900) throw new Error(`Retry-After: 3 was not honoured: the retry came after ${waited} ms`);
    },
  },
  {
    name: 'an answer slower than the timeout, after the receiver stored it, is not stored twice',
    async run(t) {
      await configure(t, { timeout_seconds: 2 });
      let calls = 0;
      await t.page.route('**/api/submissions', async (route) => {
        calls += 1;
        if (calls > 1) return route.continue();
        // The receiver stores it, but the answer arrives after the wizard gave up waiting.
        const response = await route.fetch();
        await sleep(3000);
        await route.fulfill({ response }).catch(() => {});
      });
      const requests = countRequests(t);
      await toCheck(t);
      const before = (await t.submissions()).length;
      await pressSend(t);
      const reference = await confirmation(t);
      const after = (await t.submissions()).length;
      if (after !== before + 1) throw new Error(`${after - before} submissions were stored, not 1`);
      const stored = await storedOnce(t, reference);
      if (calls < 2) throw new Error('the timed-out try was not retried');
      sameKeyEveryTry(requests, stored, calls);
    },
  },
  {
    name: 'offline, it waits in the outbox and goes when the browser is back online',
    async run(t) {
      const requests = countRequests(t);
      await toCheck(t);
      const before = (await t.submissions()).length;
      await t.context.setOffline(true);
      await pressSend(t);
      await t.page.waitForFunction(() =>
        document.querySelector('.redress-send-status')?.textContent.includes('You are offline'));
      await sleep(1500);
      if (requests.length !== 0) throw new Error(`${requests.length} sends were tried while offline`);
      if ((await t.submissions()).length !== before) throw new Error('something was stored while offline');
      await t.check('offline');
      await t.context.setOffline(false);
      const reference = await confirmation(t);
      await storedOnce(t, reference);
    },
  },
  {
    name: 'a reload while a send is waiting carries on with the same submission',
    async run(t) {
      t.allow(/ERR_CONNECTION_REFUSED|Failed to load resource/);
      await failFirst(t, 1, (route) =>
        route.abort('connectionrefused'));
      const requests = countRequests(t);
      await toCheck(t);
      await pressSend(t);
      await t.page.waitForFunction(() =>
        document.querySelector('.redress-send-status')?.textContent.includes('Trying again'));
      await t.page.reload();
      const reference = await confirmation(t);
      const stored = await storedOnce(t, reference);
      sameKeyEveryTry(requests, stored, 2);
    },
  },
  {
    name: 'a receiver’s own reference replaces the wizard’s',
    async run(t) {
      await t.page.route('**/api/submissions', (route) =>
        route.fulfill({ status: 201, json: { reference: 'EXC-2026-000123' } }));
      await toCheck(t);
      await pressSend(t);
      const reference = await confirmation(t);
      if (reference !== 'EXC-2026-000123') throw new Error(`shown: ${reference}`);
    },
  },
  {
    name: 'a refusal is final: nothing is lost, a copy can be downloaded or emailed',
    async run(t) {
      t.allow(/HTTP 422|Failed to load resource/);
      let calls = 0;
      await t.page.route('**/api/submissions', (route) => {
        calls += 1;
        return route.fulfill({ status: 422, json: { error: 'no' } });
      });
      await toCheck(t);
      await pressSend(t);
      await t.page.locator('#send-problem-title').waitFor();
      await t.check('send failed');
      if (calls !== 1) throw new Error(`a 422 was retried (${calls} tries)`);
      if ((await t.page.locator('button:has-text("Try again")').count()) !== 0) throw new Error('Try again offered for a refusal');
      const copy = t.page.locator('a:has-text("Download a copy of your answers")');
      const name = await copy.getAttribute('download');
      if (!/^RDX-[0-9A-Z]{4}-[0-9A-Z]{4}\.txt$/.test(name)) throw new Error(`download name: ${name}`);
      const text = decodeURIComponent((await copy.getAttribute('href')).split(',')[1]);
      for (const part of [TYPED.service, TYPED.message.split('\n')[0], TYPED.email, name.replace('.txt', '')]) {
        if (!text.includes(part)) throw new Error(`the copy lacks ${part}:\n${text}`);
      }
      const mail = await t.page.locator('a:has-text("Send it by email instead")').getAttribute('href');
      if (!mail.startsWith('mailto:complaints@example.org?subject=Comment%20or%20suggestion%20RDX-')) throw new Error(`mailto: ${mail}`);
      if (!decodeURIComponent(mail).includes(TYPED.message.replace('\n', '\r\n'))) throw new Error('the email lacks the message');
      if (await t.page.locator('#service').count()) throw new Error('left the check page');
    },
  },
  {
    name: 'asked to wait too long, the person can try again later; the same id is kept',
    async run(t) {
      t.allow(/HTTP 429|Failed to load resource/);
      await failFirst(t, 1, (route) =>
        route.fulfill({ status: 429, headers: { 'retry-after': '3600' }, json: {} }));
      const requests = countRequests(t);
      await toCheck(t);
      await pressSend(t);
      await t.page.locator('#send-problem-title').waitFor();
      const problem = await t.text('.redress-error-summary');
      if (!problem.includes('busy')) throw new Error(`problem shown: ${problem}`);
      await t.tabTo('button:has-text("Try again")');
      await t.page.keyboard.press('Enter');
      const reference = await confirmation(t);
      const stored = await storedOnce(t, reference);
      sameKeyEveryTry(requests, stored, 2);
    },
  },
  {
    name: 'the form adapter posts every field form-encoded to the endpoint exactly as configured, with the configured headers',
    async run(t) {
      // A flow's trigger, signed in its query: called exactly as configured.
      const endpoint = '/flow/complaints?api-version=2016-06-01&sp=%2Ftriggers%2Fmanual%2Frun&sig=a%2Bb';
      await configure(t, { adapter: 'form', endpoint, headers: { 'X-Council-Flow': 'exampleshire' } });
      let request = null;
      await t.page.route((url) => url.pathname === '/flow/complaints', (route) => {
        request = route.request();
        return route.fulfill({ status: 200, json: { reference: 'FLOW-42' } });
      });
      await toCheck(t);
      await pressSend(t);
      const reference = await confirmation(t);
      if (reference !== 'FLOW-42') throw new Error(`shown: ${reference}`);
      if (request.url() !== new URL(endpoint, t.baseUrl).href) throw new Error(`called ${request.url()}, not ${endpoint}`);
      const headers = request.headers();
      if (headers['content-type'] !== 'application/x-www-form-urlencoded') throw new Error(`type ${headers['content-type']}`);
      if (headers['x-council-flow'] !== 'exampleshire') throw new Error('the configured header was not sent');
      const fields = new URLSearchParams(request.postData());
      if (fields.get('answers.message') !== TYPED.message) throw new Error(`message: ${fields.get('answers.message')}`);
      if (fields.get('answers.contact.methods.1') !== 'phone') throw new Error('methods not flattened');
      const payload = JSON.parse(fields.get('payload'));
      if (payload.id !== headers['idempotency-key'] || payload.answers.contact.email !== TYPED.email) throw new Error('payload field');
    },
  },
  {
    name: 'the email adapter opens an email with the answers, and the answers stay until the person says it has gone',
    async run(t) {
      await configure(t, { adapter: 'email', email: 'feedback@example.org' });
      await t.page.route('**/api/submissions', (route) => route.abort());
      await toCheck(t);
      const link = t.page.locator('main a.redress-button');
      const href = await link.getAttribute('href');
      if (!href.startsWith('mailto:feedback@example.org?subject=Comment%20or%20suggestion%20RDX-')) throw new Error(href);
      const body = decodeURIComponent(href.split('&body=')[1]);
      for (const part of [TYPED.service, TYPED.name, TYPED.email]) {
        if (!body.includes(part)) throw new Error(`the email lacks ${part}`);
      }
      if (await t.page.locator('main .redress-inset:has-text("too long")').count()) throw new Error('a short email is said to be too long');
      // Opening mailto: would leave the page; the app reacts to the click itself.
      await t.page.evaluate(() => {
        document.querySelector('main a.redress-button').addEventListener('click', (e) => e.preventDefault());
      });
      await t.tabTo('main a.redress-button');
      await t.page.keyboard.press('Enter');
      // Opening the email is not sending it: the answers are still here.
      await t.page.waitForTimeout(300);
      if ((await t.text('h1')) !== 'Check your answers before sending') throw new Error('opening the email left the check page');
      const kept = await t.page.evaluate(() => sessionStorage.getItem('redress.journey') ?? '');
      if (!kept.includes(TYPED.service)) throw new Error('opening the email cleared the answers');
      await t.tabTo('main button:has-text("I have sent the email")');
      await t.page.keyboard.press('Enter');
      const reference = await confirmation(t);
      if (!href.includes(encodeURIComponent(reference))) throw new Error('the email and the page show different references');
      const note = await t.text('.redress-warning');
      if (!note.includes('when your email arrives') || !note.includes('feedback@example.org')) throw new Error(`note: ${note}`);
    },
  },
  {
    name: 'answers too long for an email link: the email has their start and asks for the downloaded copy',
    async run(t) {
      await configure(t, { adapter: 'email', email: 'feedback@example.org' });
      await t.page.route('**/api/submissions', (route) => route.abort());
      // Four thousand characters, Welsh and English, some outside ASCII.
      const message = 'Mae’r meinciau wedi torri. The benches are broken. '.repeat(80).trim();
      await toCheck(t, message);
      await t.check('check your answers, too long for an email link');
      const href = await t.page.locator('main a.redress-button').getAttribute('href');
      if (href.length > 2000) throw new Error(`the mailto: link is ${href.length} characters long`);
      const body = decodeURIComponent(href.split('&body=')[1]);
      if (!body.includes(message.slice(0, 200))) throw new Error('the email lacks the start of the message');
      if (!body.endsWith('[My answers are too long for one email link: the rest is in the copy I have attached.]')) throw new Error(`the email does not end by pointing to the copy: ${body.slice(-200)}`);
      const notice = await t.text('main .redress-inset');
      if (!notice.includes('attach it to the email')) throw new Error(`notice: ${notice}`);
      const copy = decodeURIComponent((await t.page.locator('main a:has-text("Download a copy of your answers")').getAttribute('href')).split(',')[1]);
      if (!copy.includes(message)) throw new Error('the downloaded copy lacks the whole message');
    },
  },
];
