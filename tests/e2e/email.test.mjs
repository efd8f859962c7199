// The reference receiver emailing the council's complaints team, through a
// real SMTP server on a loopback port (the npm `smtp-server` package, which
// insists on authentication), each message read back with `mailparser` and
// its calendar file with Mozilla's `ical.js`: apart from the receiver's
// Rust. A complaint made in the wizard in Arabic arrives with what must not
// be missed first and the person's own words intact, and the person is
// acknowledged in Arabic (and, in another test, in Welsh) with the dates
// the confirmation page showed; with the server down and then refusing,
// every submission still arrives exactly once.
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { isDeepStrictEqual } from 'node:util';

import ICAL from 'ical.js';
import { simpleParser } from 'mailparser';
import { SMTPServer } from 'smtp-server';

import { startReceiver } from '../../scripts/receiver.mjs';
import { freePort, stripIsolates } from './harness.mjs';
import { generalComplaint } from './routes.mjs';
import { post, submission } from './submissions.mjs';

const USER = 'redress-relay';
const PASSWORD = 'p@ss word:/1';
const FROM = 'complaints-noreply@example.gov.uk';
const TEAM = 'complaints@example.gov.uk';

const TLS_FILES = join(dirname(fileURLToPath(import.meta.url)), 'fixtures', 'tls');

/**
 * An SMTP server on `port` that takes mail only after AUTH with USER and
 * PASSWORD. `refuse(parsed)` may answer a message with an SMTP code (451
 * for "later", 550 for "never"), or 'hold' it unanswered, as a server
 * still writing it to disk; every message taken is kept, parsed, with
 * whether it came encrypted. `tls`: 'tls' from the first byte, 'starttls'
 * (no login before it), or unencrypted (on loopback only).
 */
async function smtpTarget(port, refuse = () => null, tls = null) {
  const state = { taken: [], refused: [], held: [], errors: [], logins: 0 };
  const encrypted = tls
    ? {
      key: await readFile(join(TLS_FILES, 'server.key')),
      cert: await readFile(join(TLS_FILES, 'server.pem')),
      secure: tls === 'tls',
    }
    : { allowInsecureAuth: true, disabledCommands: ['STARTTLS'] };
  const server = new SMTPServer({
    authMethods: ['PLAIN', 'LOGIN'],
    ...encrypted,
    logger: false,
    onAuth(auth, _session, callback) {
      if (auth.username !== USER || auth.password !== PASSWORD) {
        callback(new Error('Invalid username or password'));
        return;
      }
      state.logins += 1;
      callback(null, { user: auth.username });
    },
    onData(stream, session, callback) {
      const chunks = [];
      stream.on('data', (chunk) => chunks.push(chunk));
      stream.on('end', async () => {
        const raw = Buffer.concat(chunks);
        const parsed = await simpleParser(raw);
        const code = refuse(parsed);
        if (code === 'hold') {
          state.held.push(parsed.messageId);
          return;
        }
        if (code) {
          state.refused.push({ code, messageId: parsed.messageId });
          const error = new Error(code >= 500 ? 'Mailbox not allowed' : 'Try again later');
          error.responseCode = code;
          callback(error);
          return;
        }
        state.taken.push({ parsed, envelope: session.envelope, user: session.user, secure: session.secure });
        callback(null);
      });
    },
  });
  // A client gone mid-message (the receiver killed) is a connection
  // error, not the test's.
  server.on('error', (error) => state.errors.push(error));
  await new Promise((resolve) => server.listen(port, '127.0.0.1', resolve));
  return { state, close: () => new Promise((resolve) => server.close(resolve)) };
}

const here = dirname(fileURLToPath(import.meta.url));
const PERSON = 'ann@example.org';

function receiverEnv(port, more = {}, url = `smtp://{credentials}@127.0.0.1:${port}`) {
  return {
    REDRESS_SMTP_URL: url.replace('{credentials}', `${encodeURIComponent(USER)}:${encodeURIComponent(PASSWORD)}`),
    REDRESS_EMAIL_FROM: `Complaints <${FROM}>`,
    REDRESS_TEAM_EMAIL: TEAM,
    REDRESS_DELIVERY_BACKOFF: '1',
    ...more,
  };
}

