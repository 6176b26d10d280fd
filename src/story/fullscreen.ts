/**
 * Asks for `element` to go full screen, unless something already is (refused without a user
 * gesture, or in a frame without allow="fullscreen": the presentation layout still fills the
 * window). Browsers allow it only shortly after the reader's click, so it is asked at once.
 */
export function requestFullscreen(element: HTMLElement): void {
  if (!document.fullscreenEnabled || document.fullscreenElement || !element.isConnected) return;
  element.requestFullscreen?.().catch(() => {
    // No user gesture (an attribute set by a script) or a frame without allow="fullscreen".
  });
}

/** Leaves full screen if `element` has it. */
export function exitFullscreen(element: HTMLElement): void {
  if (document.fullscreenElement === element) void document.exitFullscreen().catch(() => {});
}
