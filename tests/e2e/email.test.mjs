// The reference receiver emailing the council's complaints team, through a
// real SMTP server on a loopback port (the npm `smtp-server` package, which
// insists on authentication), each message read back with `mailparser` and
// its calendar file with Mozilla's `ical.js`: apart from the receiver's
// Rust. A complaint made in the wizard in Arabic arrives with what must not
// be missed first and the person's own words intact; with the server down
// and then refusing, every submission still arrives exactly once.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { isDeepStrictEqual } from 'node:util';

import ICAL from 'ical.js';
import { simpleParser } from 'mailparser';
import { SMTPServer } from 'smtp-server';

import { startReceiver } from '../../scripts/receiver.mjs';
import { freePort } from './harness.mjs';
import { generalComplaint } from './routes.mjs';
import { post, submission } from './submissions.mjs';

const USER = 'redress-relay';
const PASSWORD = 'p@ss word:/1';
const FROM = 'complaints-noreply@example.gov.uk';
const TEAM = 'complaints@example.gov.uk';

/**
 * An SMTP server on `port` that takes mail only after AUTH with USER and
 * PASSWORD. `refuse(parsed)` may answer a message with an SMTP code (451
 * for "later", 550 for "never"); every message taken is kept, parsed.
 */
async function smtpTarget(port, refuse = () => null) {
  const state = { taken: [], refused: [], logins: 0 };
  const server = new SMTPServer({
    authMethods: ['PLAIN', 'LOGIN'],
    // On this machine only: the receiver sends unencrypted to loopback.
    allowInsecureAuth: true,
    disabledCommands: ['STARTTLS'],
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
        if (code) {
          state.refused.push({ code, messageId: parsed.messageId });
          const error = new Error(code >= 500 ? 'Mailbox not allowed' : 'Try again later');
          error.responseCode = code;
          callback(error);
          return;
        }
        state.taken.push({ parsed, envelope: session.envelope, user: session.user });
        callback(null);
      });
    },
  });
  await new Promise((resolve) => server.listen(port, '127.0.0.1', resolve));
  return { state, close: () => new Promise((resolve) => server.close(resolve)) };
}

function receiverEnv(port) {
  return {
    REDRESS_SMTP_URL: `smtp://${encodeURIComponent(USER)}:${encodeURIComponent(PASSWORD)}@127.0.0.1:${port}`,
    REDRESS_EMAIL_FROM: `Complaints <${FROM}>`,
    REDRESS_TEAM_EMAIL: TEAM,
    REDRESS_DELIVERY_BACKOFF: '1',
  };
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

export default [
  {
    name: 'a complaint made in Arabic reaches the team by email: support first, their words intact, the payload and a calendar that parses',
    async run(t) {
      const { page } = t;
      const port = await freePort();
      const smtp = await smtpTarget(port);
      const dataDir = await mkdtemp(join(tmpdir(), 'redress-email-'));
      const receiver = await startReceiver({ dataDir, env: receiverEnv(port), args: ['--rate-limit', '0'] });
      t.baseUrl = receiver.url;
      const words = 'لم يُصلَح السقف منذ ثلاثة أشهر، والماء يتسرب إلى غرفة الأطفال.';
      try {
        await t.goto('/?lang=ar');
        await page.waitForFunction(() => document.documentElement.lang === 'ar');
        const reference = await generalComplaint(
          t,
          async (label) => {
            if (label !== 'support') return;
            // An interpreter, in Arabic: what the team must see first.
            await t.tabTo('input[type=checkbox][name="support"]');
            await page.keyboard.press('Space');
            await t.type('#interpreter-language', 'العربية');
          },
          { whatHappened: words },
        );
        await until('the team email', () => smtp.state.taken.length > 0);
        const [stored] = await receiver.kept();
        if (stored.reference !== reference) throw new Error(`stored ${stored.reference}, shown ${reference}`);
        await until('the delivery marked sent', async () => (await receiver.kept())[0].deliveries[0]?.state === 'sent');
        const [{ parsed, envelope, user }] = smtp.state.taken;
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
        if (smtp.state.taken.length !== 1) throw new Error(`${smtp.state.taken.length} emails for one complaint`);
      } finally {
        await receiver.stop();
        await smtp.close();
        await rm(dataDir, { recursive: true, force: true });
      }
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
];