/** The message `id` as `lang`'s file writes it (one line, no variables). */
async function message(lang, id) {
  const text = await readFile(join(here, '..', '..', 'locales', `${lang}.ftl`), 'utf8');
  return new RegExp(`^${id} = (.*)$`, 'm').exec(text)[1];
}

/** The emails to `address` the server took. */
function to(smtp, address) {
  return smtp.state.taken.filter((m) => m.envelope.rcptTo.some((r) => r.address === address));
}

/**
 * The acknowledgement `smtp` took for the complaint `stored`, checked: in
 * `lang` (`dir`), to the person, replies to the council, plain text and
 * HTML with the reference and the confirmation's words, none of their
 * answers. Resolves to its text.
 */
async function checkAcknowledgement(smtp, stored, lang, dir) {
  const mails = to(smtp, PERSON);
  if (mails.length !== 1) throw new Error(`${mails.length} acknowledgements`);
  const { parsed } = mails[0];
  const { reference, id } = stored.submission;
  const heading = await message(lang, 'confirmation-heading-complaint');
  if (!parsed.subject.startsWith(heading) || !parsed.subject.endsWith(reference)) {
    throw new Error(`subject ${JSON.stringify(parsed.subject)}, not "${heading}" and ${reference}`);
  }
  if (parsed.replyTo?.value[0]?.address !== 'complaints@example.org') throw new Error(`Reply-To ${parsed.replyTo?.text}`);
  if (parsed.to.value[0].name !== 'Ann Lee') throw new Error(`To ${parsed.to.text}`);
  if (parsed.messageId !== `<${id}.acknowledgement@example.gov.uk>`) throw new Error(`Message-ID ${parsed.messageId}`);
  if (!parsed.html.includes(`<html lang="${lang}" dir="${dir}">`)) throw new Error(`the HTML is not marked ${lang}, ${dir}`);
  for (const part of [parsed.text, parsed.html]) {
    for (const id of ['confirmation-reference', 'confirmation-next-heading']) {
      const words = await message(lang, id);
      if (!part.includes(words)) throw new Error(`${JSON.stringify(words)} not in the acknowledgement:\n${part}`);
    }
    if (!part.includes(reference) || !part.includes('0113 496 0000')) throw new Error(`no reference or phone number:\n${part}`);
    if (part.includes('Housing repairs')) throw new Error('the acknowledgement quotes their answers');
  }
  return parsed.text;
}

async function until(what, done, seconds = 60) {
  const end = Date.now() + seconds * 1000;
  while (Date.now() < end) {
    if (await done()) return;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`timed out waiting for ${what}`);
}

/** The attachment named `name`, or an error naming what there is. */
function attachment(parsed, name) {
  const found = parsed.attachments.find((a) => a.filename === name);
  if (!found) throw new Error(`no ${name} attached: ${parsed.attachments.map((a) => a.filename).join(', ')}`);
  return found;
}

/** The due dates of the timeline's dated milestones, in order. */
function dueDates(stored) {
  return stored.timeline.stages
    .flatMap((stage) => stage.milestones)
    .filter((milestone) => milestone.when.status === 'dated')
    .map((milestone) => milestone.when.due);
}

/**
 * A complaint made in the wizard in `lang`, sent to a receiver emailing the
 * team and acknowledging the person through a real SMTP server; `onPage`
 * and `options` as `generalComplaint` takes them. Runs `check({ smtp,
 * stored, reference })` once both emails are taken and marked sent, then
 * stops the receiver and the server.
 */
