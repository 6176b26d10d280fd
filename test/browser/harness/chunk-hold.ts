/**
 * Holding a lazy chunk's code back, or leaving it out (test/browser/zoom/zoom-chunk-middleware.mjs):
 * while the page has the cookie `<chunk>-chunk=hold`, the test server answers that module's
 * request only when a test fetches /__zoom-chunk/release; with `<chunk>-chunk=missing`, it
 * answers 404.
 */

export type HeldChunk = 'zoom' | 'controls' | 'presentation' | 'tlp' | 'read-dataset' | 'cards' | 'detail' | 'export' | 'search' | 'story' | 'locale';

/** For the enclosing suite, holds `chunk`'s code back; afterwards it is released and served again. */
export function holdChunkDuringSuite(chunk: HeldChunk): void {
  before(() => {
    // The dev server serves hundreds of modules; keep every later resource entry for moduleFetched.
    performance.setResourceTimingBufferSize(5000);
    document.cookie = `${chunk}-chunk=hold; path=/`;
  });
  after(async () => {
    document.cookie = `${chunk}-chunk=; path=/; max-age=0`;
    await releaseHeldChunks();
  });
}

/** For the enclosing suite, the test server answers 404 for `chunk`'s code, as when a publisher did not host its file. */
export function missingChunkDuringSuite(chunk: HeldChunk): void {
  before(() => {
    document.cookie = `${chunk}-chunk=missing; path=/`;
  });
  after(() => {
    document.cookie = `${chunk}-chunk=; path=/; max-age=0`;
  });
}

/** Lets every held request through; resolves with how many there were. */
export async function releaseHeldChunks(): Promise<number> {
  const { released } = (await (await fetch('/__zoom-chunk/release')).json()) as { released: number };
  return released;
}

/**
 * Whether the page has fetched a module whose URL contains `path` (e.g. '/src/shell/controls.ts').
 * A held request has no resource entry until it is let through: to wait for one, use `requestsHeld`.
 */
export const moduleFetched = (path: string): boolean => performance.getEntriesByType('resource').some((entry) => entry.name.includes(path));

/** How many requests the test server is holding back now. */
export async function heldRequests(): Promise<number> {
  const { held } = (await (await fetch('/__zoom-chunk/held')).json()) as { held: number };
  return held;
}

/**
 * Waits until the test server holds at least `count` requests back, i.e. the page has asked for
 * the held code; throws after about 4 s, so a test never goes on believing the code is on its way.
 */
export async function requestsHeld(count = 1): Promise<void> {
  for (let i = 0; i < 200; i++) {
    if ((await heldRequests()) >= count) return;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  throw new Error(`the test server held fewer than ${count} request(s) back: the page never asked for the code`);
}
