// The public journey, by keyboard alone, with axe on every page.
import { stripIsolates } from './harness.mjs';

async function expectHeading(t, text) {
  const heading = await t.text('h1');
  if (heading !== text) throw new Error(`expected the page "${text}", found "${heading}"`);
}

async function start(t) {
  await t.goto('/');
  await t.continue('what would you like to do');
  await expectHeading(t, 'What would you like to do?');
}

/** From "What would you like to do?" to the topic question, for oneself. */
async function complaintForMyself(t) {
  await t.chooseRadio('kind', 'Make a complaint');
  await t.continue();
  await expectHeading(t, 'Is anyone in danger or at risk of harm?');
  await t.chooseRadio('at-risk', 'No');
  await t.continue();
  await expectHeading(t, 'Who is the complaint for?');
  await t.chooseRadio('who', 'Me');
  await t.continue();
  await expectHeading(t, 'What is your complaint about?');
}

/** Last month, as typed in the month and year boxes: always in time. */
function lastMonth() {
  const now = new Date();
  const month = now.getMonth() === 0 ? 12 : now.getMonth();
  const year = now.getMonth() === 0 ? now.getFullYear() - 1 : now.getFullYear();
  return { month: String(month), year: String(year) };
}

/** From "Have you already talked to the service?" to Check your answers. */
async function complaintDetails(t, { talked = 'Yes', happened = lastMonth(), late = null, handling, contact = 'email' } = {}) {
  await expectHeading(t, 'Have you already talked to the service about this?');
  await t.chooseRadio('talked', talked);
  await t.continue();
  if (talked === 'No') {
    await expectHeading(t, 'Talking to the service often sorts things out quickly');
    await t.continue();
  }
  await expectHeading(t, 'When did it happen?');
  await t.type('#happened-month', happened.month);
  await t.type('#happened-year', happened.year);
  await t.continue();
  if (late) {
    await expectHeading(t, 'Why are you making the complaint now?');
    const hint = await t.text('#late-reason-hint');
    if (!hint.includes('within 12 months of when something happened')) throw new Error(`time limit hint: ${hint}`);
    await t.type('#late-reason', late);
    await t.continue();
  }
  await expectHeading(t, 'Which service or team is it about?');
  await t.type('#service', 'The north team');
  await t.continue();
  await expectHeading(t, 'What happened?');
  await t.type('#what-happened', 'A visit promised for Monday did not happen.\nNobody called.');
  await t.continue();
  await expectHeading(t, 'Add letters, photos or documents');
  await t.continue();
  await expectHeading(t, 'What would you like us to do to put things right?');
  await t.type('#put-right', 'An apology and a new visit date.');
  await t.continue();
  if (handling) {
    await expectHeading(t, 'How would you like us to deal with your complaint?');
    await t.chooseRadio('handling', handling);
  }
  await t.chooseRadio('meeting', 'No');
  await t.continue();
  await expectHeading(t, 'Can we look at the records we hold about this?');
  await t.chooseRadio('records', 'Yes');
  await t.continue();
  await expectHeading(t, 'Keeping things confidential');
  await t.chooseRadio('confidential', 'No');
  await t.continue();
  await expectHeading(t, 'Help and support');
  await t.continue();
  await expectHeading(t, 'Your contact details');
  if (contact === 'none') return;
  await t.type('#full-name', 'Ann Lee');
  if (contact === 'email') {
    await tick(t, 'contact-method', 0);
    await t.type('#email', 'ann.lee@example.org');
  }
  await t.continue();
  await expectHeading(t, 'Check your answers before sending');
}

/** Ticks the `index`th checkbox of a group with the Space key. */
async function tick(t, name, index) {
  await t.tabTo(`input[type=checkbox][name="${name}"] >> nth=${index}`);
  await t.page.keyboard.press('Space');
}

