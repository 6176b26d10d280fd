import { html, type ReactiveController, type ReactiveElement } from 'lit';
import type { TimelineEvent } from '../../model/types.ts';
import { clusterMembers, type Cluster } from '../../derive/view-layout.ts';
import { formatWhen } from '../../scales/date-format.ts';
import type { Messages } from '../../i18n/messages.ts';
import type { ChartFrames } from './chart-frames.ts';

/** Clusters with at most this many members open a list; larger ones zoom in on a click. */
export const CLUSTER_LIST_MAX = 20;

export interface ClusterListOptions {
  readonly cluster: Cluster;
  readonly members: readonly TimelineEvent[];
  readonly locale: string;
  readonly messages: Messages;
  readonly select: (id: string) => void;
  readonly zoom: () => void;
  readonly close: () => void;
}

/**
 * The members of a cluster as a list of buttons (title and date), with a button to zoom in on
 * them: the keyboard and screen-reader way into marks drawn too close to tell apart. Esc closes
 * it. The chart positions it next to the cluster (see `positionClusterList`).
 */
export function renderClusterList({ cluster, members, locale, messages, select, zoom, close }: ClusterListOptions) {
  const onKey = (event: KeyboardEvent) => {
    if (event.key !== 'Escape') return;
    event.stopPropagation();
    close();
  };
  return html`<div class="cluster-list" role="dialog" aria-label=${messages.eventsLabel(cluster.count)} @keydown=${onKey}>
    <p class="cluster-list-count">${messages.eventsLabel(cluster.count)}</p>
    <ul>
      ${members.map((event) => html`<li><button type="button" data-id=${event.id} @click=${() => select(event.id)}>
        <span class="cluster-list-title">${event.title}</span>
        <span class="cluster-list-date">${formatWhen(event.when, locale)}</span>
      </button></li>`)}
    </ul>
    <button type="button" class="cluster-list-zoom" @click=${zoom}>${messages.zoomIn}</button>
  </div>`;
}

/** Puts the list beside its cluster inside the frame (CSSOM, so a strict CSP allows it). */
export function positionClusterList(list: HTMLElement, cluster: Cluster, rowCentrePx: number, frameWidthPx: number): void {
  const width = list.offsetWidth;
  const left = Math.max(0, Math.min(cluster.x1Px + 8, frameWidthPx - width));
  list.style.left = `${left}px`;
  list.style.top = `${rowCentrePx + 12}px`;
}

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
 * The open member list of one cluster: which cluster, the member to focus once it is drawn, its
 * template, and its place beside the cluster after each update.
 */
export class ClusterListController implements ReactiveController {
  /** The cluster whose member list is open. */
  cluster: Cluster | null = null;
  private _focusId: string | null = null;

  constructor(
    private readonly _host: ClusterListHost,
    private readonly _frames: ChartFrames,
    private readonly _widthPx: () => number,
    private readonly _options: ClusterListActions,
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
      const { frame, rows } = this._frames;
      if (frame.marks.some((mark) => mark.event.id === id)) return;
      const item = frame.items.find((candidate) => candidate.type === 'cluster' && clusterMembers(rows, candidate.cluster).some((event) => event.id === id));
      if (item?.type === 'cluster') this.show(item.cluster, id);
    });
  }

  render() {
    const cluster = this.cluster;
    if (!cluster) return null;
    return renderClusterList({
      cluster, members: clusterMembers(this._frames.rows, cluster), locale: this._host.locale, messages: this._host.messages,
      select: (id) => {
        this.cluster = null;
        this._options.select(id);
        this._host.requestUpdate();
      },
      zoom: () => {
        this.cluster = null;
        this._options.zoom(cluster);
      },
      close: () => {
        this.cluster = null;
        this._host.requestUpdate();
        this._options.returnFocus();
      },
    });
  }

  hostUpdated(): void {
    const list = this._host.renderRoot.querySelector<HTMLElement>('.cluster-list');
    if (!list || !this.cluster) return;
    positionClusterList(list, this.cluster, this._frames.rowCentrePx(this.cluster.row), this._widthPx());
    if (this._focusId !== null) {
      list.querySelector<HTMLElement>(`button[data-id="${CSS.escape(this._focusId)}"]`)?.focus();
      this._focusId = null;
    }
  }
}
