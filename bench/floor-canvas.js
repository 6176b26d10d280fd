// The floor of the cold measure: a plain canvas with no library, measured exactly as the embed is
// (bench/reference-builds.mjs bundles it into one file; bench/cold.mjs inserts it in place of
// dist/attack-timeline.js). It defines `<attack-timeline>` as a bare custom element that reads the
// same generated data, places each event on a time axis in greedy rows and paints a bar and its
// title per event on one canvas (bench/floor-draw.js). No validation, no text fitting, no
// controls, no accessibility: what is left is what any page pays on this machine to fetch a
// script, run it and show a canvas, which bounds the cold budgets from below.

import { drawFloor } from './floor-draw.js';

const DAY_MS = 86_400_000;

/** First and last instant of an event's `date` ("2012", "2012-05", "2012-05-03", "2012-spring") or `start`/`end`. */
function span(event) {
  const from = event.start ?? event.date;
  const to = event.end ?? event.date;
  // A day only in a full date: "2012-early" is ten characters long too.
  const day = (text, fallback) => (/^\d{4}-\d{2}-\d{2}$/.test(text) ? Number(text.slice(8)) : fallback);
  const first = Date.UTC(Number(from.slice(0, 4)), from.length >= 7 && /\d/.test(from[5]) ? Number(from.slice(5, 7)) - 1 : 0, day(from, 1));
  const last = Date.UTC(Number(to.slice(0, 4)), to.length >= 7 && /\d/.test(to[5]) ? Number(to.slice(5, 7)) - 1 : 11, day(to, 28));
  return [first, Math.max(last, first + DAY_MS)];
}

class FloorTimeline extends HTMLElement {
  connectedCallback() {
    drawFloor(this, this.data.events.map((event) => {
      const [startMs, endMs] = span(event);
      return { id: event.id, title: event.title, startMs, endMs };
    }));
  }
}

customElements.define('attack-timeline', FloorTimeline);
