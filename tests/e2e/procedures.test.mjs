// Each complaint is told exactly the dates its procedure gives, for the
// handling it chose and the service it is about (issue 15). The browser's
// clock is fixed, so every date is known: Friday 20 or Saturday 21 November
// 2026, 10:00 in the UK (GMT).
import { readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const FRIDAY = '2026-11-20T10:00:00Z';
const SATURDAY = '2026-11-21T10:00:00Z';

// SI 2006/1738: a review panel is asked for within 20 working days of the
// Stage 2 answer; its dates depend on when, so none is promised.
const STAGE3_ASKED_FOR_LATER = [
  'Stage 3: independent review panel',
  'Three independent people look at the whole situation and meet you to hear what you have to say. They decide whether the investigation was fair, whether its conclusions were reasonable, and whether more can be done.',
  'You can ask for a review panel up to 20 working days after our Stage 2 answer.',
  'The review panel meets: we will tell you the date',
  'The review panel sends its report: we will tell you the date',
  'We answer the panel’s report: we will tell you the date',
];

/** Fails with `problem` unless the page's main content says `text`. */
async function mustSay(t, text, problem) {
  if (!(await t.text('main')).includes(text)) throw new Error(problem);
}

const CQC = 'You can also tell the Care Quality Commission about your complaint.';

async function expectHeading(t, text) {
  const heading = await t.text('h1');
  if (heading !== text) throw new Error(`expected the page "${text}", found "${heading}"`);
}

/**
 * Opens the wizard at the fixed moment `at`, with `config` if given: the name
 * of a file in examples/, or the default configuration with these changes.
 */
async function open(t, at, config, path = '/') {
  await t.page.clock.setFixedTime(new Date(at));
  if (config) {
    const json = typeof config === 'string'
      ? JSON.parse(await readFile(join(root, 'examples', config), 'utf8'))
      : { ...JSON.parse(await readFile(join(root, 'public', 'config.json'), 'utf8')), ...config };
    await t.page.route('**/config.json', (route) => route.fulfill({ json }));
  }
  await t.goto(path);
}

/** From the start page to a complaint for oneself about `topic`. */
async function chooseTopic(t, topic) {
  await t.continue();
  await t.chooseRadio('kind', 'Make a complaint');
  await t.continue();
  await t.chooseRadio('at-risk', 'No');
  await t.continue();
  await t.chooseRadio('who', 'Me');
  await t.continue();
  // Seed 004: services provided on the council's behalf are its services.
  await mustSay(t, 'This includes services that other organisations provide for us.', 'the topic question does not say services provided for the council count');
  await t.chooseRadio('topic', topic);
  await t.continue();
}

/**
 * A complaint for oneself about `topic` (and, for adult social care, care the
 * council arranges), handled as `handling`, to the confirmation page.
 * `onHandling` runs on the handling page. Resolves to the stored submission.
 */
async function complain(t, { topic, handling, happened = ['10', '2026'], onLate = null, onHandling = async () => {} }) {
  const [month, year, day] = happened;
  await chooseTopic(t, topic);
  if (topic === 'Adult social care') {
    await t.chooseRadio('care', 'The council arranges it');
    await t.continue();
  }
  await t.chooseRadio('talked', 'Yes');
  await t.continue();
  if (day) await t.type('#happened-day', day);
  await t.type('#happened-month', month);
  await t.type('#happened-year', year);
  await t.continue();
  if (onLate) {
    await expectHeading(t, 'Why are you making the complaint now?');
    await onLate();
    await t.type('#late-reason', 'I did not know I could complain.');
    await t.continue();
  }
  await t.type('#service', 'The north team');
  await t.continue();
  await t.type('#what-happened', 'A visit promised for Monday did not happen.');
  await t.continue();
  await t.continue();
  await t.type('#put-right', 'A new visit date.');
  await t.continue();
  await expectHeading(t, 'How would you like us to deal with your complaint?');
  await onHandling();
  await t.chooseRadio('handling', handling);
  await t.chooseRadio('meeting', 'No');
  await t.continue();
  // Seed 004: consent is asked before sharing with the NHS or care providers.
  await mustSay(t, 'we will ask your permission before we share your information with them', 'the records question does not say consent is asked before sharing');
  await t.chooseRadio('records', 'Yes');
  await t.continue();
  await t.chooseRadio('confidential', 'No');
  await t.continue();
  await t.continue();
  await expectHeading(t, 'Your contact details');
  await t.type('#full-name', 'Ann Lee');
  await t.tabTo('input[type=checkbox][name="contact-method"]');
  await t.page.keyboard.press('Space');
  await t.type('#email', 'ann.lee@example.org');
  await t.continue();
  await expectHeading(t, 'Check your answers before sending');
  const check = await t.text('main');
  await t.step(async () => {
    await t.tabTo('button:has-text("Send complaint")');
    await t.page.keyboard.press('Enter');
  });
  await expectHeading(t, 'Complaint sent');
  const reference = await t.text('.redress-panel__reference');
  const stored = (await t.submissions()).filter((s) => s.reference === reference);
  if (stored.length !== 1) throw new Error(`expected one stored submission ${reference}, found ${stored.length}`);
  return { submission: stored[0], check };
}

/** "What happens next" as shown: each stage's heading, what happens at it
 *  (where the procedure says), and its lines. */
async function shownTimeline(t) {
  return t.page.locator('.redress-timeline__stage').evaluateAll((stages) =>
    stages.map((stage) => [
      stage.querySelector('h3').innerText.trim(),
      ...[...stage.querySelectorAll('p, li')].map((item) => item.innerText.replace(/[\u2066-\u2069]/g, '').trim()),
    ]));
}

const STAGE2_ABOUT = 'Someone from outside the team looks into your complaint and writes a report. A senior manager then sends you our answer.';
const BARNSLEY_REVIEW = [
  'Stage 2: review',
  'If you are not happy with our Stage 1 answer, our team works with you on what you feel is still unanswered. A review is not another investigation. A senior director decides whether there will be one; if not, we write to tell you why.',
  'We finish the review: we will tell you the date',
];

/** `iso` (YYYY-MM-DD) as the page writes dates in English. */
function long(t, iso) {
  return t.page.evaluate((day) => new Intl.DateTimeFormat('en-GB', {
    weekday: 'long', day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC',
  }).format(new Date(`${day}T00:00:00Z`)), iso);
}

/** "If you are still unhappy" as shown: its paragraphs, and the phone and
 *  website links after them. */
async function shownOmbudsman(t) {
  return t.page.locator('h2:has-text("If you are still unhappy")').evaluate((heading) => {
    const shown = [];
    for (let next = heading.nextElementSibling; next && next.tagName !== 'H2' && !next.querySelector('a[download]'); next = next.nextElementSibling) {
      if (next.tagName === 'P') shown.push(next.innerText.replace(/[\u2066-\u2069]/g, '').trim());
      for (const link of next.tagName === 'DL' ? next.querySelectorAll('a') : []) shown.push(link.getAttribute('href'));
    }
    return shown;
  });
}

/** Compares what the page shows with what the procedure gives. */
function same(shown, expected) {
  if (JSON.stringify(shown) !== JSON.stringify(expected)) {
    throw new Error(`the page shows:\n${JSON.stringify(shown, null, 1)}\nthe procedure gives:\n${JSON.stringify(expected, null, 1)}`);
  }
}

export default [
  {
    name: 'a council’s own procedure is shown in its own words: in Welsh where it gives them, in English where it does not',
    async run(t) {
      const config = JSON.parse(await readFile(join(root, 'examples', 'config-barnsley.json'), 'utf8'));
      const own = JSON.parse(await readFile(join(root, 'core', 'profiles', 'general-barnsley.json'), 'utf8'));
      own.id = 'barnsley-own';
      own.name = 'Barnsley, in its own words';
      const ids = ['own-first-try', 'own-investigation', 'own-second-look'];
      own.stages.forEach((stage, index) => { stage.message_id = ids[index]; });
      own.resolution_options[0].id = 'own-quick';
      own.text = {
        'en-GB': {
          'own-first-try': 'Putting it right quickly',
          'own-investigation': 'Looking into it properly',
          'own-second-look': 'A second look',
          'own-quick': 'Let us try to put it right within a few days',
        },
        cy: {
          'own-first-try': 'Ei gywiro’n gyflym',
          'own-investigation': 'Ymchwilio’n iawn',
          'own-quick': 'Gadewch inni geisio ei gywiro o fewn ychydig ddyddiau',
        },
      };
      config.procedures = { ...config.procedures, adults: own.id, general: own.id, custom: [own] };
      config.languages = { offered: ['en-GB', 'cy'] };
      await open(t, FRIDAY, config);
      const { submission } = await complain(t, {
        topic: 'Another council service',
        handling: 'Let us try to put it right within a few days',
      });
      if (submission.routing.procedure !== 'barnsley-own') throw new Error(`routed to ${submission.routing.procedure}`);
      // Staff read the council's own English words for the handling chosen.
      if (!JSON.stringify(submission.english).includes('Let us try to put it right within a few days')) {
        throw new Error(`the staff copy: ${JSON.stringify(submission.english)}`);
      }
      const names = async () => (await shownTimeline(t)).map((stage) => stage[0]);
      same(await names(), ['Putting it right quickly', 'Looking into it properly', 'A second look']);
      await t.tabTo('a.redress-language__link[lang="cy"]');
      await t.page.keyboard.press('Enter');
      await t.page.waitForFunction(() => document.documentElement.lang === 'cy');
      await t.check('the confirmation in Welsh, with the council’s own words');
      same(await names(), ['Ei gywiro’n gyflym', 'Ymchwilio’n iawn', 'A second look']);
      // The whole page follows the language, its dates' lines too (the
      // dates themselves as this browser's date data allows).
      const dateLine = (await shownTimeline(t))[0][1];
      if (!dateLine.startsWith('Ein nod yw ei datrys: erbyn ')) throw new Error(`in Welsh: ${dateLine}`);
    },
  },
  {
    name: 'Barnsley, adult social care, early resolution: 2 working days (5 if agreed), under Barnsley’s own procedure',
    async run(t) {
      await open(t, FRIDAY, 'config-barnsley.json');
      const { submission, check } = await complain(t, {
        topic: 'Adult social care',
        handling: 'Try to sort it out quickly and informally first',
      });
      if (!check.includes('The council deals with adult social care complaints through its own complaints procedure.')) {
        throw new Error('Check your answers says the statutory adult procedure applies');
      }
      if (submission.routing.procedure !== 'general-barnsley' || submission.timeline.service !== 'adult-social-care') {
        throw new Error(`routed to ${submission.routing.procedure} for ${submission.timeline.service}`);
      }
      // Seed 004: "You can also share your complaint with the Care Quality Commission."
      await mustSay(t, CQC, 'an adult social care complaint is not told of the Care Quality Commission');
      same(await shownTimeline(t), [
        ['Early resolution', `We aim to sort it out: by ${await long(t, '2026-11-24')}, or by ${await long(t, '2026-11-27')} at the latest if it needs more time`],
        ['Stage 1: investigation', 'Our team contacts you: we will tell you the date', 'We send you our answer: we will tell you the date'],
        BARNSLEY_REVIEW,
      ]);
    },
  },
  {
    name: 'Barnsley, another service, formal investigation on a Saturday: straight to Stage 1, counted from the Saturday',
    async run(t) {
      await open(t, SATURDAY, 'config-barnsley.json');
      const { submission } = await complain(t, {
        topic: 'Another council service',
        handling: 'A formal investigation, with a written response',
        onHandling: () => mustSay(t, 'We will not try to sort it out informally first: your complaint goes straight to a Stage 1 investigation.', 'the formal choice does not say it skips early resolution'),
      });
      if ((await t.text('main')).includes('Care Quality Commission')) throw new Error('the CQC is offered for a complaint about another service');
      if (submission.timeline.service !== 'other' || submission.received_on !== '2026-11-21') {
        throw new Error(`service ${submission.timeline.service}, received ${submission.received_on}`);
      }
      // 3 to 5 working days after the Saturday: the 5th is Friday 27
      // November; the plan's 10 to 65 working days run from the contact,
      // past Barnsley's closure of 29 to 31 December.
      same(await shownTimeline(t), [
        ['Stage 1: investigation', `Our team contacts you: by ${await long(t, '2026-11-27')}`, `We send you our answer: by ${await long(t, '2027-03-08')}`],
        BARNSLEY_REVIEW,
      ]);
    },
  },
  {
    name: 'children’s social care, formal investigation: Stage 2 where the council agrees, Stage 1 if not',
    async run(t) {
      await open(t, FRIDAY);
      await complain(t, {
        topic: 'Children’s social care',
        handling: 'A formal investigation, with a written response',
      });
      await mustSay(t, 'You asked us to start at “Stage 2: independent investigation”. We will tell you if we agree. If we do not, your complaint starts at “Stage 1: a manager looks at it”.', 'no note that the council must agree');
      same(await shownTimeline(t), [
        [
          'Stage 1: a manager looks at it',
          'Only if we do not agree to start at “Stage 2: independent investigation”.',
          `We send you our answer: by ${await long(t, '2026-12-04')}, or by ${await long(t, '2026-12-18')} at the latest if it needs more time`,
        ],
        ['Stage 2: independent investigation', STAGE2_ABOUT, `We send you the investigation’s report and our answer: by ${await long(t, '2026-12-29')}, or by ${await long(t, '2027-02-24')} at the latest if it needs more time`],
        STAGE3_ASKED_FOR_LATER,
      ]);
    },
  },
  {
    name: 'children’s social care, late, handled by a manager: the limit counts from when it happened; Stage 2 is asked for within 20 working days',
    async run(t) {
      await open(t, FRIDAY);
      await complain(t, {
        topic: 'Children’s social care',
        handling: 'Ask a manager to look at it quickly',
        happened: ['1', '2025'],
        onLate: async () => {
          const hint = await t.text('#late-reason-hint');
          // SI 2006/1738 counts the year from when it happened, and a later
          // complaint may be considered if it can still be looked into fairly.
          const expected = 'Complaints are normally made within 12 months of when something happened. We can still look into it if there is a good reason it was not made sooner, for example illness or not knowing you could complain, and it is still possible to look into it fairly and properly.';
          if (hint !== expected) throw new Error(`the late hint says: ${hint}`);
        },
      });
      same(await shownTimeline(t), [
        ['Stage 1: a manager looks at it', `We send you our answer: by ${await long(t, '2026-12-04')}, or by ${await long(t, '2026-12-18')} at the latest if it needs more time`],
        [
          'Stage 2: independent investigation',
          STAGE2_ABOUT,
          'You can ask for Stage 2 up to 20 working days after our Stage 1 answer.',
          'We send you the investigation’s report and our answer: we will tell you the date',
        ],
        STAGE3_ASKED_FOR_LATER,
      ]);
    },
  },
  {
    name: 'a Welsh council, adult social care, formal investigation: SI 2014/1794’s dates, Care Inspectorate Wales, and the PSOW’s 12 months from when they knew',
    async run(t) {
      // The example is Welsh first; this person chooses English.
      await open(t, FRIDAY, 'config-wales.json', '/?lang=en-GB');
      const { submission } = await complain(t, {
        topic: 'Adult social care',
        handling: 'A formal investigation, with a written response',
        happened: ['10', '2026', '6'],
      });
      if (submission.routing.procedure !== 'wales-social-services') throw new Error(`routed to ${submission.routing.procedure}`);
      // SI 2014/1794: acknowledged within 2 working days; the discussion
      // within 10 of the acknowledgement; the investigation's answer within
      // 25 working days (past Christmas, the Boxing Day substitute and the
      // council's own closure from 29 to 31 December).
      same(await shownTimeline(t), [
        [
          'Stage 1: a manager looks at it',
          'Only if we do not agree to start at “Stage 2: formal investigation”.',
          `We tell you we have your complaint: by ${await long(t, '2026-11-24')}`,
          `We talk with you about how to resolve it: by ${await long(t, '2026-12-08')}`,
        ],
        ['Stage 2: formal investigation', `We send you the investigation’s report and our answer: by ${await long(t, '2027-01-04')}`],
      ]);
      const page = await t.text('main');
      for (const english of ['Care Quality Commission', 'Local Government and Social Care Ombudsman']) {
        if (page.includes(english)) throw new Error(`a Welsh council's complaint is told of England's ${english}`);
      }
      // Care Inspectorate Wales: "we are not a complaints agency".
      await mustSay(t, 'You can also tell Care Inspectorate Wales about your complaint. It checks the quality of care services, but it does not look into individual complaints.', 'the Welsh regulator is not named');
      // Public Services Ombudsman (Wales) Act 2019: 12 months of the person
      // having notice of the matter: here 6 October 2026, the day given.
      same(await shownOmbudsman(t), [
        'You can ask the Public Services Ombudsman for Wales to look into your complaint. It is free and independent, and it does not take sides.',
        `You should normally go to them within 12 months of when you first knew about the problem, not 12 months from our answer. From the date you gave us, that is by ${await long(t, '2027-10-06')}.`,
        'They normally expect us to finish dealing with your complaint first. If we have not answered you in a reasonable time, they may look at it sooner.',
        `When you contact them, have ready your reference, ${submission.reference}, our answers to you, and any letters, emails or papers about your complaint.`,
        'tel:03007900203',
        'https://www.ombudsman.wales',
      ]);
    },
  },
  {
    name: 'Northern Ireland: social care complaints go to the Health and Social Care Trust, then NIPSO',
    async run(t) {
      await open(t, FRIDAY, {
        procedures: { general: 'northern-ireland-nipso-model' },
        calendar: { division: 'northern-ireland' },
      });
      await chooseTopic(t, 'Adult social care');
      await expectHeading(t, 'Complain to your Health and Social Care Trust');
      await mustSay(t, 'If you are not happy with their answer, you can ask the Northern Ireland Public Services Ombudsman to look into it.', 'NIPSO is not named after the Trust');
      await mustSay(t, 'You can also tell the Regulation and Quality Improvement Authority (RQIA) about your complaint.', 'the RQIA is not named');
      if (await t.page.locator('main a[href="tel:0800343424"]').count() !== 1) throw new Error('no link to call NIPSO');
    },
  },
  {
    name: 'adult social care, a meeting, on a Saturday: acknowledged by the Wednesday, no next-working-day promise',
    async run(t) {
      await open(t, SATURDAY);
      await complain(t, {
        topic: 'Adult social care',
        handling: 'Talk it through at a meeting',
        onHandling: () => mustSay(t, 'it is not registered as a complaint, and you cannot raise the same thing through the complaints procedure later', 'the next-working-day choice does not say what it means before it is chosen'),
      });
      await mustSay(t, CQC, 'an adult social care complaint is not told of the Care Quality Commission');
      // The LGSCO: 12 months from when they first knew; a month was given,
      // so the safe day is 12 months from its first day.
      same((await shownOmbudsman(t)).slice(1, 2), [
        `You should normally go to them within 12 months of when you first knew about the problem, not 12 months from our answer. From the date you gave us, that is by ${await long(t, '2027-10-01')}.`,
      ]);
      // SI 2009/309: "not later than 3 working days after the day on which
      // it receives the complaint"; completed within 6 months of receipt.
      same(await shownTimeline(t), [
        ['Your complaint', `We tell you we have your complaint and offer to meet: by ${await long(t, '2026-11-25')}`, `We finish looking into your complaint: by ${await long(t, '2027-05-21')}`],
      ]);
    },
  },
];
