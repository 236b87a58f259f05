/**
 * Message boxes attached to the window they concern. "The `window` argument allows the dialog to
 * attach itself to a parent window, making it modal" (Electron's dialog docs): without one, on
 * macOS a box about a full-screen window on the projector can open on the other display, behind.
 * (dialog.showErrorBox takes no window, so errors are message boxes of type 'error' too.)
 */
import { BrowserWindow, dialog, type MessageBoxOptions, type MessageBoxReturnValue } from 'electron';

export function showMessageBoxOverFocused(options: MessageBoxOptions): Promise<MessageBoxReturnValue> {
  const parent = BrowserWindow.getFocusedWindow();
  return parent ? dialog.showMessageBox(parent, options) : dialog.showMessageBox(options);
}
