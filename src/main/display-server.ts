/**
 * Which display server the app runs on under Linux. Since Electron 38 an app in a Wayland
 * session runs as a native Wayland client (Electron's breaking changes, 38.0). Wayland lets no
 * client place its windows or read where they are (getBounds reports 0,0), so the show could
 * not put the audience on the projector and the presenter on the laptop, nor remember where
 * the speaker put them. The app therefore runs through XWayland (X11) where a Wayland session
 * has one, which keeps the two-screen layout: every launcher passes X11_SWITCH (npm start,
 * the deb's and the AppImage's desktop entries), and an app started without it relaunches
 * itself with it once. Chromium picks its platform before main.ts runs, so the switch must be
 * on the command line: app.commandLine.appendSwitch would come too late.
 * A speaker who asks for Wayland (--ozone-platform=wayland) gets it, with the windows where
 * the compositor puts them (docs/electron-runtime.md says what to do then).
 */
export const X11_SWITCH = '--ozone-platform=x11';

export type DisplayServerPlan =
  | { action: 'as-is' }
  | { action: 'relaunch-on-x11'; args: string[] }
  | { action: 'stay-on-wayland'; notice: string };

export const WAYLAND_NOTICE =
  'Running as a native Wayland app: Wayland does not let an app place its windows, so drag the audience window to the projector and press F there, and put the presenter window where you want it. Start without --ozone-platform=wayland to have the app place them.';
export const NO_XWAYLAND_NOTICE =
  'This Wayland session has no XWayland (DISPLAY is not set), so the app runs as a native Wayland app and cannot place its windows: drag the audience window to the projector and press F there.';

/** Whether the command line names the platform itself (Chromium reads `--ozone-platform=<name>`). */
export function namesOzonePlatform(args: readonly string[]): boolean {
  return args.some((arg) => arg === '--ozone-platform' || arg.startsWith('--ozone-platform='));
}

export function displayServerPlan(input: {
  platform: NodeJS.Platform;
  /** app.commandLine.getSwitchValue('ozone-platform'): Electron sets it from the session before main runs. */
  ozonePlatform: string;
  args: readonly string[];
  env: Readonly<Record<string, string | undefined>>;
}): DisplayServerPlan {
  const { platform, ozonePlatform, args, env } = input;
  if (platform !== 'linux') return { action: 'as-is' };
  const onWayland = ozonePlatform === 'wayland' || (ozonePlatform === '' && env.XDG_SESSION_TYPE === 'wayland');
  if (!onWayland) return { action: 'as-is' };
  if (namesOzonePlatform(args)) return { action: 'stay-on-wayland', notice: WAYLAND_NOTICE };
  if (!env.DISPLAY) return { action: 'stay-on-wayland', notice: NO_XWAYLAND_NOTICE };
  return { action: 'relaunch-on-x11', args: [...args, X11_SWITCH] };
}

/** What a launcher adds to Electron's command line on this platform, unless the user named a platform. */
export function launcherSwitches(platform: NodeJS.Platform, userArgs: readonly string[]): string[] {
  return platform === 'linux' && !namesOzonePlatform(userArgs) ? [X11_SWITCH] : [];
}
