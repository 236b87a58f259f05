/**
 * Where the app's own pages live: Electron loads the renderer from app://deck/…, never file://,
 * so its pages have a real origin that main can recognise (security, IPC senders, the kiosk's URL).
 */
export const APP_SCHEME = 'app';
export const APP_HOST = 'deck';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
