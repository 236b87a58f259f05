/**
 * The authoring format's schema: what a slide file's front matter and the deck's
 * settings file may contain. Strict objects: an unknown key is an error, so a typo
 * never silently drops a setting.
 */
import { z } from 'zod';

export const TEXT_STYLES = ['body', 'lead', 'quote', 'caption'] as const;
export const LAYOUTS = ['column', 'split', 'stacked', 'narrow', 'cards'] as const;

const nonEmpty = z.string().trim().min(1);

const figureSchema = z
  .strictObject({
    src: nonEmpty,
    alt: z.string().trim().optional(),
    decorative: z.boolean().optional(),
  })
  .refine((figure) => figure.decorative === true || (figure.alt ?? '') !== '', {
    message: 'needs "alt" text, or "decorative: true" when it carries no information',
  });

export const stepSchema = z
  .strictObject({
    article: nonEmpty.optional(),
    text: nonEmpty.optional(),
    style: z.enum(TEXT_STYLES).default('body'),
    cue: z.union([nonEmpty, z.array(nonEmpty).min(1)]).optional(),
    figure: figureSchema.optional(),
    clear: z.boolean().default(false),
    seconds: z.number().positive().max(3600),
  })
  .refine((step) => step.article || step.text || step.cue || step.figure, {
    message: 'shows nothing: give it "article", "text", "cue" or "figure"',
  });

const sceneId = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, {
  message: 'must be lowercase words joined by hyphens, such as "the-scar"',
});

export const sceneSchema = z
  .strictObject({
    id: sceneId,
    title: nonEmpty,
    advisory: z.boolean().default(false),
    layout: z.enum(LAYOUTS).default('column'),
    visual: nonEmpty.optional(),
    /** Ours: what the visual shows, for a drawing that carries meaning (the PDF tags it as a figure with this text). */
    visualAlt: nonEmpty.optional(),
    steps: z.array(stepSchema).min(1, { message: 'a scene needs at least one step' }),
  })
  .refine((scene) => !scene.visualAlt || scene.visual, {
    message: 'describes the scene\'s visual, but the scene has no "visual"',
    path: ['visualAlt'],
  });

export const deckSettingsSchema = z.strictObject({
  title: nonEmpty,
  author: nonEmpty,
  /** The scene whose drawing the printed cover shows, complete (a scene with a visual). */
  cover: sceneId.optional(),
});

export type SceneFrontMatter = z.output<typeof sceneSchema>;
export type StepFrontMatter = z.output<typeof stepSchema>;
export type DeckSettings = z.output<typeof deckSettingsSchema>;
