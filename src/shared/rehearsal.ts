/**
 * What a rehearsal records, checked wherever one crosses a boundary: the preload before it
 * leaves the page, main and the dev server before any slide is written.
 */
import { z } from 'zod';

/** Per scene id, the seconds spent on each step (null: not reached). */
export const rehearsalSchema = z.strictObject({
  scenes: z.record(z.string().min(1), z.array(z.number().positive().finite().nullable())),
});
export type Rehearsal = z.infer<typeof rehearsalSchema>;
