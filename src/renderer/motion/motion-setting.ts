/**
 * The app's own reduced-motion setting (the M key), beside the system's and `?motion=reduced`:
 * kept in this browser's storage, so a presenter or an exhibition sets it once. Turning it
 * on or off reloads the page, since every scene builds its timeline for one motion setting;
 * the place is in the URL, so the show stays where it was.
 */
const KEY = 'forced-repatriation-deck:reduced-motion';

export function reducedMotionSetting(): boolean {
  try {
    return localStorage.getItem(KEY) === 'on';
  } catch {
    return false; // storage refused (a locked-down browser): the setting is simply off
  }
}

export function toggleReducedMotionSetting(): void {
  try {
    localStorage.setItem(KEY, reducedMotionSetting() ? 'off' : 'on');
  } catch {
    return;
  }
  location.reload();
}
