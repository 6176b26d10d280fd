/**
 * Issue 13, "lifecycle" and "loops that never end", at the data controller: every failure path
 * ends in one reported problem and no further loads; off the page nothing is fetched or parsed,
 * and what was cancelled or changed meanwhile resumes when the element is back. The host is a
 * stand-in (no DOM needed); the loaders are replaced by fakes that count their calls.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { readFileSync } from 'node:fs';
import type { LoadResult } from '../../../src/shell/load-dataset.ts';

const loadJson = vi.fn<(src: string, options: { timeoutMs?: number; maxBytes?: number; signal: AbortSignal }) => Promise<LoadResult>>();
const loadDefaultDataset = vi.fn<() => Promise<unknown>>();
vi.mock('../../../src/shell/load-dataset.ts', async (original) => ({ ...(await original<object>()), loadJson: (...args: Parameters<typeof loadJson>) => loadJson(...args) }));
vi.mock('../../../src/shell/default-dataset.ts', () => ({ loadDefaultDataset: () => loadDefaultDataset() }));

const { DatasetController } = await import('../../../src/shell/dataset-controller.ts');
const { ErrorController } = await import('../../../src/shell/error-controller.ts');

const small = JSON.parse(readFileSync(new URL('../../fixtures/small.json', import.meta.url), 'utf8'));

interface Controller { hostConnected?(): void; hostDisconnected?(): void; hostUpdate?(): void; hostUpdated?(): void }

/** Just enough of a Lit host: controllers, updates run by hand, `at-error` events counted. */
class FakeHost extends EventTarget {
  src: string | null = null;
  data: unknown = undefined;
  strict = false;
  maxTlp: string | null = null;
  timeout: string | null = null;
  maxBytes: string | null = null;
  srcOrigins: string | null = null;
  isConnected = true;
  hasUpdated = false;
  readonly updateComplete = Promise.resolve(true);
  readonly controllers: Controller[] = [];
  readonly errorEvents: string[] = [];
  constructor() {
    super();
    this.addEventListener('at-error', (event) => this.errorEvents.push((event as CustomEvent<{ message: string }>).detail.message));
  }
  addController(controller: Controller): void { this.controllers.push(controller); }
  requestUpdate(): void {}
  /** One update cycle, as Lit runs it. */
  update(): void {
    for (const c of this.controllers) c.hostUpdate?.();
    this.hasUpdated = true;
    for (const c of this.controllers) c.hostUpdated?.();
  }
  disconnect(): void {
    this.isConnected = false;
    for (const c of this.controllers) c.hostDisconnected?.();
  }
  connect(): void {
    this.isConnected = true;
    for (const c of this.controllers) c.hostConnected?.();
  }
}

function setUp(settings: Partial<FakeHost> = {}) {
  const host = Object.assign(new FakeHost(), settings);
  const errors = new ErrorController(host as never);
  const shown = vi.fn();
  const data = new DatasetController(host as never, { settings: () => host, errors, shown });
  return { host, errors, data, shown };
}

/** Several update cycles with time in between, as a page would have (resizes, attribute changes). */
async function manyUpdates(host: FakeHost, count = 20): Promise<void> {
  for (let i = 0; i < count; i++) {
    host.update();
    await new Promise((resolve) => setTimeout(resolve, 0));
  }
}

const ok = (json: unknown = small): LoadResult => ({ ok: true, json, url: 'https://example.org/d.json' });
const unhandled: unknown[] = [];
const onUnhandled = (reason: unknown) => unhandled.push(reason);

beforeEach(() => {
  loadJson.mockReset();
  loadDefaultDataset.mockReset();
  unhandled.length = 0;
  process.on('unhandledRejection', onUnhandled);
});
afterEach(() => {
  process.off('unhandledRejection', onUnhandled);
});

