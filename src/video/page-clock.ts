/**
 * The page's clock for a video export, put into the page before any of its own scripts run
 * (Page.addScriptToEvaluateOnNewDocument), by the command line's Chromium and by the app's
 * hidden window alike. It replaces every time source the show reads (timers, animation frames,
 * idle callbacks, performance.now, Date) with @sinonjs/fake-timers' clock, which stands still
 * until the export moves it: the page is then at exactly the moment the frame shows, however
 * fast the machine is. It also keeps the page's uncaught errors. Built on its own into one script (src/build/page-script.ts).
 */
import FakeTimers from '@sinonjs/fake-timers';

const clock = FakeTimers.withGlobal(globalThis).install({
  now: 0,
  toFake: [
    'setTimeout', 'clearTimeout', 'setInterval', 'clearInterval',
    'requestAnimationFrame', 'cancelAnimationFrame', 'requestIdleCallback', 'cancelIdleCallback',
    'performance', 'Date',
  ],
  // A step's entrance with ambient motion schedules many frames; the default limit (1000) is a
  // guard against runaway timers, which one tenth of a second never comes near.
  loopLimit: 100_000,
});

// The page's own errors, for the export to stop on: the same way in both browsers.
const errors: string[] = [];
addEventListener('error', (event) => errors.push(String(event.error ?? event.message)));
addEventListener('unhandledrejection', (event) => errors.push(String(event.reason)));

/** What the export calls: move the page's time on, running everything due (returns the new time); the errors so far. */
Object.defineProperty(globalThis, '__videoExport', {
  value: Object.freeze({ runFor: (ms: number): number => (clock.tick(ms), clock.now), errors: () => [...errors] }),
});
