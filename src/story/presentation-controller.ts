import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** What a key does while presenting. */
export type PresentationCommand = 'next' | 'previous' | 'first' | 'last' | 'exit';

/**
 * The keys presentation clickers and keyboards send: →, ↓, PageDown and Space go forward; ←, ↑,
 * PageUp and Shift+Space go back; Home/End jump; Esc exits. Anything else is not ours (undefined).
 */
export function commandForKey(event: Pick<KeyboardEvent, 'key' | 'shiftKey' | 'altKey' | 'ctrlKey' | 'metaKey'>): PresentationCommand | undefined {
  if (event.altKey || event.ctrlKey || event.metaKey) return undefined;
  switch (event.key) {
    case 'ArrowRight':
    case 'ArrowDown':
    case 'PageDown':
      return 'next';
    case ' ':
    case 'Spacebar':
      return event.shiftKey ? 'previous' : 'next';
    case 'ArrowLeft':
    case 'ArrowUp':
    case 'PageUp':
      return 'previous';
    case 'Home':
      return 'first';
    case 'End':
      return 'last';
    case 'Escape':
      return 'exit';
    default:
      return undefined;
  }
}

const TEXT_ENTRY = new Set(['input', 'select', 'textarea']);

/**
 * Presentation mode's outside resources: the Fullscreen API and the page's keyboard. While
 * active, it listens to keys on the document in the capture phase, so steps win over the chart's
 * own arrow keys; when not active it listens to nothing, and the chart keeps its keys. Leaving
 * full screen (the browser's own Esc) ends the presentation.
 */
export class PresentationController implements ReactiveController {
  active = false;

  constructor(
    private readonly _host: ReactiveControllerHost & HTMLElement,
    private readonly _onCommand: (command: PresentationCommand) => void,
  ) {
    _host.addController(this);
  }

  /** Starts listening and asks for full screen (refused without a user gesture: the CSS layout still fills the window). */
  enter(): void {
    if (this.active) return;
    this.active = true;
    document.addEventListener('keydown', this._onKeyDown, true);
    document.addEventListener('fullscreenchange', this._onFullscreenChange);
    if (document.fullscreenEnabled && !document.fullscreenElement && this._host.isConnected) {
      this._host.requestFullscreen?.().catch(() => {
        // No user gesture (an attribute set by a script) or a frame without allow="fullscreen".
      });
    }
  }

  /** Stops listening and leaves full screen if we entered it. */
  leave(): void {
    if (!this.active) return;
    this.active = false;
    document.removeEventListener('keydown', this._onKeyDown, true);
    document.removeEventListener('fullscreenchange', this._onFullscreenChange);
    if (document.fullscreenElement === this._host) void document.exitFullscreen().catch(() => {});
  }

  hostDisconnected(): void {
    this.leave();
  }

  private _wasFullscreen = false;

  private _onFullscreenChange = (): void => {
    const isFullscreen = document.fullscreenElement === this._host;
    if (this._wasFullscreen && !isFullscreen) this._onCommand('exit');
    this._wasFullscreen = isFullscreen;
  };

  private _onKeyDown = (event: KeyboardEvent): void => {
    const command = commandForKey(event);
    if (!command) return;
    const target = event.composedPath()[0];
    const typing = target instanceof Element && (TEXT_ENTRY.has(target.localName) || (target as HTMLElement).isContentEditable);
    if (typing && command !== 'exit') return;
    event.preventDefault();
    event.stopPropagation();
    this._onCommand(command);
  };
}
