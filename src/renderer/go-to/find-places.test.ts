import { describe, expect, it } from 'vitest';
import type { Deck } from '../../shared/deck';
import { testDeck, testScene } from '../../shared/test-deck';
import { findPlaces, fold, placeIndex, textOfNotesHtml } from './find-places';

function deckOf(): Deck {
  const film = testScene('the-film', [8]);
  film.title = 'The film';
  film.steps[0]!.article = 'Recently, the Netflix original movie “Finding Hope” starring Song Joong Ki was released globally.';
  film.notes = { markdown: '', html: '<p>Open on the film: <em>My Name Is Loh Kiwan</em>.</p>\n', parts: [] };
  const scar = testScene('the-scar', [6, 7]);
  scar.title = 'The scar';
  scar.steps[0]!.article = 'After watching the movie, strangely, what lingered in my mind wasn’t the story of the film';
  scar.steps[1]!.article = 'but the scar on Lu Jiwan’s left wrist.';
  scar.notes = { markdown: '', html: '', parts: [{ step: null, html: '<p>The turn.</p>' }, { step: 1, html: '<p>Pause &amp; let &quot;it&quot; land: Café.</p>' }] };
  const demands = testScene('three-demands', [9, 11]);
  demands.title = 'Three demands';
  demands.steps[1]!.text = 'Non-refoulement: no state may return a refugee.';
  return testDeck([testScene('content-note', [8]), film, scar, demands]);
}

const deck = deckOf();
const index = placeIndex(deck);
const find = (query: string) => findPlaces(deck, index, query).places;
const where = (query: string) => find(query).map((place) => `${place.scene}/${place.step} ${place.field}`);

describe('findPlaces', () => {
  it('takes a number as a scene number, and only a scene the deck has', () => {
    expect(where('2')[0]).toBe('2/0 number');
    expect(where('0')[0]).toBe('0/0 number');
    expect(where('9')).toEqual([]);
  });

  it('finds a scene by its id, whole or in part', () => {
    expect(where('three-demands')[0]).toBe('3/0 id');
    expect(where('scar')[0]).toBe('2/0 id');
  });

  it('finds a scene by its title, whatever the case', () => {
    expect(where('THREE DEMANDS')).toEqual(['3/0 title']);
  });

  it('finds the step whose article carries the words, with the words shown in their place', () => {
    const [place] = find('left wrist');
    expect(place).toMatchObject({ scene: 2, step: 1, field: 'article' });
    expect(place!.excerpt).toEqual({ before: 'but the scar on Lu Jiwan’s ', match: 'left wrist', after: '.' });
  });

  it('takes straight quotes for curly ones, both ways', () => {
    expect(where('wasn\'t the story')).toEqual(['2/0 article']);
    expect(where('“finding hope”')).toEqual(['1/0 article']);
    expect(find('"Finding Hope"')[0]!.excerpt.match).toBe('“Finding Hope”');
  });

  it('ignores diacritics in the query and in the deck', () => {
    expect(where('cafe')).toEqual(['2/1 notes']);
    expect(where('Nétflix')).toEqual(['1/0 article']);
  });

  it('finds our own text and notes at their step, the unmarked notes at the scene’s first step', () => {
    expect(where('non-refoulement')).toEqual(['3/1 text']);
    expect(where('loh kiwan')).toEqual(['1/0 notes']);
    expect(where('let "it" land')).toEqual(['2/1 notes']);
  });

  it('finds words apart, ranked below the whole phrase', () => {
    expect(where('wrist scar')).toEqual(['2/1 article']);
    expect(where('movie film')).toEqual(['2/0 article']);
    expect(where('the scar')[0]).toBe('2/0 title');
  });

  it('ranks id, title, article, our text, notes in that order, and lists a place once', () => {
    const places = where('film');
    expect(places).toEqual(['1/0 id', '2/0 article']);
    expect(where('hope')).toEqual(['1/0 article']);
    expect(new Set(places.map((place) => place.split(' ')[0])).size).toBe(places.length);
  });

  it('finds nothing for nothing, or for one letter', () => {
    expect(find('')).toEqual([]);
    expect(find('   ')).toEqual([]);
    expect(find('e')).toEqual([]);
    expect(find('maggots')).toEqual([]);
  });

  it('counts every place found, and lists at most the limit asked', () => {
    const found = findPlaces(deck, index, 'the', 2);
    expect(found.places).toHaveLength(2);
    expect(found.total).toBeGreaterThan(2);
  });

  it('cuts a long excerpt at word boundaries, marked with an ellipsis', () => {
    const long = testScene('long', [1]);
    long.steps[0]!.text = `${'word '.repeat(30)}needle ${'more '.repeat(30)}`.trim();
    const longDeck = testDeck([long]);
    const [place] = findPlaces(longDeck, placeIndex(longDeck), 'needle').places;
    expect(place!.excerpt.match).toBe('needle');
    expect(place!.excerpt.before).toMatch(/^…word /);
    expect(place!.excerpt.after).toMatch(/ more…$/);
  });
});

describe('fold and the text of notes', () => {
  it('folds case, diacritics, curly quotes and runs of spaces, remembering where each character came from', () => {
    const folded = fold('  É’  “A”');
    expect(folded.text).toBe("e' \"a\"");
    expect(folded.origin).toEqual([2, 3, 4, 6, 7, 8]);
  });

  it('reads notes HTML as the words a reader sees', () => {
    expect(textOfNotesHtml('<p>One &amp; <em>two</em> &lt;3 &quot;q&quot; &#39;s&#39;</p>\n<ul>\n<li>x</li>\n</ul>')).toBe('One & two <3 "q" \'s\' x');
  });
});