async function complainIn(t, lang, { onPage, options }, check) {
  const port = await freePort();
  const smtp = await smtpTarget(port);
  const dataDir = await mkdtemp(join(tmpdir(), 'redress-email-'));
  const receiver = await startReceiver({ dataDir, env: receiverEnv(port, { REDRESS_ACKNOWLEDGE: 'on' }), args: ['--rate-limit', '0'] });
  t.baseUrl = receiver.url;
  try {
    await t.goto(`/?lang=${lang}`);
    await t.page.waitForFunction((tag) => document.documentElement.lang === tag, lang);
    const reference = await generalComplaint(t, onPage, options);
    await until('the team email and the acknowledgement', () => smtp.state.taken.length >= 2);
    const [stored] = await receiver.kept();
    if (stored.reference !== reference) throw new Error(`stored ${stored.reference}, shown ${reference}`);
    await until('both deliveries marked sent', async () =>
      (await receiver.kept())[0].deliveries.map((d) => `${d.target} ${d.state}`).sort().join() === 'acknowledgement sent,team-email sent');
    await check({ smtp, stored, reference });
    if (smtp.state.taken.length !== 2) throw new Error(`${smtp.state.taken.length} emails for one complaint`);
  } finally {
    await receiver.stop();
    await smtp.close();
    await rm(dataDir, { recursive: true, force: true });
  }
}

