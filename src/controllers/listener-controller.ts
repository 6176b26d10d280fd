import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * DOM event listeners on an element the host renders (its shadow content): attached after the
 * first update that renders it, moved when a render replaces it, removed when the host leaves
 * the page. Lets a controller own its input events instead of the host's template.
 */
export class ListenerController implements ReactiveController {
  private _attached: Element | null = null;

  constructor(
    host: ReactiveControllerHost,
    private readonly _target: () => Element | null | undefined,
    private readonly _listeners: Readonly<Record<string, (event: Event) => void>>,
  ) {
    host.addController(this);
  }

  hostUpdated(): void {
    const target = this._target() ?? null;
    if (target === this._attached) return;
    this.hostDisconnected();
    for (const [type, listener] of Object.entries(this._listeners)) target?.addEventListener(type, listener);
    this._attached = target;
  }

  hostDisconnected(): void {
    for (const [type, listener] of Object.entries(this._listeners)) this._attached?.removeEventListener(type, listener);
    this._attached = null;
  }
}
