import { select, type Selection } from 'd3-selection';
import { zoom, zoomIdentity, type D3ZoomEvent, type ZoomBehavior, type ZoomTransform as D3ZoomTransform } from 'd3-zoom';
import 'd3-transition'; // adds selection.transition() and .interrupt(), used below
import { wheelZoomDelta } from '../scales/wheel-zoom.ts';
import { ZoomTransform } from '../scales/zoom-transform.ts';

/**
 * The d3-zoom gesture handler, loaded after the first paint (in the embed, the file
 * `attack-timeline-zoom.js` beside the script; see `ZoomController`). It speaks our
 * `ZoomTransform` outward and d3's inward.
 */
export interface ZoomGestures {
  /** Reads gestures from `target`, starting from `transform`; a previous target is let go. */
  attach(target: Element, transform: ZoomTransform): void;
  /** Stops any animation and lets the target go. */
  detach(): void;
  setBounds(widthPx: number, heightPx: number, scaleExtent: readonly [number, number]): void;
  /** Sets the transform without an event or animation. */
  jumpTo(transform: ZoomTransform): void;
  /** Animates to `transform` (0 jumps); resolves when done or interrupted. */
  moveTo(transform: ZoomTransform, durationMs: number): Promise<void>;
  /** Zooms by `factor` about screen x `anchorPx`, within bounds. */
  zoomBy(factor: number, anchorPx: number, durationMs: number): Promise<void>;
  /** Pans by `dxPx` screen px (positive: later in time), within bounds. */
  panBy(dxPx: number): void;
}

export interface ZoomGestureOptions {
  /** Whether an event starts a gesture (polite in an article: see `ZoomController`). */
  readonly filter: (event: Event) => boolean;
  /** Every change of the transform, however caused. */
  readonly onZoom: (transform: ZoomTransform) => void;
  /** The end of a user gesture (wheel, drag, pinch), with the final transform. */
  readonly onGestureEnd: (transform: ZoomTransform) => void;
}

const toD3 = ({ k, x }: ZoomTransform): D3ZoomTransform => zoomIdentity.translate(x, 0).scale(k);
const fromD3 = ({ k, x }: D3ZoomTransform): ZoomTransform => new ZoomTransform(k, x);

/** A d3-zoom behaviour set up the chart's way; attach it to a target to read gestures. */
export function createZoomGestures(options: ZoomGestureOptions): ZoomGestures {
  let selection: Selection<Element, unknown, null, undefined> | undefined;
  const behaviour: ZoomBehavior<Element, unknown> = zoom<Element, unknown>()
    .filter(options.filter)
    // Always listen for touches: d3 otherwise decides at attach time from navigator.maxTouchPoints,
    // which misses touch screens attached later and hybrid laptops.
    .touchable(() => true)
    .wheelDelta((event: WheelEvent) => wheelZoomDelta(event))
    .on('zoom', (event: D3ZoomEvent<Element, unknown>) => options.onZoom(fromD3(event.transform)))
    .on('end', (event: D3ZoomEvent<Element, unknown>) => {
      if (event.sourceEvent) options.onGestureEnd(fromD3(event.transform));
    });

  return {
    attach(target, transform) {
      if (selection?.node() === target) return;
      selection?.interrupt().on('.zoom', null);
      selection = select(target);
      selection.call(behaviour).on('dblclick.zoom', null);
      selection.property('__zoom', toD3(transform));
    },
    detach() {
      selection?.interrupt().on('.zoom', null);
      selection = undefined;
    },
    setBounds(widthPx, heightPx, scaleExtent) {
      behaviour
        .scaleExtent([scaleExtent[0], scaleExtent[1]])
        .extent([[0, 0], [widthPx, heightPx]])
        .translateExtent([[0, 0], [widthPx, heightPx]]);
    },
    jumpTo(transform) {
      selection?.interrupt().property('__zoom', toD3(transform));
    },
    async moveTo(transform, durationMs) {
      if (!selection) return;
      selection.interrupt();
      if (durationMs <= 0) {
        selection.call(behaviour.transform, toD3(transform));
        return;
      }
      await selection.transition().duration(durationMs).call(behaviour.transform, toD3(transform)).end().catch(() => {
        // Interrupted by a newer move or a gesture: that one now owns the view.
      });
    },
    async zoomBy(factor, anchorPx, durationMs) {
      if (!selection) return;
      selection.interrupt();
      // scaleBy constrains to scaleExtent and translateExtent, so buttons can't overshoot.
      if (durationMs <= 0) {
        selection.call(behaviour.scaleBy, factor, [anchorPx, 0]);
        return;
      }
      await selection.transition().duration(durationMs).call(behaviour.scaleBy, factor, [anchorPx, 0]).end().catch(() => {});
    },
    panBy(dxPx) {
      if (!selection) return;
      const { k } = selection.property('__zoom') as D3ZoomTransform;
      selection.interrupt().call(behaviour.translateBy, -dxPx / k, 0);
    },
  };
}
