import type { WebContents } from 'electron';

/**
 * Applied to every web contents the app ever creates. The renderer is a single page that routes
 * in-page, so no legitimate action navigates, redirects, opens a window or attaches a <webview>:
 * each attempt is refused outright rather than filtered by URL.
 */
export function guardWebContents(contents: WebContents): void {
  contents.on('will-navigate', (event) => event.preventDefault());
  contents.on('will-redirect', (event) => event.preventDefault());
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
}
