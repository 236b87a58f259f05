/**
 * How the scroll story is told in a window: as a story, its scenes pinned and scrubbed on a
 * stage that fills the screen (scenes/stage-shape.ts), or reflowed as a plain article.
 *
 * - **720 CSS px wide and wider**: the story, whatever the pointer.
 * - **narrower, on a touch screen held upright** (a phone: a coarse pointer, taller than wide,
 *   at least 320 px wide): the story, on a phone's tall stage, its words at 16 px and more.
 * - **narrower otherwise**: the article. A desktop window made narrow, or zoomed to 200% and
 *   more (a 1280x800 window at 200% is 640x400 CSS px), reads as an article whose type grows
 *   with the zoom (WCAG 1.4.10, reflow): a stage scaled to the window would undo the zoom. So
 *   does a phone whose text is enlarged past 320 px wide (Chrome for Android's text scaling is
 *   page zoom), or a phone turned on its side below 720 px.
 */
export const STORY_FROM_WIDTH_PX = 720;
export const PHONE_FROM_WIDTH_PX = 320;

export interface StoryWindow {
  width: number;
  height: number;
  /** The primary pointer is a finger (`(pointer: coarse)`). */
  coarsePointer: boolean;
}

export function readsAsArticle({ width, height, coarsePointer }: StoryWindow): boolean {
  if (width >= STORY_FROM_WIDTH_PX) return false;
  const phoneUpright = coarsePointer && height > width && width >= PHONE_FROM_WIDTH_PX;
  return !phoneUpright;
}
