import { describe, expect, it } from 'vitest';
import { testDeck, testScene } from '../shared/test-deck';
import { ffmetadata, videoPlan, webVtt } from './video-plan';

const deck = testDeck([testScene('advisory', [2], { advisory: true }), testScene('a', [3, 4]), testScene('b', [5])]);

describe('video plan', () => {
  it('keeps the content note first, then the cut, each step its planned seconds in whole frames', () => {
    const plan = videoPlan(deck, { fps: 30, from: 'b', advisory: true });
    expect(plan.steps.map((step) => [step.sceneId, step.step, step.startFrame, step.frames])).toEqual([
      ['advisory', 0, 0, 60],
      ['b', 0, 60, 150],
    ]);
    expect(plan.totalFrames).toBe(210);
    expect(plan.chapters.map((chapter) => [chapter.startFrame, chapter.endFrame])).toEqual([
      [0, 60],
      [60, 210],
    ]);
  });

  it('leaves advisory scenes out when asked, and takes rehearsed seconds where the rehearsal has them', () => {
    const plan = videoPlan(deck, { fps: 10, advisory: false, rehearsal: { scenes: { a: [1.25, null] } } });
    expect(plan.steps.map((step) => step.seconds)).toEqual([1.25, 4, 5]);
    // Starts rounded from the running total: the length stays within a frame of the sum.
    expect(plan.steps.map((step) => step.startFrame)).toEqual([0, 13, 53]);
    expect(plan.totalFrames).toBe(103);
  });

  it('names an unknown scene and a cut that runs backwards', () => {
    expect(() => videoPlan(deck, { fps: 30, from: 'z', advisory: true })).toThrow('unknown scene "z"; the scenes are advisory, a, b');
    expect(() => videoPlan(deck, { fps: 30, from: 'b', to: 'a', advisory: true })).toThrow('--to a comes before --from b');
  });

  it('writes chapters and captions timed to the plan, escaping what their formats reserve', () => {
    const plan = videoPlan({ ...deck, title: 'A=B; #1' }, { fps: 10, advisory: true, to: 'a' });
    const metadata = ffmetadata({ ...deck, title: 'A=B; #1' }, plan);
    expect(metadata).toContain('title=A\\=B\\; \\#1\n');
    expect(metadata).toContain('[CHAPTER]\nTIMEBASE=1/10\nSTART=20\nEND=90\n');
    const captions = webVtt(deck, plan);
    expect(captions.startsWith('WEBVTT\n\n')).toBe(true);
    expect(captions).toMatch(/a-2\n00:00:05\.000 --> 00:00:09\.000\n/);
  });
});
