// Layout at 400% zoom (320 CSS pixels wide), in forced colours and with
// reduced motion: nothing scrolls sideways, nothing is lost.

async function noSideways(t, where) {
  const { width, scroll } = await t.page.evaluate(() => ({
    width: document.documentElement.clientWidth,
    scroll: document.documentElement.scrollWidth,
  }));
  if (scroll > width) throw new Error(`${where} scrolls sideways at ${width}px: ${scroll}px wide`);
}

export default [
  {
    name: 'at 320 CSS pixels wide no page scrolls sideways, in forced colours and reduced motion',
    async run(t) {
      const { page } = t;
      await page.setViewportSize({ width: 320, height: 640 });
      await page.emulateMedia({ forcedColors: 'active', reducedMotion: 'reduce' });
      await t.goto('/');
      await noSideways(t, 'the start page');
      await t.continue();
      await t.continueWithErrors();
      await noSideways(t, 'the first question with errors');
      await t.chooseRadio('kind', 'Make a complaint');
      await t.continue();
      await noSideways(t, 'the safety question with Exit this page');
      await t.chooseRadio('at-risk', 'Yes');
      await t.continue();
      await noSideways(t, 'the safety advice');
      await t.continue();
      await t.chooseRadio('who', 'Someone else');
      await t.continue();
      await t.type('#their-name', 'Maximilian-Alexander Featherstonehaugh-Cholmondeley-Worthington');
      await t.type('#relationship', 'grandfather');
      await t.continue();
      await noSideways(t, 'the consent question');
    },
  },
];