describe('failures end in one problem, and no retry storm', () => {
  it.each([
    ['the loader throws before its own checks (a timeout the browser refuses)', () => loadJson.mockImplementation(() => { throw new TypeError('The provided value is out of range.'); }), { src: 'https://example.org/d.json' }],
    ['the loader rejects', () => loadJson.mockRejectedValue(new Error('network gone')), { src: 'https://example.org/d.json' }],
    ['the bundled story chunk is missing', () => loadDefaultDataset.mockRejectedValue(new TypeError('Failed to fetch dynamically imported module: attack-timeline-default-dataset.js')), {}],
    ['the bundled story chunk throws a non-Error', () => loadDefaultDataset.mockRejectedValue('gone'), {}],
  ] as const)('%s', async (_name, arrange, settings) => {
    arrange();
    const { host, errors, data } = setUp(settings);
    await manyUpdates(host);
    await data.pending;
    await manyUpdates(host);
    expect(loadJson.mock.calls.length + loadDefaultDataset.mock.calls.length).toBe(1);
    expect(errors.shown).toHaveLength(1);
    expect(errors.shown[0]!.retry).toBe(true);
    expect(host.errorEvents).toHaveLength(1);
    expect(unhandled).toEqual([]);
    expect(data.loading).toBe(false);
  });

  it('names the missing chunk of the bundled story', async () => {
    loadDefaultDataset.mockRejectedValue(new TypeError('Failed to fetch dynamically imported module: https://news.example/js/attack-timeline-default-dataset.js'));
    const { host, errors, data } = setUp();
    host.update();
    await data.pending;
    // The title names the file; the line under it is the browser's reason, with the address it tried.
    expect(errors.shown[0]!.message).toBe('The bundled story could not be loaded (attack-timeline-default-dataset.js)');
    expect(errors.shown[0]!.issues).toEqual([
      {
        path: 'attack-timeline-default-dataset.js',
        received: '"attack-timeline-default-dataset.js"',
        expected: 'the file beside the script',
        message: 'TypeError: Failed to fetch dynamically imported module: https://news.example/js/attack-timeline-default-dataset.js',
      },
    ]);
  });

  it('Try again loads once more, and a fix clears the problem', async () => {
    loadJson.mockRejectedValueOnce(new Error('flaky')).mockResolvedValueOnce(ok());
    const { host, errors, data, shown } = setUp({ src: 'https://example.org/d.json' });
    host.update();
    await data.pending;
    expect(errors.shown).toHaveLength(1);
    expect(errors.shown[0]!.message).toBe('Could not load https://example.org/d.json');
    expect(errors.shown[0]!.issues.map(({ path, message }) => [path, message])).toEqual([['src', 'Error: flaky']]);
    await data.load();
    host.update();
    expect(loadJson).toHaveBeenCalledTimes(2);
    expect(errors.shown).toEqual([]);
    expect(shown).toHaveBeenCalledTimes(1);
  });

  it('a refused timeout or max-bytes is reported by name and never reaches the loader', async () => {
    loadJson.mockResolvedValue(ok());
    const { host, errors, data } = setUp({ src: 'https://example.org/d.json', timeout: '1e300', maxBytes: '-1' });
    host.update();
    await data.pending;
    expect(loadJson).toHaveBeenCalledTimes(1);
    expect(loadJson.mock.calls[0]![1]).toMatchObject({ timeoutMs: 10_000, maxBytes: 64 * 1024 * 1024 });
    expect(errors.shown.map((problem) => problem.issues[0]!.path)).toEqual(['timeout', 'max-bytes']);
    expect(data.indexed).not.toBeNull();
    host.timeout = '5';
    host.update();
    expect(errors.shown.map((problem) => problem.issues[0]!.path)).toEqual(['max-bytes']);
  });
});

describe('off the page nothing is fetched or drawn; back on it, it resumes', () => {
  it('data and src set while away wait for the element to come back', async () => {
    loadJson.mockResolvedValue(ok());
    const { host, data } = setUp({ data: small });
    host.update();
    expect(data.indexed!.dataset.events).toHaveLength(small.events.length);
    const before = data.indexed;
    host.disconnect();
    host.data = { ...small, title: 'Changed while away' };
    await manyUpdates(host, 3);
    expect(data.indexed).toBe(before);
    host.data = undefined;
    host.src = 'https://example.org/d.json';
    await manyUpdates(host, 3);
    expect(loadJson).not.toHaveBeenCalled();
    host.connect();
    host.update();
    await data.pending;
    expect(loadJson).toHaveBeenCalledTimes(1);
    expect(data.indexed).not.toBe(before);
  });

  it('a load cancelled by leaving is not shown, and starts again on return', async () => {
    let finish!: (result: LoadResult) => void;
    loadJson.mockImplementationOnce((_src, { signal }) => new Promise((resolve) => {
      finish = resolve;
      signal.addEventListener('abort', () => undefined);
    })).mockResolvedValueOnce(ok());
    const { host, data, errors } = setUp({ src: 'https://example.org/d.json' });
    host.update();
    expect(data.loading).toBe(true);
    const signal = loadJson.mock.calls[0]![1].signal;
    host.disconnect();
    expect(signal.aborted).toBe(true);
    finish(ok());
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(data.indexed).toBeNull();
    expect(errors.shown).toEqual([]);
    host.connect();
    await data.pending;
    expect(loadJson).toHaveBeenCalledTimes(2);
    expect(data.indexed).not.toBeNull();
  });

  it('a move during the load of a new src, with older data on screen, still loads the new one', async () => {
    loadJson.mockResolvedValueOnce(ok()).mockImplementationOnce(() => new Promise(() => undefined)).mockResolvedValueOnce(ok({ ...small, title: 'Second' }));
    const { host, data } = setUp({ src: 'https://example.org/first.json' });
    host.update();
    await data.pending;
    expect(data.indexed!.dataset.title).toBe(small.title);
    host.src = 'https://example.org/second.json';
    host.update();
    host.disconnect();
    host.connect();
    await data.pending;
    expect(loadJson.mock.calls.map(([src]) => src)).toEqual(['https://example.org/first.json', 'https://example.org/second.json', 'https://example.org/second.json']);
    expect(data.indexed!.dataset.title).toBe('Second');
  });

  it('a move (out and back in at once) during a load still loads', async () => {
    loadJson.mockImplementationOnce(() => new Promise(() => undefined)).mockResolvedValueOnce(ok());
    const { host, data } = setUp({ src: 'https://example.org/d.json' });
    host.update();
    host.disconnect();
    host.connect();
    await data.pending;
    expect(data.indexed).not.toBeNull();
  });
});
