/**
 * At 16:10, 4:3 and a portrait 9:16 window, text never leaves the stage, never outgrows its
 * region (and so is never cut), and never overlaps a visual. Checked on the final state of
 * every page of every scene (the step before a clearing step, and the scene's last step).
 * The 16:9 window is checked the same way on the deep links of every-step.spec.ts, which
 * open every step in it anyway.
 */
import { expect, expectSettledAt, openDeck, test } from '../fixtures.ts';
import { fullestStates, isPicturedInEveryShape, textLayoutProblems } from '../text-layout.ts';

const SHAPES = [
  { name: '16:10', width: 1440, height: 900 },
  { name: '4:3', width: 1024, height: 768 },
  { name: '9:16', width: 608, height: 1080 },
];

for (const shape of SHAPES) {
  test(`text stays whole, on stage and clear of visuals in a ${shape.name} window`, async ({ page }, testInfo) => {
    test.setTimeout(240_000);
    await page.setViewportSize({ width: shape.width, height: shape.height });
    const problems: string[] = [];
    // Last to first: each scene is then entered backwards, which lands on its step at once
    // instead of playing the entrance; the settled state measured is the same.
    for (const place of [...fullestStates].reverse()) {
      await openDeck(page, `#/${place.sceneId}/${place.step}`);
      await expectSettledAt(page, place.sceneIndex, place.step);
      problems.push(...(await textLayoutProblems(page, place)));
      if (isPicturedInEveryShape(place)) await page.screenshot({ path: testInfo.outputPath(`${shape.name.replace(':', 'x')}-${place.sceneId}.png`) });
    }
    expect(problems).toEqual([]);
  });
}
