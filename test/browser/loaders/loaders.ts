/** The lazily fetched chunks whose loaders test/browser/harness/loader-faults.ts puts through their faults. */
import { chartOf, svgOf, type AttackTimeline } from '../harness/timeline-harness.ts';
import type { Loader } from '../harness/loader-faults.ts';
import smallJson from '../../fixtures/small.json';

/** The zoom gestures (the chart's ZoomController): fetched at once on a pointer over the chart. */
export const ZOOM: Loader = {
  chunk: 'zoom',
  file: 'attack-timeline-zoom.js',
  path: '/src/controllers/zoom-gestures.ts',
  start: async (element) => {
    svgOf(element).dispatchEvent(new PointerEvent('pointerover', { bubbles: true, composed: true }));
  },
  // The gesture handler made of the code is attached (a private of the chart's zoom controller).
  works: async (element) => Boolean((chartOf(element) as unknown as { _zoom: { _gestures?: unknown } } | null)?._zoom._gestures),
};

/** The max-tlp code (DatasetController): the element shows its data only once it is here. */
export const TLP: Loader = {
  chunk: 'tlp',
  file: 'attack-timeline-tlp.js',
  path: '/src/formats/tlp.ts',
  attributes: { 'max-tlp': 'green' },
  awaited: true,
  start: async () => {},
  // Its own data (an element removed while waiting must not come back with the bundled story).
  works: async (element: AttackTimeline) => element.parsedDataset?.title === smallJson.title,
};

/** The code that reads a `src` answer (DatasetController, through loadJson): the data is shown once it is here. */
export const READ_DATASET: Loader = {
  chunk: 'read-dataset',
  file: 'attack-timeline-read-dataset.js',
  path: '/src/shell/read-dataset.ts',
  attributes: { src: '/__reliability/counted/loader-faults.json' },
  awaited: true,
  start: async () => {},
  works: async (element: AttackTimeline) => element.parsedDataset?.title === smallJson.title,
};

/** The export code (ExportController): fetched by exportSvg(). */
export const EXPORT: Loader = {
  chunk: 'export',
  file: 'attack-timeline-export.js',
  path: '/src/export/export.ts',
  start: async (element) => {
    await element.exportSvg().catch(() => undefined);
  },
  works: async (element) => element.exportSvg().then((svg) => svg.includes('<svg'), () => false),
};

/** The search code (LazyParts): fetched after the controls, or at once for a query; matches are ringed once it is here. */
export const SEARCH: Loader = {
  chunk: 'search',
  file: 'attack-timeline-search.js',
  path: '/src/shell/lazy-search.ts',
  // Fetched soon after the first paint, and the element's updateComplete waits for it.
  awaited: true,
  start: async (element) => {
    await element.showView({ query: 'cloud hopper' });
  },
  works: async (element) => (chartOf(element)?.highlightIds.size ?? 0) > 0,
};
