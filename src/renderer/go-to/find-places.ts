/**
 * Go to anything: the places of a deck a few typed characters may mean. A scene number, a
 * scene's id or title, or words of the article, of our text or of the presenter notes, each
 * found at its step. Matching ignores case and diacritics and takes straight quotes for
 * curly ones, so "wasnt" misses but "wasn't" finds "wasn’t". Pure: GoToBox.svelte shows it.
 */
import type { Deck } from '../../shared/deck';

/** What matched, best first: the order results are ranked in. */
export const MATCH_FIELDS = ['number', 'id', 'title', 'article', 'text', 'notes'] as const;
export type MatchField = (typeof MATCH_FIELDS)[number];

/** The words around a match, as written, for showing the match in its place. */
export interface Excerpt {
  before: string;
  match: string;
  after: string;
}

export interface PlaceFound {
  scene: number;
  step: number;
  field: MatchField;
  excerpt: Excerpt;
}

/** One searchable text at one place, folded once for matching. */
interface Entry {
  scene: number;
  step: number;
  field: MatchField;
  text: string;
  folded: Folded;
}

interface Folded {
  text: string;
  /** For each folded character, the index of the original character it came from. */
  origin: number[];
}

export type PlaceIndex = readonly Entry[];

/** Characters either side of a match in an excerpt (cut back to a word boundary). */
const EXCERPT_REACH = 48;
/** Words are searched from this many characters; a number is always taken as a scene. */
const MIN_WORDS_LENGTH = 2;

const QUOTES: Record<string, string> = { '‘': "'", '’': "'", '‚': "'", '‛': "'", '′': "'", '“': '"', '”': '"', '„': '"', '‟': '"', '″': '"' };

/** Lower case, no diacritics, straight quotes, one space for any run of white space. */
export function fold(text: string): Folded {
  let folded = '';
  const origin: number[] = [];
  for (let index = 0; index < text.length; index++) {
    const char = text[index]!;
    let out = /\s/.test(char) ? ' ' : (QUOTES[char] ?? char.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase());
    if (out === ' ' && (folded === '' || folded.endsWith(' '))) out = '';
    for (const piece of out) {
      folded += piece;
      origin.push(index);
    }
  }
  return { text: folded, origin };
}

/** The text a reader sees of notes rendered by markdown-it: tags out, its escapes undone. */
export function textOfNotesHtml(html: string): string {
  const entities: Record<string, string> = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&#39;': "'" };
  return html
    .replace(/<[^>]*>/g, ' ')
    .replace(/&(?:amp|lt|gt|quot|#39);/g, (entity) => entities[entity]!)
    .replace(/\s+/g, ' ')
    .trim();
}

/** Every searchable text of the deck, folded once. */
export function placeIndex(deck: Deck): PlaceIndex {
  const entries: Entry[] = [];
  const add = (scene: number, step: number, field: MatchField, text: string) => {
    if (text) entries.push({ scene, step, field, text, folded: fold(text) });
  };
  deck.scenes.forEach((scene, sceneIndex) => {
    add(sceneIndex, 0, 'id', scene.id);
    add(sceneIndex, 0, 'title', scene.title);
    scene.steps.forEach((step, stepIndex) => {
      add(sceneIndex, stepIndex, 'article', step.article);
      add(sceneIndex, stepIndex, 'text', step.text);
      if (step.figure?.alt) add(sceneIndex, stepIndex, 'text', step.figure.alt);
    });
    const parts = scene.notes.parts.length > 0 ? scene.notes.parts : [{ step: null, html: scene.notes.html }];
    for (const part of parts) add(sceneIndex, part.step ?? 0, 'notes', textOfNotesHtml(part.html));
  });
  return entries;
}

export interface Found {
  /** The best places, at most the limit asked. */
  places: PlaceFound[];
  /** How many places matched in all. */
  total: number;
}

export function findPlaces(deck: Deck, index: PlaceIndex, query: string, limit = 12): Found {
  const wanted = fold(query).text.trim();
  if (wanted === '') return { places: [], total: 0 };
  const ranked: { place: PlaceFound; rank: number }[] = [];

  if (/^\d+$/.test(wanted) && Number(wanted) < deck.scenes.length) {
    const scene = Number(wanted);
    ranked.push({ place: { scene, step: 0, field: 'number', excerpt: { before: '', match: wanted, after: '' } }, rank: -1 });
  }
  if (wanted.length >= MIN_WORDS_LENGTH) {
    const words = wanted.split(' ');
    for (const entry of index) {
      const phraseAt = entry.folded.text.indexOf(wanted);
      const at = phraseAt >= 0 ? { start: phraseAt, length: wanted.length } : allWordsAt(entry.folded.text, words);
      if (!at) continue;
      // The whole phrase anywhere ranks above its words found apart; then by field, as MATCH_FIELDS.
      const rank = (phraseAt >= 0 ? 0 : MATCH_FIELDS.length) + MATCH_FIELDS.indexOf(entry.field);
      ranked.push({ place: { scene: entry.scene, step: entry.step, field: entry.field, excerpt: excerpt(entry, at.start, at.length) }, rank });
    }
  }

  ranked.sort((a, b) => a.rank - b.rank || a.place.scene - b.place.scene || a.place.step - b.place.step);
  const seen = new Set<string>();
  const places = ranked
    .map((candidate) => candidate.place)
    .filter((place) => {
      const key = `${place.scene}/${place.step}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    });
  return { places: places.slice(0, limit), total: places.length };
}

/** Where the first of several words is, when every one of them is somewhere in the text. */
function allWordsAt(text: string, words: string[]): { start: number; length: number } | null {
  if (words.length < 2) return null;
  const starts = words.map((word) => text.indexOf(word));
  if (starts.some((start) => start < 0)) return null;
  return { start: starts[0]!, length: words[0]!.length };
}

function excerpt(entry: Entry, start: number, length: number): Excerpt {
  const { text, folded } = entry;
  const from = folded.origin[start]!;
  const to = folded.origin[start + length - 1]! + 1;
  let left = Math.max(0, from - EXCERPT_REACH);
  let right = Math.min(text.length, to + EXCERPT_REACH);
  if (left > 0) left = Math.min(from, text.indexOf(' ', left) + 1 || left);
  if (right < text.length) right = Math.max(to, text.lastIndexOf(' ', right));
  return {
    before: `${left > 0 ? '…' : ''}${text.slice(left, from)}`,
    match: text.slice(from, to),
    after: `${text.slice(to, right)}${right < text.length ? '…' : ''}`,
  };
}
