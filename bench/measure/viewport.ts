/** The bench's window: the stage's own size, as on a 1080p projector, so nothing is scaled. */
export const VIEWPORT = { width: 1920, height: 1080 };

/**
 * A quarter of its pixels (the stage scaled to half, the page's work the same): what a frame
 * costs in pixels (raster, and compositing in software when there is no GPU) shows apart from
 * what it costs the page.
 */
export const QUARTER_VIEWPORT = { width: 960, height: 540 };
