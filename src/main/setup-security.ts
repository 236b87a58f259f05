/** Applies security.ts's rules to the default session and to every web contents the app makes. */
import { app, session } from 'electron';
import { isAllowedNavigation, isAllowedRequest, permissionDecision, windowOpenDecision } from './security';

export interface SecurityOptions {
  /** The presenter view, opened by main when a page asks for it through window.open. */
  openPresenter: () => void;
}

export function setupSecurity(options: SecurityOptions): void {
  const ses = session.defaultSession;
  ses.setPermissionRequestHandler((_contents, permission, callback) => callback(permissionDecision(permission)));
  ses.setPermissionCheckHandler((_contents, permission) => permissionDecision(permission));
  ses.setDevicePermissionHandler((details) => permissionDecision(details.deviceType));
  ses.webRequest.onBeforeRequest((details, callback) => callback({ cancel: !isAllowedRequest(details.url) }));

  app.on('web-contents-created', (_event, contents) => {
    contents.on('will-navigate', (event, url) => {
      if (!isAllowedNavigation(url)) event.preventDefault();
    });
    contents.on('will-frame-navigate', (event) => {
      if (!isAllowedNavigation(event.url)) event.preventDefault();
    });
    contents.on('will-redirect', (event, url) => {
      if (!isAllowedNavigation(url)) event.preventDefault();
    });
    contents.on('will-attach-webview', (event) => event.preventDefault());
    contents.setWindowOpenHandler(({ url }) => {
      if (windowOpenDecision(url) === 'open-presenter') options.openPresenter();
      return { action: 'deny' };
    });
  });
}
