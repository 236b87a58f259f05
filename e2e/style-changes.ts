/**
 * Watching what the show's motion changes: every inline style property and SVG geometry
 * attribute that changes on stage once the page is ready, recorded from the first frame
 * (an init script, so it must be installed before the page is opened). Used wherever the
 * deck is played through, so the motion rules are checked in a walk that is made anyway.
 */
import type { Page } from '@playwright/test';

export interface StyleChanges {
  properties: string[];
  attributes: string[];
  transforms: string[];
}

/** Properties that move layout: they must never animate. */
export const LAYOUT_PROPERTY = /^(width|height|top|left|right|bottom|inset|margin|padding|font|line-height|letter-spacing|border|flex|grid|gap|min-|max-|position|display)/;

/** Installs an observer, in every document the page opens, that records which style properties and SVG attributes change, and how. */
export async function watchStyleChanges(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const changes = { properties: new Set<string>(), attributes: new Set<string>(), transforms: new Set<string>() };
    (window as unknown as { styleChanges: typeof changes }).styleChanges = changes;
    const parse = (text: string | null) =>
      new Map(
        (text ?? '')
          .split(';')
          .map((declaration) => declaration.split(':'))
          .filter((parts) => parts.length >= 2)
          .map(([name, ...value]) => [name!.trim(), value.join(':').trim()]),
      );
    const observer = new MutationObserver((mutations) => {
      if (!document.documentElement.hasAttribute('data-ready')) return;
      for (const mutation of mutations) {
        const target = mutation.target as Element;
        if (target.matches('[data-stage]')) continue; // the stage is scaled to the window, not animated
        if (mutation.attributeName !== 'style') {
          changes.attributes.add(mutation.attributeName!);
          continue;
        }
        const before = parse(mutation.oldValue);
        const after = parse(target.getAttribute('style'));
        for (const name of new Set([...before.keys(), ...after.keys()])) {
          if (before.get(name) === after.get(name)) continue;
          changes.properties.add(name);
          if (name === 'transform' || name === 'translate' || name === 'scale') changes.transforms.add(after.get(name) ?? 'none');
        }
      }
    });
    document.addEventListener('DOMContentLoaded', () =>
      observer.observe(document.body, {
        subtree: true,
        attributes: true,
        attributeOldValue: true,
        attributeFilter: ['style', 'x', 'y', 'width', 'height', 'cx', 'cy', 'r', 'rx', 'ry', 'x1', 'x2', 'y1', 'y2', 'font-size'],
      }),
    );
  });
}

/** What changed in the current document since it opened. */
export function styleChangesSoFar(page: Page): Promise<StyleChanges> {
  return page.evaluate(() => {
    const changes = (window as unknown as { styleChanges: { properties: Set<string>; attributes: Set<string>; transforms: Set<string> } }).styleChanges;
    return { properties: [...changes.properties].sort(), attributes: [...changes.attributes].sort(), transforms: [...changes.transforms] };
  });
}
