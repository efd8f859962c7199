// After the first answer (issue 17): a person who complained earlier asks
// for the next stage, chases a late answer, or learns when they can go to
// the Ombudsman, with the dates their procedure gives. The browser's clock
// is fixed at Friday 4 December 2026, 10:00 in the UK, so every date is
// known (each is what `redress-dates next` prints for the same answers).
// The journey is driven by ids and positions, so it runs in any language.
import { readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const TODAY = '2026-12-04T10:00:00Z';

// Positions of the answers on their pages.
const FOLLOW_UP = 3;
const TOPIC = { children: 0, adults: 1, other: 2 };
const STANDING = { waiting: 0, answered: 1, extended: 2 };
const LGSCO = ['tel:03000610614', 'https://www.lgo.org.uk'];

/** Opens the wizard at the fixed day, in `lang`, with `config` from examples/ if given. */
async function open(t, { lang = 'en-GB', config } = {}) {
  await t.page.clock.setFixedTime(new Date(TODAY));
  if (config) {
    const json = JSON.parse(await readFile(join(root, 'examples', config), 'utf8'));
    await t.page.route('**/config.json', (route) => route.fulfill({ json }));
  }
  await t.goto(lang === 'en-GB' ? '/' : `/?lang=${lang}`);
  await t.page.waitForFunction((tag) => document.documentElement.lang === tag, lang);
}

/** Types a date into the boxes with this id prefix: [day, month, year], day optional. */
async function typeDate(t, id, [day, month, year]) {
  if (day) await t.type(`#${id}-day`, day);
  await t.type(`#${id}-month`, month);
  await t.type(`#${id}-year`, year);
}

/**
 * From the start page to the follow-up's answer page: for oneself, about
 * `topic`, complained on `complained`, standing at the `stage`th stage.
 * `onPage(label)` runs on every page reached.
 */
async function toAnswer(t, { topic, complained, reference = '', standing, stage, stageDate, extendedTo, onPage = async () => {} }) {
  const next = async (label) => {
    await t.continue(label);
    await onPage(label);
  };
  await onPage('start');
  await next('kind');
  await t.chooseRadioAt('kind', FOLLOW_UP);
  await next('safety');
  await t.chooseRadioAt('at-risk', 1);
  await next('who');
  await t.chooseRadioAt('who', 0);
  await next('topic');
  await t.chooseRadioAt('topic', TOPIC[topic]);
  if (topic === 'adults') {
    await next('care');
    await t.chooseRadioAt('care', 0);
  }
  await next('earlier');
  if (reference) await t.type('#earlier-reference', reference);
  await typeDate(t, 'complained', complained);
  await next('standing');
  await t.chooseRadioAt('standing', STANDING[standing]);
  await next('earlier stage');
  await t.chooseRadioAt('earlier-stage', stage);
  if (stageDate) {
    await next('stage date');
    await typeDate(t, 'stage-date', stageDate);
  }
  if (extendedTo) {
    await next('extended to');
    await typeDate(t, 'extended-to', extendedTo);
  }
  await next('answer');
}

/** From the answer page, asking for the `request`th choice, to the confirmation. */
async function send(t, { request, unresolved, onPage = async () => {} }) {
  const next = async (label) => {
    await t.continue(label);
    await onPage(label);
  };
  await t.chooseRadioAt('request', request);
  if (unresolved) {
    await next('unresolved');
    await t.type('#unresolved', unresolved);
  }
  await next('support');
  await next('contact');
  await t.type('#full-name', 'Ann Lee');
  await t.tabTo('input[type=checkbox][name="contact-method"]');
  await t.page.keyboard.press('Space');
  await t.type('#email', 'ann@example.org');
  await next('check');
  await t.step(async () => {
    await t.tabTo('main button.redress-button:not(.redress-button--secondary):not(.redress-button--warning)');
    await t.page.keyboard.press('Enter');
  }, 'confirmation');
  await onPage('confirmation');
  const reference = await t.text('.redress-panel__reference');
  const stored = (await t.submissions()).filter((s) => s.reference === reference);
  // The receiver stores only what its schema accepts.
  if (stored.length !== 1) throw new Error(`expected one stored submission ${reference}, found ${stored.length}`);
  return stored[0];
}

/** `iso` (YYYY-MM-DD) as the page writes dates in English. */
function long(t, iso) {
  return t.page.evaluate((day) => new Intl.DateTimeFormat('en-GB', {
    weekday: 'long', day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC',
  }).format(new Date(`${day}T00:00:00Z`)), iso);
}

/** Each h2 of the main content with the paragraphs, list items and links
 *  after it, up to the next h2 or the form's question. */
async function sections(t) {
  return t.page.locator('main h2').evaluateAll((headings) => headings.map((heading) => {
    const shown = [heading.innerText.trim()];
    for (let next = heading.nextElementSibling; next && next.tagName !== 'H2' && !next.matches('.redress-form-group, fieldset, form, dl.redress-summary-list'); next = next.nextElementSibling) {
      if (next.tagName === 'P') shown.push(next.innerText.trim());
      for (const item of next.tagName === 'UL' ? next.querySelectorAll('li') : []) shown.push(item.innerText.trim());
      for (const link of next.tagName === 'DL' ? next.querySelectorAll('a') : []) shown.push(link.getAttribute('href'));
    }
    return shown.map((line) => line.replace(/[\u2066-\u2069]/g, ''));
  }));
}

/** Fails unless `sections` has a section headed `expected[0]` showing exactly `expected`. */
function hasSection(found, expected) {
  const section = found.find((lines) => lines[0] === expected[0]);
  if (JSON.stringify(section) !== JSON.stringify(expected)) {
    throw new Error(`the page shows:\n${JSON.stringify(found, null, 1)}\nexpected the section:\n${JSON.stringify(expected, null, 1)}`);
  }
}

async function expectHeading(t, text) {
  const heading = await t.text('h1');
  if (heading !== text) throw new Error(`expected the page "${text}", found "${heading}"`);
}

async function radioLabels(t, name) {
  return t.page.locator(`input[name="${name}"] + label`).evaluateAll((labels) => labels.map((l) => l.innerText.trim()));
}

export default [
  {
    name: 'children’s Stage 1 answer: Stage 2 asked for by the 20th working day, its dates if asked today',
    async run(t) {
      await open(t);
      await toAnswer(t, {
        topic: 'children',
        complained: ['1', '10', '2026'],
        reference: ' rdx 7k3p q9ma ',
        standing: 'answered',
        // On-the-spot, Stage 1, Stage 2, Stage 3: the procedure's own names.
        stage: 1,
        stageDate: ['20', '11', '2026'],
      });
      await expectHeading(t, 'Your complaint: what you can do now');
      const found = await sections(t);
      // SI 2006/1738: 20 working days from the Stage 1 answer to ask; then
      // 25 working days (65 with an extension) for Stage 2.
      hasSection(found, [
        'Asking for “Stage 2: independent investigation”',
        'Someone from outside the team looks into your complaint and writes a report. A senior manager then sends you our answer.',
        `Ask by ${await long(t, '2026-12-18')}.`,
        'If you ask today:',
        `We send you the investigation’s report and our answer: by ${await long(t, '2027-01-13')}, or by ${await long(t, '2027-03-10')} at the latest if it needs more time`,
      ]);
      hasSection(found, [
        'Going to the Ombudsman',
        'The Local Government and Social Care Ombudsman normally looks at a complaint once we have finished with it: after “Stage 3: independent review panel”.',
        ...LGSCO,
      ]);
      const choices = await radioLabels(t, 'request');
      if (JSON.stringify(choices) !== JSON.stringify(['Ask for the next stage'])) throw new Error(`choices: ${choices}`);
      const submission = await send(t, { request: 0, unresolved: 'The plan for my son was not changed.' });
      await expectHeading(t, 'Request sent');
      const sent = submission.follow_up;
      if (submission.kind !== 'follow-up' || submission.timeline !== null || sent.request !== 'next-stage'
        || sent.redress_reference !== 'RDX-7K3P-Q9MA' || sent.answer.next.id !== 'stage2'
        || sent.answer.next.ask_by.latest !== '2026-12-18' || submission.answers.unresolved !== 'The plan for my son was not changed.') {
        throw new Error(`sent: ${JSON.stringify(submission, null, 1)}`);
      }
      const page = await t.text('main');
      if (!page.includes('You asked for “Stage 2: independent investigation”. These dates count from today.')) throw new Error('the confirmation does not say what was asked');
      if (page.includes('Ask by')) throw new Error('the confirmation still says to ask');
      if (await t.page.locator('a[download$=".ics"]').count() !== 1) throw new Error('no calendar file for the Stage 2 dates');
    },
  },
  {
    name: 'children’s Stage 2 answer: the review panel asked for after its last day, never a dead end',
    async run(t) {
      await open(t);
      await toAnswer(t, {
        topic: 'children',
        complained: ['15', '6', '2026'],
        standing: 'answered',
        stage: 2,
        stageDate: ['2', '10', '2026'],
      });
      const found = await sections(t);
      hasSection(found, [
        'Asking for “Stage 3: independent review panel”',
        'Three independent people look at the whole situation and meet you to hear what you have to say. They decide whether the investigation was fair, whether its conclusions were reasonable, and whether more can be done.',
        `The last day to ask was ${await long(t, '2026-10-30')}. You can still ask: tell us why you are asking now. We decide whether to accept a late request, and if we do not, the Ombudsman may still look at your complaint.`,
        'If you ask today:',
        `The review panel meets: by ${await long(t, '2027-01-20')}`,
        `The review panel sends its report: by ${await long(t, '2027-01-27')}`,
        `We answer the panel’s report: by ${await long(t, '2027-02-17')}`,
      ]);
      const submission = await send(t, { request: 0, unresolved: 'I was in hospital in October. The report missed the missed visits.' });
      if (submission.follow_up.answer.next.ask_by_passed !== 'yes' || submission.follow_up.earlier_reference !== null) {
        throw new Error(`sent: ${JSON.stringify(submission.follow_up)}`);
      }
    },
  },
  {
    name: 'Barnsley adult social care after Stage 1: the Ombudsman is open now, or the review the council decides on',
    async run(t) {
      await open(t, { config: 'config-barnsley.json' });
      await toAnswer(t, {
        topic: 'adults',
        complained: ['', '10', '2026'],
        standing: 'answered',
        // Early resolution, Stage 1, Stage 2.
        stage: 1,
        stageDate: ['20', '11', '2026'],
      });
      const found = await sections(t);
      // Seed 004: adult social care may go straight to the Ombudsman after
      // Stage 1; 12 months from when they knew, by the end of October at the latest.
      hasSection(found, [
        'Going to the Ombudsman',
        'You can ask the Local Government and Social Care Ombudsman to look into your complaint now. It is free and independent, and it does not take sides.',
        `You should normally go to them within 12 months of when you first knew about the problem, not 12 months from our answer. That is by ${await long(t, '2027-10-31')} at the latest, and earlier if you knew about the problem before you complained.`,
        ...LGSCO,
      ]);
      hasSection(found, [
        'Asking for “Stage 2: review”',
        'If you are not happy with our Stage 1 answer, our team works with you on what you feel is still unanswered. A review is not another investigation. A senior director decides whether there will be one; if not, we write to tell you why.',
        'We decide whether this stage goes ahead. If it does not, we will write to tell you why.',
        'There is no last day to ask, but it helps to ask soon, while things are fresh.',
        'If you ask today:',
        // 30 working days, past Barnsley's closure of 29 to 31 December.
        `We finish the review: by ${await long(t, '2027-01-25')}`,
      ]);
      const submission = await send(t, { request: 0, unresolved: 'The care plan is still wrong.' });
      const sent = submission.follow_up.answer;
      if (submission.routing.procedure !== 'general-barnsley' || sent.ombudsman.open.status !== 'now' || sent.ombudsman.open.closes.latest !== '2027-10-31') {
        throw new Error(`sent: ${JSON.stringify(submission, null, 1)}`);
      }
    },
  },
  {
    name: 'a first answer that is late: said plainly with the day it was due, and a reminder sent',
    async run(t) {
      await open(t);
      await toAnswer(t, {
        topic: 'children',
        complained: ['2', '11', '2026'],
        standing: 'waiting',
        // Waiting at Stage 1: asked for on the day of the complaint, not asked again.
        stage: 1,
      });
      const found = await sections(t);
      hasSection(found, [
        'Our answer is late',
        `We should have sent you our answer by ${await long(t, '2026-11-16')}.`,
        'You can send us a reminder below. We will tell you why our answer is late and when you will have it.',
      ]);
      hasSection(found, [
        'Going to the Ombudsman',
        'The Local Government and Social Care Ombudsman normally looks at a complaint once we have finished with it: after “Stage 3: independent review panel”.',
        'They normally expect us to finish dealing with your complaint first. If we have not answered you in a reasonable time, they may look at it sooner.',
        ...LGSCO,
      ]);
      if (found.some((lines) => lines[0].startsWith('Asking for'))) throw new Error('a next stage is offered before the answer');
      const submission = await send(t, { request: 0 });
      const sent = submission.follow_up;
      if (sent.request !== 'chase' || sent.answer.answer.late !== 'yes' || sent.answer.answer.due.latest !== '2026-11-16' || submission.answers.stage_date !== null) {
        throw new Error(`sent: ${JSON.stringify(sent)}`);
      }
      if (!(await t.text('main')).includes('We have your reminder.')) throw new Error('the confirmation does not acknowledge the reminder');
    },
  },
  {
    name: 'an agreed new date not yet passed: nothing to send, the day to come back, and dates that do not fit are refused',
    async run(t) {
      await open(t);
      await toAnswer(t, {
        topic: 'children',
        complained: ['20', '11', '2026'],
        standing: 'extended',
        stage: 1,
        extendedTo: ['18', '12', '2026'],
      });
      hasSection(await sections(t), [
        'When our answer is due',
        `We should send you our answer by ${await long(t, '2026-12-18')}. This is the new date we gave you.`,
        'If it has not arrived by then, come back here to send us a reminder.',
      ]);
      if (await t.page.locator('form').count() !== 0) throw new Error('a form is offered with nothing to send');
      // Back to the new date: one before the complaint is refused.
      await t.step(async () => {
        await t.tabTo('a.redress-back-link');
        await t.page.keyboard.press('Enter');
      }, 'extended to');
      await typeDate(t, 'extended-to', ['19', '11', '2026']);
      await t.continueWithErrors();
      const summary = await t.text('#error-summary');
      if (!summary.includes('The new date must be after the day you asked for this stage')) throw new Error(`errors: ${summary}`);
    },
  },
  {
    name: 'a follow-up in Arabic: right to left, every page accessible, the Stage 2 request sent with an English copy',
    async run(t) {
      await open(t, { lang: 'ar' });
      const rtl = async (label) => {
        const seen = await t.page.evaluate(() => [document.documentElement.lang, document.documentElement.dir]);
        if (seen.join() !== 'ar,rtl') throw new Error(`on ${label}: lang and dir are ${seen}`);
      };
      await toAnswer(t, {
        topic: 'children',
        complained: ['1', '10', '2026'],
        standing: 'answered',
        stage: 1,
        stageDate: ['20', '11', '2026'],
        onPage: rtl,
      });
      const submission = await send(t, { request: 0, unresolved: 'لم تتغير الخطة.', onPage: rtl });
      if (submission.language !== 'ar' || submission.follow_up.answer.next.id !== 'stage2'
        || !submission.english.some((row) => row.question === 'What are you still unhappy about?')) {
        throw new Error(`sent: ${JSON.stringify(submission, null, 1)}`);
      }
      if ((await t.text('h1')) === 'Request sent') throw new Error('the confirmation is in English');
    },
  },
  {
    name: 'a follow-up in Welsh: a late answer chased, every page accessible',
    async run(t) {
      await open(t, { lang: 'cy' });
      const welsh = async (label) => {
        if ((await t.page.evaluate(() => document.documentElement.lang)) !== 'cy') throw new Error(`on ${label}: not in Welsh`);
      };
      await toAnswer(t, {
        topic: 'children',
        complained: ['2', '11', '2026'],
        standing: 'waiting',
        stage: 1,
        onPage: welsh,
      });
      if ((await t.text('main')).includes('Our answer is late')) throw new Error('the answer page is in English');
      const submission = await send(t, { request: 0, onPage: welsh });
      if (submission.language !== 'cy' || submission.follow_up.request !== 'chase') throw new Error(`sent: ${JSON.stringify(submission.follow_up)}`);
    },
  },
];
