/**
 * Starts the app again with these arguments and ends this instance, as relaunch.ts plans it.
 */
import { spawn } from 'node:child_process';
import { app } from 'electron';
import { relaunchPlan } from './relaunch';

export function relaunchApp(args: readonly string[]): void {
  const plan = relaunchPlan({ args, env: process.env, packaged: app.isPackaged });
  if (plan.kind === 'spawn-appimage') {
    // The new instance starts while this one still runs: it must find the one-show lock free.
    app.releaseSingleInstanceLock();
    spawn(plan.command, plan.args, { detached: true, stdio: 'ignore' }).unref();
  } else {
    app.relaunch(plan.options);
  }
  app.exit(0);
}
