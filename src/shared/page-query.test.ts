import { describe, expect, it } from 'vitest';
import { APP_ORIGIN } from './app-origin.ts';
import { KIOSK_QUERY_KEYS, MODES, pageUrl, printViewUrl, queryPairs, readPageQuery, setQueryValue, VIEWS, type PageQuery, type QueryKey } from './page-query.ts';

const DEFAULTS: PageQuery = {
  view: 'audience', mode: 'present', motion: 'system', snap: true, steps: false, notes: false, handout: false, relay: null,
  kiosk: false, idle: null, exit: null, pin: null, lock: false, start: null, lang: null, cursor: null, advisory: true,
  warn: null, return: null, hours: null, screenshots: null,
};

/** A value other than the default for every key: typed over every key, so a new key cannot go untested. */
const OTHER: { [K in QueryKey]: PageQuery[K] } = {
  view: 'presenter', mode: 'scroll', motion: 'reduced', snap: false, steps: true, notes: true, handout: true, relay: 'k3y',
  kiosk: true, idle: '90', exit: 'Control+Alt+X', pin: '2468', lock: true, start: 'the-scar', lang: 'en', cursor: '5', advisory: false,
  warn: '20', return: 'resume', hours: 'Mo-Fr 09:00-18:00', screenshots: '0',
};

const readBack = (url: string) => readPageQuery(new URL(url).searchParams);

describe('the page query', () => {
  it('reads the defaults from an empty query, and writes nothing for them', () => {
    expect(readPageQuery('')).toEqual({ values: DEFAULTS, problems: [] });
    expect(pageUrl(APP_ORIGIN, DEFAULTS)).toBe('app://deck/index.html');
  });

  it.each(Object.keys(OTHER) as QueryKey[])('writes %s and reads it back', (key) => {
    const url = pageUrl(APP_ORIGIN, { [key]: OTHER[key] });
    expect(url).toMatch(new RegExp(`^app://deck/index\\.html\\?${key}\\b`));
    expect(readBack(url)).toEqual({ values: { ...DEFAULTS, [key]: OTHER[key] }, problems: [] });
  });

  it('writes every key at once in one order, flags bare, and reads them all back', () => {
    const url = pageUrl('http://127.0.0.1:4173', OTHER, '#/the-scar/2');
    expect(url).toBe(
      'http://127.0.0.1:4173/index.html?view=presenter&mode=scroll&motion=reduced&snap=off&steps&notes&handout&relay=k3y&kiosk&idle=90&exit=Control%2BAlt%2BX&pin=2468&lock&start=the-scar&lang=en&cursor=5&advisory=off&warn=20&return=resume&hours=Mo-Fr+09%3A00-18%3A00&screenshots=0#/the-scar/2',
    );
    expect(readBack(url)).toEqual({ values: OTHER, problems: [] });
  });

  it('reads every view and mode it writes', () => {
    for (const view of VIEWS) expect(readBack(pageUrl(APP_ORIGIN, { view })).values.view).toBe(view);
    for (const mode of MODES) expect(readBack(pageUrl(APP_ORIGIN, { mode })).values.mode).toBe(mode);
  });

  it('builds the print view URL both exports open', () => {
    expect(printViewUrl(APP_ORIGIN, { steps: true, notes: false, handout: true })).toBe('app://deck/index.html?view=print&steps&handout');
    expect(printViewUrl('http://127.0.0.1:9', { steps: false, notes: false, handout: false })).toBe('http://127.0.0.1:9/index.html?view=print');
  });

  it('keeps the default for a value a key does not take, and reports the key, the value, what it takes and what it kept', () => {
    const { values, problems } = readPageQuery('?view=speaker&mode=fast&motion=slow&snap=maybe&advisory=sometimes&idle=soon');
    expect(values).toEqual({ ...DEFAULTS, idle: 'soon' });
    expect(problems).toEqual([
      { key: 'view', part: 'page', value: 'speaker', allowed: VIEWS, fallback: 'audience' },
      { key: 'mode', part: 'page', value: 'fast', allowed: MODES, fallback: 'present' },
      { key: 'motion', part: 'page', value: 'slow', allowed: ['reduced', 'system'], fallback: 'system' },
      { key: 'snap', part: 'page', value: 'maybe', allowed: ['on', 'off'], fallback: 'on' },
      { key: 'advisory', part: 'kiosk', value: 'sometimes', allowed: ['on', 'off'], fallback: 'on' },
    ]);
  });

  it('takes a flag with any value but kiosk=false, as the query always has', () => {
    expect(readPageQuery('?steps=1&kiosk=false').values).toMatchObject({ steps: true, kiosk: false });
    expect(readPageQuery('?kiosk=').values.kiosk).toBe(true);
  });

  it('sets one key in a query, keeping the others (known or not) in their places', () => {
    const query = new URLSearchParams('motion=reduced&mode=autoplay&utm=x');
    setQueryValue(query, 'mode', 'scroll');
    expect(query.toString()).toBe('motion=reduced&utm=x&mode=scroll');
    setQueryValue(query, 'mode', 'present');
    expect(query.toString()).toBe('motion=reduced&utm=x');
  });

  it('names the kiosk keys a page leaving the kiosk drops: the kiosk and every setting', () => {
    expect([...KIOSK_QUERY_KEYS].sort()).toEqual(['advisory', 'cursor', 'exit', 'hours', 'idle', 'kiosk', 'lang', 'lock', 'pin', 'return', 'screenshots', 'start', 'warn']);
    expect(queryPairs({ view: 'print', steps: true, kiosk: false })).toEqual([['view', 'print'], ['steps', '']]);
  });
});
