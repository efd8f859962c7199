// Whole routes through the wizard driven by ids and positions, not by
// English text, so they run in any language.

/** Last month as typed in the month and year boxes: always in time. */
export function lastMonth() {
  const now = new Date();
  return now.getMonth() === 0
    ? { month: '12', year: String(now.getFullYear() - 1) }
    : { month: String(now.getMonth()), year: String(now.getFullYear()) };
}

/** `text` with its ASCII digits written in the script whose zero is `zero`
 *  (as a person types them on a keyboard for that script). */
export function inScript(text, zero = '0') {
  return text.replace(/[0-9]/g, (digit) => String.fromCodePoint(zero.codePointAt(0) + Number(digit)));
}

/**
 * A complaint about another council service, for oneself, from the start
 * page to the confirmation; `onPage(label)` runs on every page reached.
 * Numbers are typed with the digits of the script whose zero is `zero`;
 * with a `phone`, a reply by phone is asked for too; `whatHappened` is
 * typed as what happened; `onEvidence` runs on the page that adds files,
 * before Continue. Resolves to the reference shown.
 */
export async function generalComplaint(
  t,
  onPage = async () => {},
  { zero = '0', phone = null, whatHappened = 'The repair was not done.', onEvidence = async () => {} } = {},
) {
  const { page } = t;
  const next = async (label) => {
    await t.continue(label);
    await onPage(label);
  };
  await onPage('start');
  await next('kind');
  await t.chooseRadioAt('kind', 0);
  await next('safety');
  await t.chooseRadioAt('at-risk', 1);
  await next('who');
  await t.chooseRadioAt('who', 0);
  await next('topic');
  await t.chooseRadioAt('topic', 2);
  await next('talked');
  await t.chooseRadioAt('talked', 0);
  await next('when');
  const { month, year } = lastMonth();
  await t.type('#happened-month', inScript(month, zero));
  await t.type('#happened-year', inScript(year, zero));
  await next('service');
  await t.type('#service', 'Housing repairs');
  await next('what happened');
  await t.type('#what-happened', whatHappened);
  await next('evidence');
  await onEvidence();
  await next('put right');
  await t.type('#put-right', 'Do the repair.');
  await next('handling');
  await t.chooseRadioAt('handling', 0);
  await t.chooseRadioAt('meeting', 1);
  await next('records');
  await t.chooseRadioAt('records', 0);
  await next('confidentiality');
  await t.chooseRadioAt('confidential', 1);
  await next('support');
  await next('contact');
  await t.type('#full-name', 'Ann Lee');
  await t.tabTo('input[type=checkbox][name="contact-method"]');
  await page.keyboard.press('Space');
  await t.type('#email', 'ann@example.org');
  if (phone) {
    await t.tabTo('input[type=checkbox][name="contact-method"] >> nth=1');
    await page.keyboard.press('Space');
    await t.type('#phone', inScript(phone, zero));
  }
  await next('check');
  await t.step(async () => {
    await t.tabTo('main button.redress-button:not(.redress-button--secondary):not(.redress-button--warning)');
    await page.keyboard.press('Enter');
  }, 'confirmation');
  await onPage('confirmation');
  return t.text('.redress-panel__reference');
}
