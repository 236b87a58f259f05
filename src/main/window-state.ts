/**
 * What the app remembers between launches: where each window was (its bounds, on which
 * display, full screen or not) and the last mode the audience played in. Pure: the file's
 * text in, a checked state out. A file that is not what it should be never stops the app:
 * what is wrong keeps its default and is reported. Bounds left on a display that is gone
 * (or off every display) are brought back onto one, so no window opens out of reach.
 */
import type { Rectangle } from 'electron';
import { z } from 'zod';
import type { Mode } from '../shared/page-query';
import type { PlacementDisplay } from './window-placement';

/** The modes a speaker picks from the menu (autoplay is a player state, not remembered). */
export const SHOW_MODES = ['present', 'scroll'] as const satisfies readonly Mode[];
export type ShowMode = (typeof SHOW_MODES)[number];

export interface SavedWindow {
  bounds: Rectangle;
  /** The display it was on (Electron's display id), or null when not known. */
  displayId: number | null;
  fullScreen: boolean;
}

export interface WindowState {
  audience: SavedWindow | null;
  presenter: SavedWindow | null;
  /** The audience's last mode: the menu's Present or Scroll Mode. */
  mode: ShowMode;
}

export const WINDOW_STATE_FILE = 'window-state.json';
export const WINDOW_STATE_VERSION = 1;
export const DEFAULT_WINDOW_STATE: WindowState = Object.freeze({ audience: null, presenter: null, mode: 'present' });
/** The smallest window the app makes (show-windows.ts). */
export const MIN_WINDOW = { width: 480, height: 270 } as const;

const coordinate = z.number().int().min(-100_000).max(100_000);
const size = z.number().int().min(1).max(100_000);
const savedWindowSchema = z.strictObject({
  bounds: z.strictObject({ x: coordinate, y: coordinate, width: size, height: size }),
  displayId: z.number().int().nullable(),
  fullScreen: z.boolean(),
});

export interface WindowStateRead {
  state: WindowState;
  /** One line per thing found wrong; empty for a good file. */
  problems: string[];
}

/** Reads a state file's text: a bad part keeps its default and is reported, a broken file gives the defaults. */
export function parseWindowState(text: string): WindowStateRead {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    return { state: { ...DEFAULT_WINDOW_STATE }, problems: [`not valid JSON (${(error as Error).message}); using the defaults`] };
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    return { state: { ...DEFAULT_WINDOW_STATE }, problems: ['not a JSON object; using the defaults'] };
  }
  const record = data as Record<string, unknown>;
  if (record.version !== WINDOW_STATE_VERSION) {
    return { state: { ...DEFAULT_WINDOW_STATE }, problems: [`version must be ${WINDOW_STATE_VERSION}, not ${JSON.stringify(record.version) ?? 'missing'}; using the defaults`] };
  }
  const problems: string[] = [];
  const state: WindowState = { ...DEFAULT_WINDOW_STATE };
  for (const key of ['audience', 'presenter'] as const) {
    if (record[key] === undefined || record[key] === null) continue;
    const saved = savedWindowSchema.safeParse(record[key]);
    if (saved.success) state[key] = saved.data;
    else problems.push(`${key}: ${saved.error.issues.map((issue) => `${issue.path.join('.') || 'value'} ${issue.message.toLowerCase()}`).join('; ')}; forgetting where the ${key} window was`);
  }
  if (record.mode !== undefined) {
    if ((SHOW_MODES as readonly unknown[]).includes(record.mode)) state.mode = record.mode as ShowMode;
    else problems.push(`mode must be one of ${SHOW_MODES.map((mode) => `"${mode}"`).join(', ')}, not ${JSON.stringify(record.mode)}; using "${DEFAULT_WINDOW_STATE.mode}"`);
  }
  return { state, problems };
}

export function serializeWindowState(state: WindowState): string {
  return `${JSON.stringify({ version: WINDOW_STATE_VERSION, ...state }, null, 2)}\n`;
}

/** How much of a window's top strip (its title bar) must lie on a display to count as reachable. */
const TITLE_STRIP = { height: 30, minVisibleWidth: 120, minVisibleHeight: 20 } as const;

function overlap(a: Rectangle, b: Rectangle): { width: number; height: number } {
  return {
    width: Math.max(0, Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x)),
    height: Math.max(0, Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y)),
  };
}

/** True when enough of the window's title bar is on some display's work area to grab and move it. */
export function isReachable(bounds: Rectangle, displays: readonly PlacementDisplay[]): boolean {
  const strip = { x: bounds.x, y: bounds.y, width: bounds.width, height: Math.min(TITLE_STRIP.height, bounds.height) };
  return displays.some((display) => {
    const shared = overlap(strip, display.workArea);
    return shared.width >= Math.min(TITLE_STRIP.minVisibleWidth, strip.width) && shared.height >= Math.min(TITLE_STRIP.minVisibleHeight, strip.height);
  });
}

/**
 * The saved window as it can open now: unchanged when it is reachable on today's displays;
 * otherwise on its own display if that is still there (else the primary), its size cut to
 * the work area and centred there.
 */
export function bringOnScreen(saved: SavedWindow, displays: readonly PlacementDisplay[], primaryId: number): SavedWindow {
  if (displays.length === 0) return saved;
  if (isReachable(saved.bounds, displays)) {
    const most = [...displays].sort((a, b) => area(overlap(saved.bounds, b.bounds)) - area(overlap(saved.bounds, a.bounds)))[0]!;
    return { ...saved, displayId: most.id };
  }
  const home = displays.find((display) => display.id === saved.displayId) ?? displays.find((display) => display.id === primaryId) ?? displays[0]!;
  const work = home.workArea;
  const width = Math.max(Math.min(saved.bounds.width, work.width), Math.min(MIN_WINDOW.width, work.width));
  const height = Math.max(Math.min(saved.bounds.height, work.height), Math.min(MIN_WINDOW.height, work.height));
  return {
    bounds: { x: work.x + Math.round((work.width - width) / 2), y: work.y + Math.round((work.height - height) / 2), width, height },
    displayId: home.id,
    fullScreen: saved.fullScreen,
  };
}

function area(size: { width: number; height: number }): number {
  return size.width * size.height;
}

/**
 * The remembered layout of both windows, when the speaker arranged them on displays that are
 * all still here; null otherwise, and the automatic placement (window-placement.ts) decides.
 */
export function rememberedLayout(
  state: WindowState,
  displays: readonly PlacementDisplay[],
  primaryId: number,
): { audience: SavedWindow; presenter: SavedWindow } | null {
  const { audience, presenter } = state;
  if (!audience || !presenter) return null;
  const present = (saved: SavedWindow) => saved.displayId !== null && displays.some((display) => display.id === saved.displayId);
  if (!present(audience) || !present(presenter)) return null;
  return { audience: bringOnScreen(audience, displays, primaryId), presenter: bringOnScreen(presenter, displays, primaryId) };
}
