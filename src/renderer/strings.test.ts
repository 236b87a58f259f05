import { describe, expect, it } from 'vitest';
import { UI_LANGUAGES } from '../shared/kiosk-settings';
import { UI_TABLES, ui, useLanguage } from './strings';

/** Every leaf of a table as `path: kind`, a function's kind carrying its arity. */
function shape(table: object, prefix = ''): string[] {
  return Object.entries(table).flatMap(([key, value]) => {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'function') return [`${path}: function/${value.length}`];
    if (value !== null && typeof value === 'object') return shape(value as object, path);
    return [`${path}: ${typeof value}`];
  });
}

/** Every string in a table, with its path. */
function texts(table: object, prefix = ''): [string, string][] {
  return Object.entries(table).flatMap(([key, value]): [string, string][] => {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') return [[path, value]];
    if (value !== null && typeof value === 'object') return texts(value as object, path);
    return [];
  });
}

describe('interface strings', () => {
  const english = UI_TABLES.en;

  it('has a table for every language the kiosk may be set to', () => {
    expect(Object.keys(UI_TABLES).sort()).toEqual([...UI_LANGUAGES].sort());
  });

  it.each(Object.entries(UI_TABLES))('%s has exactly the keys of English, functions taking as many values', (_, table) => {
    expect(shape(table).sort()).toEqual(shape(english).sort());
  });

  it.each(Object.entries(UI_TABLES))('%s has no empty or blank string', (_, table) => {
    expect(texts(table).filter(([, text]) => text.trim() === '')).toEqual([]);
  });

  it('only holds strings, functions and groups of them', () => {
    expect(shape(english).filter((leaf) => !/: (string|function\/\d+)$/.test(leaf))).toEqual([]);
  });

  it('answers in English for a language it does not have', () => {
    useLanguage('xx');
    expect(ui()).toBe(english);
    useLanguage('en');
    expect(ui()).toBe(english);
  });
});