export default [
  {
    name: 'a complaint made in Arabic reaches the team by email (support first, their words intact, the payload and a calendar that parses) and the person in Arabic',
    async run(t) {
      const { page } = t;
      const words = 'لم يُصلَح السقف منذ ثلاثة أشهر، والماء يتسرب إلى غرفة الأطفال.';
      const onPage = async (label) => {
        if (label !== 'support') return;
        // An interpreter, in Arabic: what the team must see first.
        await t.tabTo('input[type=checkbox][name="support"]');
        await page.keyboard.press('Space');
        await t.type('#interpreter-language', 'العربية');
      };
      await complainIn(t, 'ar', { onPage, options: { whatHappened: words } }, async ({ smtp, stored, reference }) => {
        const [{ parsed, envelope, user }] = to(smtp, TEAM);
        const { submission: sent } = stored;

        if (user !== USER) throw new Error(`sent as ${user}`);
        if (envelope.mailFrom.address !== FROM || envelope.rcptTo.map((r) => r.address).join() !== TEAM) {
          throw new Error(`envelope ${JSON.stringify(envelope)}`);
        }
        const subject = `Complaint ${reference}: ${sent.routing.procedure_name}`;
        if (parsed.subject !== subject) throw new Error(`subject ${JSON.stringify(parsed.subject)}, not ${subject}`);
        if (parsed.messageId !== `<${sent.id}.team@example.gov.uk>`) throw new Error(`Message-ID ${parsed.messageId}`);

        const text = parsed.text;
        const at = (needle) => {
          const found = text.indexOf(needle);
          if (found < 0) throw new Error(`${JSON.stringify(needle)} not in the email:\n${text}`);
          return found;
        };
        at('in Arabic.');
        if (!(at('SUPPORT NEEDED') < at('\nDates\n') && at('\nDates\n') < at('Their answers, in English'))) {
          throw new Error(`support needs, dates and answers out of order:\n${text}`);
        }
        at('Interpreter: العربية');
        at(words);
        // Then every answer as they saw it, in Arabic, for an interpreter:
        // their words said once.
        const theirs = at('Their answers as they saw them, in Arabic\n');
        if (!(at('Their answers, in English') < theirs && at(words) < theirs)) throw new Error(`the answers in Arabic are not last:\n${text}`);
        const arabic = text.slice(theirs);
        for (const id of ['kind-question', 'kind-complaint', 'what-happened-question']) {
          const line = await message('ar', id);
          if (!arabic.includes(line)) throw new Error(`${JSON.stringify(line)} not in their answers in Arabic:\n${arabic}`);
        }
        if (!arabic.includes('(the same as in English above)') || arabic.includes(words)) {
          throw new Error(`their words are not said once:\n${text}`);
        }
        for (const due of dueDates(sent)) {
          const written = new Date(`${due}T12:00:00Z`).toLocaleDateString('en-GB', {
            weekday: 'long', day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC',
          });
          at(`by ${written}`);
        }

        const json = attachment(parsed, `${reference}.json`);
        if (json.contentType !== 'application/json') throw new Error(`the payload is ${json.contentType}`);
        if (!isDeepStrictEqual(JSON.parse(json.content.toString('utf8')), sent)) {
          throw new Error('the attached payload is not the one stored');
        }
        const ics = attachment(parsed, `${reference}.ics`);
        if (ics.contentType !== 'text/calendar') throw new Error(`the calendar is ${ics.contentType}`);
        const calendar = new ICAL.Component(ICAL.parse(ics.content.toString('utf8')));
        const events = calendar.getAllSubcomponents('vevent').map((event) => new ICAL.Event(event));
        const days = events.map((event) => event.startDate.toString());
        if (!isDeepStrictEqual(days, dueDates(sent))) {
          throw new Error(`the calendar's days ${days} are not the timeline's ${dueDates(sent)}`);
        }
        if (!events.every((event) => event.summary.includes(reference))) throw new Error('an event does not name the reference');
        // The person, in Arabic: the dates as the confirmation page showed them.
        const shown = stripIsolates(await page.locator('.redress-timeline').innerText());
        const acknowledgement = await checkAcknowledgement(smtp, stored, 'ar', 'rtl');
        const firstDate = /: ([^\n:]*\d[^\n]*)/u.exec(shown)?.[1]?.trim();
        if (!firstDate || !acknowledgement.includes(firstDate)) {
          throw new Error(`the confirmation's first date ${JSON.stringify(firstDate)} is not in the acknowledgement:\n${acknowledgement}`);
        }
      });
    },
  },
  {
    name: 'a complaint made in Welsh is acknowledged in Welsh, its dates written the Welsh way',
    async run(t) {
      await complainIn(t, 'cy', {}, async ({ smtp, stored }) => {
        const text = await checkAcknowledgement(smtp, stored, 'cy', 'ltr');
        // As CLDR writes Welsh dates (Node's Intl has the full data; the
        // browser here writes Welsh dates in English).
        const due = dueDates(stored.submission)[0];
        const welsh = new Intl.DateTimeFormat('cy', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' })
          .format(new Date(`${due}T12:00:00Z`));
        if (!text.includes(welsh)) throw new Error(`${welsh} not in the acknowledgement:\n${text}`);
      });
    },
  },
  {
    name: 'with the mail server down, then refusing for a while, every submission reaches the team exactly once; one refused for good is marked failed',
    async run() {
      const port = await freePort();
      const dataDir = await mkdtemp(join(tmpdir(), 'redress-email-down-'));
      let receiver = await startReceiver({ dataDir, env: receiverEnv(port), args: ['--rate-limit', '0'] });
      let smtp = null;
      try {
        const sent = [];
        for (let n = 0; n < 6; n += 1) {
          const body = submission(100 + n);
          if (![200, 201].includes(await post(receiver.url, body))) throw new Error('a submission was refused');
          sent.push(body);
        }
        // Nothing listens: every delivery waits, pending, with the reason.
        await until('every delivery tried and waiting', async () => {
          const kept = await receiver.kept();
          return kept.length === 6 && kept.every((k) => k.deliveries[0].state === 'pending' && k.deliveries[0].attempts >= 1);
        });
        const waiting = (await receiver.kept())[0].deliveries[0];
        if (waiting.target !== 'team-email' || !/^not taken by smtp:\/\/127\.0\.0\.1:\d+/.test(waiting.last_error)) {
          throw new Error(`the listing says ${JSON.stringify(waiting)}`);
        }
        if (waiting.last_error.includes(PASSWORD) || waiting.last_error.includes(USER)) throw new Error('the listing shows the credentials');
        // A restart loses nothing owed.
        await receiver.kill();
        receiver = await startReceiver({ dataDir, env: receiverEnv(port), args: ['--rate-limit', '0'] });
        // Up, but saying "later" to each message once, and "never" to one.
        const never = sent[4];
        const seen = new Set();
        smtp = await smtpTarget(port, (parsed) => {
          if (parsed.subject.endsWith(never.reference)) return 550;
          if (seen.has(parsed.messageId)) return null;
          seen.add(parsed.messageId);
          return 451;
        });
        await until('every delivery settled', async () => {
          const kept = await receiver.kept();
          return kept.every((k) => ['sent', 'failed'].includes(k.deliveries[0].state));
        });
        const kept = await receiver.kept();
        for (const body of sent) {
          const delivery = kept.find((k) => k.id === body.id).deliveries[0];
          const copies = smtp.state.taken.filter((m) => m.parsed.messageId === `<${body.id}.team@example.gov.uk>`);
          if (body === never) {
            if (delivery.state !== 'failed' || copies.length !== 0 || !delivery.last_error.startsWith('refused by')) {
              throw new Error(`the refused one: ${JSON.stringify(delivery)}, ${copies.length} taken`);
            }
            continue;
          }
          if (delivery.state !== 'sent') throw new Error(`${body.reference}: ${JSON.stringify(delivery)}`);
          if (copies.length !== 1) throw new Error(`${body.reference} arrived ${copies.length} times`);
          const payload = JSON.parse(attachment(copies[0].parsed, `${body.reference}.json`).content.toString('utf8'));
          if (!isDeepStrictEqual(payload, body)) throw new Error(`${body.reference} arrived altered`);
          if (copies[0].parsed.subject !== `Comment ${body.reference}`) throw new Error(`subject ${copies[0].parsed.subject}`);
        }
        const later = smtp.state.refused.filter((r) => r.code === 451).length;
        if (later !== 5) throw new Error(`${later} messages were told "later", not 5`);
        console.log(`     5 delivered after the server came up and said "later" once to each; 1 refused for good`);
      } finally {
        await receiver.stop();
        await smtp?.close();
        await rm(dataDir, { recursive: true, force: true });
      }
    },
  },
  {
    name: 'the receiver killed while the mail server is taking a message: after a restart it arrives once',
    async run() {
      const port = await freePort();
      const dataDir = await mkdtemp(join(tmpdir(), 'redress-email-killed-'));
      // The first message is held unanswered, as a slow server would.
      let holding = true;
      const smtp = await smtpTarget(port, () => (holding ? 'hold' : null));
      let receiver = await startReceiver({ dataDir, env: receiverEnv(port), args: ['--rate-limit', '0'] });
      try {
        const body = submission(200);
        if (![200, 201].includes(await post(receiver.url, body))) throw new Error('the submission was refused');
        const messageId = `<${body.id}.team@example.gov.uk>`;
        await until('the message under way', () => smtp.state.held.length === 1);
        if (smtp.state.held[0] !== messageId) throw new Error(`held ${smtp.state.held[0]}`);
        // Killed mid-send: the delivery is still owed.
        await receiver.kill();
        holding = false;
        receiver = await startReceiver({ dataDir, env: receiverEnv(port), args: ['--rate-limit', '0'] });
        await until('the delivery marked sent', async () => (await receiver.kept())[0].deliveries[0].state === 'sent');
        const copies = smtp.state.taken.filter((m) => m.parsed.messageId === messageId);
        if (copies.length !== 1 || smtp.state.taken.length !== 1) {
          throw new Error(`${copies.length} copies taken, ${smtp.state.taken.length} messages in all`);
        }
        const payload = JSON.parse(attachment(copies[0].parsed, `${body.reference}.json`).content.toString('utf8'));
        if (!isDeepStrictEqual(payload, body)) throw new Error('it arrived altered');
      } finally {
        await receiver.stop();
        await smtp.close();
        await rm(dataDir, { recursive: true, force: true });
      }
    },
  },
  {
    name: 'email crosses to a relay with the council\'s own certificate authority encrypted, by TLS and by STARTTLS, and to no server it cannot verify',
    async run() {
      const dataDir = await mkdtemp(join(tmpdir(), 'redress-email-tls-'));
      const ca = { REDRESS_SMTP_CA_FILE: join(TLS_FILES, 'ca.pem') };
      const cases = [
        ['tls', (port) => `smtps://{credentials}@127.0.0.1:${port}`],
        ['starttls', (port) => `smtp://{credentials}@127.0.0.1:${port}?tls=required`],
      ];
      try {
        for (const [n, [how, url]] of cases.entries()) {
          const port = await freePort();
          const smtp = await smtpTarget(port, () => null, how);
          const dir = join(dataDir, how);
          // Without the authority, the server's certificate is not trusted:
          // nothing is sent, and the listing says why.
          let receiver = await startReceiver({ dataDir: dir, env: receiverEnv(port, {}, url(port)), args: ['--rate-limit', '0'] });
          try {
            const body = submission(300 + n);
            if (![200, 201].includes(await post(receiver.url, body))) throw new Error('the submission was refused');
            await until(`${how}: an attempt refused`, async () => (await receiver.kept())[0].deliveries[0].attempts >= 1);
            const waiting = (await receiver.kept())[0].deliveries[0];
            if (waiting.state !== 'pending' || !/certificate/i.test(waiting.last_error) || smtp.state.taken.length !== 0) {
              throw new Error(`${how}, not trusted: ${JSON.stringify(waiting)}, ${smtp.state.taken.length} taken`);
            }
            await receiver.stop();
            // With it, the same delivery goes, encrypted, after the login.
            receiver = await startReceiver({ dataDir: dir, env: receiverEnv(port, ca, url(port)), args: ['--rate-limit', '0'] });
            await until(`${how}: the delivery marked sent`, async () => (await receiver.kept())[0].deliveries[0].state === 'sent');
            const [taken] = smtp.state.taken;
            if (smtp.state.taken.length !== 1 || !taken.secure || taken.user !== USER) {
              throw new Error(`${how}: ${smtp.state.taken.length} taken, secure ${taken?.secure}, as ${taken?.user}`);
            }
            if (taken.parsed.messageId !== `<${body.id}.team@example.gov.uk>`) throw new Error(`${how}: ${taken.parsed.messageId}`);
          } finally {
            await receiver.stop();
            await smtp.close();
          }
        }
      } finally {
        await rm(dataDir, { recursive: true, force: true });
      }
    },
  },
  {
    name: 'the files a submission brings go to the team attached to its email, byte for byte, after a refused send of the submission before them',
    async run() {
      const port = await freePort();
      const smtp = await smtpTarget(port);
      const dataDir = await mkdtemp(join(tmpdir(), 'redress-email-files-'));
      const receiver = await startReceiver({ dataDir, env: receiverEnv(port), args: ['--rate-limit', '0'] });
      try {
        const letter = Buffer.from('%PDF-1.7\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n%%EOF\n');
        const notes = Buffer.from('Missed collections: 3, 10 and 17 November.\nمذكرة\n');
        const files = [['letter.pdf', 'application/pdf', letter], ['ملاحظات.txt', 'text/plain; charset=utf-8', notes]];
        const sha = (bytes) => createHash('sha256').update(bytes).digest('hex');
        const body = {
          ...submission(400),
          attachments: files.map(([name, type, bytes]) => ({ name, media_type: type, size: bytes.length, sha256: sha(bytes) })),
        };
        // The submission before its files: refused, naming them.
        const early = await fetch(`${receiver.url}/api/submissions`, {
          method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body),
        });
        const missing = (await early.json()).missing;
        if (early.status !== 422 || !isDeepStrictEqual(missing, files.map(([, , bytes]) => sha(bytes)))) {
          throw new Error(`sent before its files: ${early.status}, missing ${missing}`);
        }
        for (const [, , bytes] of files) {
          const put = await fetch(`${receiver.url}/api/submissions/${body.id}/attachments/${sha(bytes)}`, { method: 'PUT', body: bytes });
          if (put.status !== 201) throw new Error(`a file was answered ${put.status}: ${await put.text()}`);
        }
        if (await post(receiver.url, body) !== 201) throw new Error('the submission was refused with its files there');
        await until('the team email', () => smtp.state.taken.length === 1);
        const [{ parsed }] = smtp.state.taken;
        for (const [name, type, bytes] of files) {
          const found = attachment(parsed, name);
          if (found.contentType !== type.split(';')[0] || !found.content.equals(bytes)) {
            throw new Error(`${name} arrived as ${found.contentType}, ${found.content.length} bytes`);
          }
        }
        if (!parsed.text.includes('Files they attached (2), attached to this email\n  letter.pdf (application/pdf, 1 KB)')) {
          throw new Error(`the files are not listed:\n${parsed.text}`);
        }
      } finally {
        await receiver.stop();
        await smtp.close();
        await rm(dataDir, { recursive: true, force: true });
      }
    },
  },
];
