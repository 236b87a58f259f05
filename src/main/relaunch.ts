/**
 * How the app starts itself again (the kiosk's recovery, the move to X11 on Wayland).
 * Electron's app.relaunch() starts a helper from the running binary that waits for this
 * process to exit and then starts the new one. Inside an AppImage the running binary lives
 * in the AppImage's temporary mount, which goes when the app exits, helper and all, so the
 * app never comes back (electron-builder #1727, #4650), even with `execPath` set. There the
 * AppImage file itself ($APPIMAGE) is started instead, at once and detached, and it mounts
 * itself afresh. Pure: the arguments and environment in, the plan out.
 */
export type RelaunchPlan =
  | { kind: 'electron'; options: { args: string[] } }
  | { kind: 'spawn-appimage'; command: string; args: string[] };

export function relaunchPlan(input: { args: readonly string[]; env: Readonly<Record<string, string | undefined>>; packaged: boolean }): RelaunchPlan {
  const appImage = input.env.APPIMAGE;
  // A development run started from some other AppImage's shell inherits its APPIMAGE: only a packaged app is one.
  if (input.packaged && appImage) return { kind: 'spawn-appimage', command: appImage, args: [...input.args] };
  return { kind: 'electron', options: { args: [...input.args] } };
}
