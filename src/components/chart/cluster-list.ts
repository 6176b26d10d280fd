import { html, type ReactiveController, type ReactiveElement } from 'lit';
import { clusterMembers, type Cluster } from '../../derive/view-layout.ts';
import { formatWhen } from '../../scales/date-format.ts';
import type { Messages } from '../../i18n/messages.ts';
import type { ChartFrames } from './chart-frames.ts';

/** Clusters with at most this many members open a list; larger ones zoom in on a click. */
export const CLUSTER_LIST_MAX = 20;

/** The chart, whose locale and messages the list is written in. */
export interface ClusterListHost extends ReactiveElement {
  readonly locale: string;
  readonly messages: Messages;
}

export interface ClusterListActions {
  /** A member was chosen (the list is already closed). */
  readonly select: (id: string) => void;
  /** Its zoom button was pressed (the list is already closed). */
  readonly zoom: (cluster: Cluster) => void;
  /** Where focus goes when the reader closes the list with Esc. */
  readonly returnFocus: () => void;
}

/**
 * The open member list of one cluster: the members as a list of buttons (title and date), with a
 * button to zoom in on them, the keyboard and screen-reader way into marks drawn too close to
 * tell apart. Esc closes it. Holds which cluster is open and the member to focus once drawn, and
 * puts the list beside its cluster after each update.
 */
export class ClusterListController implements ReactiveController {
  /** The cluster whose member list is open. */
  cluster: Cluster | null = null;
  private _focusId: string | null = null;

  constructor(
    private readonly _host: ClusterListHost,
    private readonly _frames: ChartFrames,
    private readonly _widthPx: () => number,
    private readonly _actions: ClusterListActions,
  ) {
    _host.addController(this);
  }

  /** Opens the list of `cluster`, focusing member `focusId` (else the first) once drawn. */
  show(cluster: Cluster, focusId: string | null): void {
    this.cluster = cluster;
    this._focusId = focusId ?? clusterMembers(this._frames.rows, cluster)[0]?.id ?? null;
    this._host.requestUpdate();
  }

  /** When the keyboard moves to an event drawn inside a cluster, its member list opens on it. */
  showHolding(id: string): void {
    void this._host.updateComplete.then(() => {
      this._frames.complete();
      const { frame, rows } = this._frames;
      if (frame.marks.some((mark) => mark.event.id === id)) return;
      const item = frame.items.find((candidate) => candidate.type === 'cluster' && clusterMembers(rows, candidate.cluster).some((event) => event.id === id));
      if (item?.type === 'cluster') this.show(item.cluster, id);
    });
  }

  render() {
    const cluster = this.cluster;
    if (!cluster) return null;
    const { locale, messages } = this._host;
    const close = (then: () => void) => {
      this.cluster = null;
      then();
      this._host.requestUpdate();
    };
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== 'Escape') return;
      event.stopPropagation();
      close(this._actions.returnFocus);
    };
    return html`<div class="cluster-list" role="dialog" aria-label=${messages.eventsLabel(cluster.count)} @keydown=${onKey}>
    <p class="cluster-list-count">${messages.eventsLabel(cluster.count)}</p>
    <ul>
      ${clusterMembers(this._frames.rows, cluster).map((event) => html`<li><button type="button" data-id=${event.id} @click=${() => close(() => this._actions.select(event.id))}>
        <span class="cluster-list-title">${event.title}</span>
        <span class="cluster-list-date">${formatWhen(event.when, locale)}</span>
      </button></li>`)}
    </ul>
    <button type="button" class="cluster-list-zoom" @click=${() => close(() => this._actions.zoom(cluster))}>${messages.zoomIn}</button>
  </div>`;
  }

  hostUpdated(): void {
    const list = this._host.renderRoot.querySelector<HTMLElement>('.cluster-list');
    const cluster = this.cluster;
    if (!list || !cluster) return;
    // Beside the cluster inside the frame (CSSOM, so a strict CSP allows it).
    list.style.left = `${Math.max(0, Math.min(cluster.x1Px + 8, this._widthPx() - list.offsetWidth))}px`;
    list.style.top = `${this._frames.rowCentrePx(cluster.row) + 12}px`;
    if (this._focusId !== null) {
      list.querySelector<HTMLElement>(`button[data-id="${CSS.escape(this._focusId)}"]`)?.focus();
      this._focusId = null;
    }
  }
}
