/** The bench's window: the stage's own size, as on a 1080p projector, so nothing is scaled. */
export const VIEWPORT = { width: 1920, height: 1080 };
