/**
 * The interface's own words (never the article's), in one place so a translation is
 * one file. English is complete; a language is listed in UI_LANGUAGES only when its
 * table here is.
 */
import type { UI_LANGUAGES } from '../shared/kiosk-settings';

type Language = (typeof UI_LANGUAGES)[number];

const en = {
  autoplay: {
    progressLabel: 'Story progress',
    playing: 'Playing by itself',
    paused: 'Paused',
  },
  kiosk: {
    visitorHint: 'Tap or swipe to move through the story. It carries on by itself after a quiet minute.',
    visitorHintSeconds: (seconds: number) =>
      `Tap or swipe to move through the story. It carries on by itself after ${seconds} quiet seconds.`,
    exitTitle: 'Leave the exhibition mode',
    pinLabel: 'PIN',
    pinWrong: 'That PIN is not right.',
    exit: 'Leave',
    cancel: 'Cancel',
  },
};

export type UiStrings = typeof en;

const tables: Record<Language, UiStrings> = { en };

let current: UiStrings = en;

/** Chooses the interface language (the kiosk's `language` setting); English when unknown. */
export function useLanguage(language: string): void {
  current = tables[language as Language] ?? en;
}

/** The interface's words in the chosen language. */
export function ui(): UiStrings {
  return current;
}
