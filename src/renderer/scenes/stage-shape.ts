/**
 * The stage's logical size for a screen: scenes are laid out in stage pixels and the stage is
 * scaled as a whole, so the size chosen decides what a layout has room for. It follows the
 * screen's aspect instead of letterboxing one fixed size:
 *
 * - **landscape** (as wide as tall or wider): 1920 wide, 1080 (16:9) to 1920 (1:1) tall;
 * - **portrait** (taller than wide), from 9:16 up to square: 1920 tall, 1080 (9:16) to 1920 wide;
 * - **portrait**, narrower than 9:16 (phones): 1080 wide, 1920 to 2400 (9:20) tall.
 *
 * So 16:9 and 9:16 keep their 1920x1080 and 1080x1920 stages exactly (and every picture made
 * at them), every aspect from 9:20 to 16:9 is filled without bars (but for rounding), and
 * only screens beyond those ends are letterboxed. Scene.svelte recomposes its layouts for the
 * size, reading it from the custom properties `stageStyle` sets.
 */

export type StageFamily = 'landscape' | 'portrait';

export interface StageShape {
  family: StageFamily;
  /** Logical size, in stage pixels. */
  width: number;
  height: number;
  /** Screen pixels per stage pixel when the stage fits the screen. */
  scale: number;
  /** An upright stage grown taller than 9:16 (a phone): some layouts recompose for it. */
  tall: boolean;
}

/** The long side of either family, and the short side at 16:9. */
export const LONG_SIDE = 1920;
export const SHORT_SIDE = 1080;
/** The tallest a portrait stage grows for phones: 9:20 (a 1080-wide stage 2400 tall). */
export const TALLEST = 2400;

const clamp = (value: number, low: number, high: number) => Math.min(high, Math.max(low, value));

export function stageShape(screenWidth: number, screenHeight: number): StageShape {
  const aspect = screenWidth > 0 && screenHeight > 0 ? screenWidth / screenHeight : LONG_SIDE / SHORT_SIDE;
  let family: StageFamily;
  let width: number;
  let height: number;
  if (aspect >= 1) {
    family = 'landscape';
    width = LONG_SIDE;
    height = Math.round(clamp(LONG_SIDE / aspect, SHORT_SIDE, LONG_SIDE));
  } else if (aspect >= SHORT_SIDE / LONG_SIDE) {
    family = 'portrait';
    width = Math.round(clamp(LONG_SIDE * aspect, SHORT_SIDE, LONG_SIDE));
    height = LONG_SIDE;
  } else {
    family = 'portrait';
    width = SHORT_SIDE;
    height = Math.round(clamp(SHORT_SIDE / aspect, LONG_SIDE, TALLEST));
  }
  const scale = screenWidth > 0 && screenHeight > 0 ? Math.min(screenWidth / width, screenHeight / height) : 1;
  return { family, width, height, scale, tall: family === 'portrait' && height > LONG_SIDE };
}

/** The 16:9 stage the previews, thumbnails and printed pages keep: pictures of a presenting screen. */
export const LANDSCAPE_STAGE: StageShape = { family: 'landscape', width: LONG_SIDE, height: SHORT_SIDE, scale: 1, tall: false };

/**
 * The smallest size, in screen (CSS) pixels, step text is drawn at on an upright stage: a phone's
 * 1080-wide stage is drawn at about a third of its size, where the stage's 40 px captions would
 * be under 15 px. A little over 16 px, so rounding never takes it under.
 */
export const TEXT_FLOOR_PX = 16.5;
/** The running head (our scene title, not the step's words) is allowed smaller. */
const KICKER_FLOOR_PX = 13;

/**
 * The custom properties a stage of this shape gives its scenes: its size, how far it has grown
 * past its family's base (16:9 or 9:16), and on an upright stage the text floors in stage pixels.
 */
export function stageStyle(shape: StageShape): Record<string, string> {
  const baseHeight = shape.family === 'landscape' ? SHORT_SIDE : LONG_SIDE;
  const baseWidth = shape.family === 'landscape' ? LONG_SIDE : SHORT_SIDE;
  const style: Record<string, string> = {
    '--stage-width': `${shape.width}px`,
    '--stage-height': `${shape.height}px`,
    '--stage-taller': `${shape.height - baseHeight}px`,
    '--stage-wider': `${shape.width - baseWidth}px`,
  };
  if (shape.family === 'portrait') {
    style['--text-floor'] = `${round(TEXT_FLOOR_PX / shape.scale)}px`;
    style['--kicker-floor'] = `${round(KICKER_FLOOR_PX / shape.scale)}px`;
  }
  return style;
}

const round = (value: number) => Math.ceil(value * 100) / 100;

/**
 * The stage element's style attribute for a shape fitted to a window: its size, centred and
 * scaled, and the custom properties its scenes read. Stage.svelte and the first scene painted
 * before the scripts (first-scene/first-scene-gate.ts) both write it, so the two match exactly.
 */
export function stageStyleAttribute(shape: StageShape): string {
  return [stageBox(shape), ...Object.entries(stageStyle(shape)).map(([name, value]) => `${name}: ${value}`)].join('; ');
}

/** The stage's size, centred and scaled: all a picture of the show (a preview) needs, without its scenes' properties. */
export function stageBox(shape: StageShape): string {
  return `width: ${shape.width}px; height: ${shape.height}px; transform: translate(-50%, -50%) scale(${shape.scale})`;
}
