// Lets a browser test hold back or leave out the zoom gesture module (src/controllers/zoom-gestures.ts,
// in the embed attack-timeline-zoom.js), as a slow network or a publisher who did not host the file
// would. A page sets the cookie `zoom-chunk=hold` (the module's response waits until the page fetches
// /__zoom-chunk/release) or `zoom-chunk=missing` (404), and clears it when done. The cookie
// `controls-chunk` does the same for the secondary controls (src/shell/controls.ts, in the embed
// attack-timeline-controls.js), and the cookies below for the other lazy chunks. The value `hostile`
// serves a module that loads but is not the timeline's code: no export the shell asks for, or
// exports that throw when used (test/browser/shell/lazy-chunk-hostile.test.ts, test/browser/loaders/*).
const COOKIE_OF_MODULE = {
  '/src/controllers/zoom-gestures.ts': 'zoom-chunk',
  '/src/shell/controls.ts': 'controls-chunk',
  '/src/shell/presentation.ts': 'presentation-chunk',
  '/src/shell/lazy-event-detail.ts': 'detail-chunk',
  '/src/shell/lazy-event-cards.ts': 'cards-chunk',
  '/src/shell/read-dataset.ts': 'read-dataset-chunk',
  '/src/formats/tlp.ts': 'tlp-chunk',
  '/src/export/export.ts': 'export-chunk',
  '/src/shell/lazy-search.ts': 'search-chunk',
  '/data/default-dataset.json': 'story-chunk',
  '/src/i18n/messages-de.ts': 'locale-chunk',
};
let waiting = [];

const HOSTILE = `const fail = () => { throw new Error('hostile module'); };
export const CONTROL_ELEMENTS = { get 'at-filter-bar'() { return fail(); } };
export const ELEMENTS = { 'at-event-detail': fail };
export const ENGLISH = {};
export const createZoomGestures = new Proxy(function () {}, { apply: fail });
export const parseTlp = new Proxy({}, { get: fail });
export const createSearchIndex = new Proxy(function () {}, { apply: fail });`;

// The value `throwing`: the max-tlp code with every export there, that throws when called, and
// throws a value that cannot even be turned into text (test/browser/loaders/tlp-throwing.test.ts).
const THROWING = `const unreadable = Object.create(null);
export const parseTlp = (text) => text;
export const restrictToTlp = () => { throw unreadable; };
export const issuesWithinTlp = restrictToTlp;`;

export async function zoomChunkMiddleware(ctx, next) {
  if (ctx.path === '/__zoom-chunk/release') {
    const released = waiting.length;
    for (const resume of waiting) resume();
    waiting = [];
    ctx.body = { released };
    return;
  }
  if (ctx.path === '/__zoom-chunk/held') {
    ctx.body = { held: waiting.length };
    return;
  }
  const cookie = COOKIE_OF_MODULE[ctx.path];
  if (!cookie) return next();
  const mode = ctx.cookies.get(cookie);
  // Never from the browser's cache, the 404 included, so each test page asks this server again:
  // web-test-runner's own cache middleware, which runs before this one, would mark the answer
  // cacheable for a year after us (a cached 404 would leave every later test page without the file).
  const set = ctx.response.set.bind(ctx.response);
  ctx.response.set = (field, value) => (typeof field === 'string' && field.toLowerCase() === 'cache-control' ? undefined : set(field, value));
  if (mode === 'missing') {
    ctx.status = 404;
  } else if (mode === 'hostile' || mode === 'throwing') {
    ctx.type = 'application/javascript';
    ctx.body = mode === 'hostile' ? HOSTILE : THROWING;
  } else {
    if (mode === 'hold') await new Promise((resume) => waiting.push(resume));
    await next();
  }
  set('cache-control', 'no-store');
}
