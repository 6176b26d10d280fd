import { html } from 'lit';
import type { TimelineEvent } from '../../model/types.ts';
import type { Cluster } from '../../derive/view-layout.ts';
import { formatWhen } from '../../scales/date-format.ts';
import type { Messages } from '../../i18n/messages.ts';

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