/** Sends from Check your answers and returns the one stored submission. */
async function send(t, button, heading) {
  await t.step(async () => {
    await t.tabTo(`button:has-text("${button}")`);
    await t.page.keyboard.press('Enter');
  });
  await expectHeading(t, heading);
  const shown = await t.text('.redress-panel__reference');
  const stored = (await t.submissions()).filter((s) => s.reference === shown);
  if (stored.length !== 1) throw new Error(`expected one stored submission with reference ${shown}, found ${stored.length}`);
  const note = await t.text('.redress-warning');
  if (!note.includes('has not reached Exampleshire Council')) throw new Error('the test receiver is not owned up to');
  const kept = await t.page.evaluate(() => sessionStorage.getItem('redress.journey'));
  if (kept !== null) throw new Error('answers are still stored after sending');
  return stored[0];
}

/** A compliment for Libraries, from the start to "Thank you" typed as its message. */
async function complimentTyped(t) {
  await start(t);
  await t.chooseRadio('kind', 'Give a compliment');
  await t.continue();
  await t.type('#service', 'Libraries');
  await t.continue();
  await t.type('#message', 'Thank you');
}

export default [
  {
    name: 'a children’s social care complaint goes under the children’s procedure with real dates',
    async run(t) {
      await start(t);
      await complaintForMyself(t);
      await t.chooseRadio('topic', 'Children’s social care');
      await t.continue();
      await complaintDetails(t, { handling: 'Ask a manager to look at it quickly' });
      if (!(await t.text('main')).includes('so it will follow the children’s social care complaints procedure')) {
        throw new Error('Check your answers does not say which procedure and why');
      }
      const submission = await send(t, 'Send complaint', 'Complaint sent');
      if (submission.routing?.procedure !== 'children-statutory-england') {
        throw new Error(`routed to ${JSON.stringify(submission.routing)}`);
      }
      if (submission.answers.what_happened !== 'A visit promised for Monday did not happen.\nNobody called.') {
        throw new Error(`what happened was changed: ${submission.answers.what_happened}`);
      }
      if (submission.answers.contact.email !== 'ann.lee@example.org') throw new Error('email not stored');
      const happened = submission.english.find((row) => row.question === 'What happened?');
      if (happened?.answer.join('\n') !== 'A visit promised for Monday did not happen.\nNobody called.') {
        throw new Error(`no English rendering of what happened: ${JSON.stringify(submission.english)}`);
      }
      const next = await t.text('.redress-timeline');
      if (!/We send you our answer: by \w+day,? \d{1,2} \w+ \d{4}, or by \w+day,? \d{1,2} \w+ \d{4} at the latest/.test(next)) {
        throw new Error(`no dated Stage 1 response in: ${next}`);
      }
      const due = submission.timeline.stages.find((s) => s.id === 'stage1').milestones[0].when.due;
      const [y, m, d] = due.split('-').map(Number);
      const written = new Date(Date.UTC(y, m - 1, d)).toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
      if (!next.includes(written)) throw new Error(`the page does not show the computed date ${written}: ${next}`);
      const href = await t.page.locator('a[download$=".ics"]').getAttribute('href');
      const ics = decodeURIComponent(href.slice(href.indexOf(',') + 1));
      if (!ics.includes(`DTSTART;VALUE=DATE:${due.replaceAll('-', '')}\r\n`) || !ics.includes(submission.reference)) {
        throw new Error(`the calendar file lacks the Stage 1 date or the reference:\n${ics}`);
      }
    },
  },
  {
    name: 'an anonymous compliment takes the short path with no procedure clock',
    async run(t) {
      await start(t);
      await t.chooseRadio('kind', 'Give a compliment');
      await t.continue();
      await t.type('#service', 'Libraries');
      await t.continue();
      await expectHeading(t, 'What would you like to tell us?');
      await t.type('#message', 'The staff at the central library were wonderful.');
      await t.continue();
      await expectHeading(t, 'If you would like a reply');
      await t.continue();
      await expectHeading(t, 'Check your answers before sending');
      const submission = await send(t, 'Send', 'Message sent');
      if (submission.kind !== 'compliment' || submission.timeline !== null || submission.routing !== null) {
        throw new Error(`unexpected compliment: ${JSON.stringify(submission)}`);
      }
      if ((await t.page.locator('.redress-timeline').count()) !== 0) throw new Error('a compliment shows a timeline');
    },
  },
  {
    name: 'a late adult social care complaint for someone who has not yet agreed, with every contact error',
    async run(t) {
      const { page } = t;
      await start(t);
      await t.chooseRadio('kind', 'Make a complaint');
      await t.continue();
      await t.chooseRadio('at-risk', 'No');
      await t.continue();
      await t.chooseRadio('who', 'Someone else');
      await t.continue();
      await expectHeading(t, 'About the person you are complaining for');
      await t.continueWithErrors();
      await t.type('#their-name', 'Mary Lee');
      await t.type('#relationship', 'My mother');
      await t.continue();
      await expectHeading(t, 'Have they agreed to you making this complaint for them?');
      // Seed 004: a representative may not be told the outcome, even with consent.
      if (!(await t.text('main')).includes('Even with their permission, we may not be able to tell you everything about what we find or do.')) {
        throw new Error('the consent question does not say what a representative may not be told');
      }
      await t.chooseRadio('consent', 'Not yet');
      await t.continue();
      await expectHeading(t, 'We will need their permission');
      await t.continue();
      await expectHeading(t, 'What is your complaint about?');
      await t.chooseRadio('topic', 'Adult social care');
      await t.continue();
      await t.chooseRadio('care', 'The council arranges it');
      await t.continue();
      const year = String(new Date().getFullYear() - 3);
      await complaintDetails(t, {
        talked: 'No',
        happened: { month: '1', year },
        late: 'I was in hospital for a long time.',
        handling: 'Try to put it right by the next working day',
        contact: 'none',
      });
      await t.type('#full-name', 'Ann Lee');
      // Every contact method ticked, with wrong details: one error each.
      await tick(t, 'contact-method', 0);
      await tick(t, 'contact-method', 1);
      await tick(t, 'contact-method', 2);
      await t.type('#email', 'ann@');
      await t.type('#phone', '12345');
      await t.type('#postcode', 'nope');
      await t.continueWithErrors();
      const summary = await t.text('#error-summary');
      for (const expected of ['email address in the correct format', 'Enter a phone number', 'first line of your address', 'town or city', 'real postcode']) {
        if (!summary.includes(expected)) throw new Error(`the summary lacks "${expected}": ${summary}`);
      }
      if ((await page.locator('#email').getAttribute('aria-invalid')) !== 'true') throw new Error('email not marked invalid');
      await t.type('#email', ' Ann.Lee@Example.org ');
      await t.type('#phone', '+44 (0)113 496 0999');
      await t.type('#address-line1', '1 High Street');
      await t.type('#address-town', 'Exampletown');
      await t.type('#postcode', 'ex11aa');
      await t.continue();
      await expectHeading(t, 'Check your answers before sending');
      const submission = await send(t, 'Send complaint', 'Complaint sent');
      const { answers } = submission;
      if (submission.routing.procedure !== 'adult-statutory-england') throw new Error('not the adult procedure');
      if (answers.consent !== 'not-yet' || answers.representation.name !== 'Mary Lee') throw new Error('consent lost');
      if (answers.late_reason !== 'I was in hospital for a long time.') throw new Error('late reason lost');
      const c = answers.contact;
      if (c.phone !== '01134960999' || c.address.postcode !== 'EX1 1AA' || c.email !== 'Ann.Lee@Example.org') {
        throw new Error(`contact not normalised: ${JSON.stringify(c)}`);
      }
    },
  },
  {
    name: 'self-funded care: the provider first, or the adult procedure for the council’s own part',
    async run(t) {
      await start(t);
      await complaintForMyself(t);
      await t.chooseRadio('topic', 'Adult social care');
      await t.continue();
      await t.chooseRadio('care', 'I arrange and pay for it myself, or my family does');
      await t.continue();
      await expectHeading(t, 'If you arrange and pay for your own care');
      const page = await t.text('main');
      if (!page.includes('Care Quality Commission') || !page.includes('Ombudsman')) throw new Error('advice missing');
      await t.chooseRadio('council-part', 'No');
      await t.continue();
      await expectHeading(t, 'Complain to your care provider');
      await t.step(() => t.page.goBack());
      await t.chooseRadio('council-part', 'Yes');
      await t.continue();
      await complaintDetails(t, { handling: 'Try to put it right by the next working day' });
      const submission = await send(t, 'Send complaint', 'Complaint sent');
      if (submission.routing.reason !== 'routing-reason-adults-council-part') throw new Error('wrong routing reason');
    },
  },
  {
    name: 'a Change link from Check your answers returns there, and opens new questions first',
    async run(t) {
      const { page } = t;
      await start(t);
      await complaintForMyself(t);
      await t.chooseRadio('topic', 'Another council service');
      await t.continue();
      await complaintDetails(t, { handling: 'A formal investigation, with a written response' });
      await t.step(async () => {
        await t.tabTo('.redress-summary-list__actions a:has-text("Which service or team is it about?")');
        await page.keyboard.press('Enter');
      });
      await expectHeading(t, 'Which service or team is it about?');
      await t.type('#service', 'Housing repairs');
      await t.continue();
      await expectHeading(t, 'Check your answers before sending');
      if (!(await t.text('main')).includes('Housing repairs')) throw new Error('the change was not kept');
      await t.step(async () => {
        await t.tabTo('.redress-summary-list__actions a:has-text("Who is the complaint for?")');
        await page.keyboard.press('Enter');
      });
      await t.chooseRadio('who', 'Someone else');
      await t.continue();
      await expectHeading(t, 'About the person you are complaining for');
      await t.type('#their-name', 'Tom Lee');
      await t.type('#relationship', 'My son');
      await t.continue();
      await t.chooseRadio('consent', 'Yes, they have agreed');
      await t.continue();
      await expectHeading(t, 'Check your answers before sending');
      const submission = await send(t, 'Send complaint', 'Complaint sent');
      if (submission.routing.procedure !== 'lgsco-complaint-handling-code') throw new Error('not the general procedure');
      if (submission.answers.service !== 'Housing repairs') throw new Error('change not sent');
    },
  },
  {
    name: 'errors are summarised, linked, tied to their fields and named in the title',
    async run(t) {
      const { page } = t;
      await start(t);
      await t.continueWithErrors();
      const title = stripIsolates(await page.title());
      if (!title.startsWith('Error: What would you like to do?')) throw new Error(`title: ${title}`);
      const link = page.locator('#error-summary a');
      if ((await link.innerText()) !== 'Select what you would like to do') {
        throw new Error(`summary: ${await link.innerText()}`);
      }
      const described = await page.locator('fieldset').getAttribute('aria-describedby');
      if (!described?.split(' ').includes('kind-error')) throw new Error(`aria-describedby: ${described}`);
      await t.tabTo('#error-summary a');
      await page.keyboard.press('Enter');
      if (!(await page.evaluate(() => document.activeElement?.id === 'kind'))) {
        throw new Error('the summary link did not move focus to the first radio');
      }
      await t.chooseRadio('kind', 'Give a compliment');
      await t.continue();
      await expectHeading(t, 'Which service or team is it about?');
      if (stripIsolates(await page.title()).startsWith('Error:')) throw new Error('the error title stayed');
    },
  },
  {
    name: 'someone at risk is told who to call, then carries on',
    async run(t) {
      await start(t);
      await t.chooseRadio('kind', 'Make a complaint');
      await t.continue();
      await t.chooseRadio('at-risk', 'Yes');
      await t.continue();
      await expectHeading(t, 'Get help now');
      const text = await t.text('.redress-interruption');
      for (const expected of ['call 999 now', '0113 496 0100', '0113 496 0200', '0113 496 0300']) {
        if (!text.includes(expected)) throw new Error(`the safety advice lacks "${expected}"`);
      }
      await t.continue();
      await expectHeading(t, 'Who is the complaint for?');
    },
  },
  {
    name: 'things that are not complaints are signposted, and the answer can be changed',
    async run(t) {
      await start(t);
      await complaintForMyself(t);
      await t.chooseRadio('topic', 'Something a court has decided or is deciding');
      await t.continue();
      await expectHeading(t, 'Courts deal with court matters');
      await t.step(async () => {
        await t.tabTo('main a.redress-link:has-text("Change your answer")');
        await t.page.keyboard.press('Enter');
      });
      await expectHeading(t, 'What is your complaint about?');
    },
  },
  {
    name: 'browser Back and Forward move between steps and keep answers; a reload keeps both',
    async run(t) {
      const { page } = t;
      await start(t);
      await complaintForMyself(t);
      await t.step(() => page.goBack());
      await expectHeading(t, 'Who is the complaint for?');
      if (!(await page.locator('#who').isChecked())) throw new Error('the answer "Me" was lost going back');
      await t.step(() => page.goForward());
      await expectHeading(t, 'What is your complaint about?');
      await page.reload();
      await t.live();
      await t.check('after reload');
      await expectHeading(t, 'What is your complaint about?');
      await t.step(async () => {
        await t.tabTo('a.redress-back-link');
        await page.keyboard.press('Enter');
      });
      await expectHeading(t, 'Who is the complaint for?');
    },
  },
  {
    name: 'Exit this page leaves at once for a neutral page, by button or Shift three times, leaving nothing stored and no way Back',
    async run(t) {
      const { page } = t;
      const neutral = '<!DOCTYPE html><html lang="en"><head><title>Weather</title></head><body><main><h1>Weather</h1></main></body></html>';
      // Leaving for the neutral page is the one navigation elsewhere.
      t.allowOrigin('https://www.bbc.co.uk');
      await page.route('https://www.bbc.co.uk/**', (route) => route.fulfill({ status: 200, contentType: 'text/html', body: neutral }));
      for (const how of ['button', 'shift']) {
        // The page the person came from, before the wizard.
        const before = t.url('/__fixtures__/blank.html');
        await page.goto(before);
        await start(t);
        if ((await page.locator('.redress-exit-this-page').count()) !== 0) throw new Error('exit shown before it is needed');
        await t.chooseRadio('kind', 'Make a complaint');
        await t.continue();
        await expectHeading(t, 'Is anyone in danger or at risk of harm?');
        if (how === 'button') {
          // A language chosen on the device is a trace of the wizard too.
          for (const lang of ['cy', 'en-GB']) {
            await t.tabTo(`a.redress-language__link[lang="${lang}"]`);
            await page.keyboard.press('Enter');
            await page.waitForFunction((tag) => document.documentElement.lang === tag, lang);
          }
          if ((await page.evaluate(() => localStorage.length)) === 0) throw new Error('the language choice was not kept');
        }
        await t.chooseRadio('at-risk', 'Yes');
        if (how === 'button') {
          // Someone at risk is told that leaving does not clear the history.
          await t.continue();
          await expectHeading(t, 'Get help now');
          if (!(await t.text('main')).includes('does not delete your browser’s history')) throw new Error('the safety advice does not mention the history');
          await t.tabTo('.redress-exit-this-page__button');
          await page.keyboard.press('Enter');
        } else {
          for (let i = 0; i < 3; i += 1) await page.keyboard.press('Shift');
        }
        await page.waitForURL('https://www.bbc.co.uk/weather');
        // Back from the neutral page goes to where the person was before
        // the wizard, past every page of it.
        await page.goBack();
        if (page.url() !== before) throw new Error(`Back after exit by ${how} went to ${page.url()}, not the page before the wizard`);
        // Storage belongs to an origin (and sessionStorage to a tab too): read
        // the wizard's, in this tab, from a page of its origin that runs nothing.
        await page.goto(t.url('/__fixtures__/blank.html'));
        const stored = await page.evaluate(() => [sessionStorage.length, localStorage.length]);
        if (stored.join() !== '0,0') throw new Error(`answers left behind after exit by ${how}: ${stored}`);
      }
    },
  },
  {
    name: 'answers can be kept on this device, and cleared from any page',
    async run(t) {
      const { page } = t;
      await start(t);
      await complaintForMyself(t);
      await t.tabTo('button:has-text("Save my answers on this device")');
      await page.keyboard.press('Enter');
      await page.locator('footer').getByText('saved on this device until you send them').waitFor();
      // A new tab on the same device resumes where the person was.
      const second = await page.context().newPage();
      await second.goto(t.url('/'));
      // The start page is there at once, as HTML; the wasm then takes it
      // over with the page the person was on.
      await second.waitForFunction(() => document.documentElement.hasAttribute('data-redress-live'));
      const resumed = await second.locator('h1').innerText();
      await second.close();
      if (resumed !== 'What is your complaint about?') throw new Error(`a new tab opened at "${resumed}"`);
      await t.tabTo('button:has-text("Clear my answers")');
      await page.keyboard.press('Enter');
      await t.check('clear my answers: are you sure');
      await t.step(async () => {
        await t.tabTo('button:has-text("Yes, clear my answers")');
        await page.keyboard.press('Enter');
      });
      await expectHeading(t, 'Make a complaint or give feedback to Exampleshire Council');
      const kept = await page.evaluate(() => [localStorage.getItem('redress.journey'), sessionStorage.getItem('redress.journey')]);
      if (kept[0] !== null) throw new Error('answers are still on the device after clearing');
      if (kept[1] && JSON.parse(kept[1]).answers.kind) throw new Error('answers are still in the tab after clearing');
    },
  },
  {
    name: 'a comment or suggestion takes the short path, with a reply by phone',
    async run(t) {
      await start(t);
      await t.chooseRadio('kind', 'Make a comment or suggestion');
      await t.continue();
      await t.type('#service', 'Parks');
      await t.continue();
      await t.type('#message', 'More benches near the pond, please.');
      await t.continue();
      await expectHeading(t, 'If you would like a reply');
      await tick(t, 'contact-method', 1);
      await t.type('#phone', '07700 900123');
      await t.continue();
      const submission = await send(t, 'Send', 'Message sent');
      if (submission.kind !== 'comment' || submission.answers.contact.phone !== '07700900123') {
        throw new Error(`unexpected comment: ${JSON.stringify(submission.answers)}`);
      }
    },
  },
  {
    name: 'someone who cannot agree (a child, lacking capacity, or who has died) goes straight on',
    async run(t) {
      for (const answer of [
        'They cannot agree, because they are a child',
        'They cannot agree, because they are not able to make this decision',
        'They cannot agree, because they have died',
        'Yes, they have agreed',
      ]) {
        await start(t);
        await t.chooseRadio('kind', 'Make a complaint');
        await t.continue();
        await t.chooseRadio('at-risk', 'No');
        await t.continue();
        await t.chooseRadio('who', 'I am an advocate or professional acting for someone');
        await t.continue();
        await t.type('#their-name', 'Sam Lee');
        await t.type('#relationship', 'I am their advocate');
        await t.continue();
        await t.chooseRadio('consent', answer);
        await t.continue();
        await expectHeading(t, 'What is your complaint about?');
        await t.page.evaluate(() => sessionStorage.clear());
      }
    },
  },
  {
    name: 'the character count is announced, and a paste over the limit is kept, never cut',
    async run(t) {
      const { page } = t;
      await complimentTyped(t);
      await page.waitForFunction(() =>
        document.getElementById('redress-live-region').textContent.replace(/[\u2068\u2069]/g, '') === 'You have 4,991 characters remaining');
      const pasted = 'é'.repeat(5001);
      await t.type('#message', pasted);
      const count = await t.text('#message-info');
      if (count !== 'You have 1 character too many') throw new Error(`count: ${count}`);
      await t.continueWithErrors();
      if ((await page.locator('#message').inputValue()) !== pasted) throw new Error('the paste was cut');
      const error = await t.text('#message-error');
      if (!error.includes('5,000 characters or fewer')) throw new Error(`error: ${error}`);
    },
  },
  {
    name: 'a character count still waiting for a pause in typing is not read out on the next page',
    async run(t) {
      const { page } = t;
      await complimentTyped(t);
      // On at once: the count was waiting a second for a pause in typing.
      await t.continue();
      await page.waitForTimeout(1500);
      const live = stripIsolates(await page.locator('#redress-live-region').textContent());
      if (live.includes('characters remaining')) throw new Error(`read out on the next page: ${live}`);
    },
  },
];
