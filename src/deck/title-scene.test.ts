/**
 * The talk opens on the drawing the article reaches later: the title scene and "The scar"
 * show one wrist and one scar, drawn the same way, so the audience knows it when it returns.
 * A drawing of its own for either scene, or a change to how one of them draws it, fails here.
 */
import { readFileSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadDeck } from './load.ts';

const slides = resolve(import.meta.dirname, '../../slides');
const loaded = loadDeck(slides);
const scenes = loaded.deck!.scenes;
const scene = (id: string) => scenes.find((candidate) => candidate.id === id)!;

describe('the title scene', () => {
  it('comes right after the content note, before the article begins', () => {
    expect(scenes.map((candidate) => candidate.id).slice(0, 3)).toEqual(['content-note', 'title', 'the-film']);
    expect(scenes[0]!.advisory).toBe(true);
  });

  it('carries no article text: its words are ours', () => {
    for (const step of scene('title').steps) {
      expect(step.article).toBe('');
      expect(step.text.length).toBeGreaterThan(0);
    }
  });
});

describe('the title scene and "The scar" show the same drawing', () => {
  it('is one component, the same file for both', () => {
    expect(loaded.visuals.title).toBeDefined();
    expect(loaded.visuals.title).toBe(loaded.visuals['the-scar']);
    expect(basename(loaded.visuals.title!)).toBe('Wrist.svelte');
    expect(scene('title').layout).toBe(scene('the-scar').layout);
  });

  it('is drawn the same way: the arm at one step, the scar at the next, on its own', () => {
    const cuesByStep = (id: string) => scene(id).steps.map((step) => step.cues);
    expect(cuesByStep('title')).toEqual([['wrist'], ['scar']]);
    expect(cuesByStep('the-scar')).toEqual(cuesByStep('title'));
  });

  it('draws the scar once, slowly, as one thin line from the shared shapes', () => {
    const source = readFileSync(loaded.visuals.title!, 'utf8');
    const scarParts = [...source.matchAll(/<path[^>]*data-cue="scar"[^>]*>/g)].map((match) => match[0]);
    expect(scarParts).toHaveLength(1);
    expect(scarParts[0]).toContain('d={SCAR}');
    expect(scarParts[0]).toContain('data-enter="draw"');
    expect(Number(/data-duration="([\d.]+)"/.exec(scarParts[0]!)?.[1])).toBeGreaterThanOrEqual(3);
    expect(source).toMatch(/import \{[^}]*\bSCAR\b[^}]*\} from '\.\/shapes'/);
  });
});
