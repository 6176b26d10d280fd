import { describe, expect, it } from 'vitest';
import type { ReactiveController } from 'lit';
import { chunkKey, exported, LazyChunk } from '../../../src/controllers/lazy-chunk.ts';
import type { DataIssue } from '../../../src/model/issues.ts';

/**
 * The lifecycle of a lazily fetched chunk of code, with a host, an error box and fetches under the
 * test's control (no DOM: the host is a plain object with the members the loader uses).
 */
class FakeHost {
  isConnected = true;
  updates = 0;
  controllers: ReactiveController[] = [];
  addController(controller: ReactiveController): void {
    this.controllers.push(controller);
  }
  removeController(): void {}
  requestUpdate(): void {
    this.updates++;
  }
  readonly updateComplete = Promise.resolve(true);
  remove(): void {
    this.isConnected = false;
    for (const controller of this.controllers) controller.hostDisconnected?.();
  }
  reconnect(): void {
    this.isConnected = true;
    for (const controller of this.controllers) controller.hostConnected?.();
  }
}

class FakeErrors {
  problems = new Map<string, { message: string; issues: readonly DataIssue[] }>();
  /** Every report, as at-error would fire it. */
  reports: { message: string; issues: readonly DataIssue[] }[] = [];
  report(key: string, message: string, issues: readonly DataIssue[]): void {
    this.problems.set(key, { message, issues });
    this.reports.push({ message, issues });
  }
  clear(...keys: string[]): void {
    for (const key of keys) this.problems.delete(key);
  }
}

/** A fetch the test settles by hand; `calls` counts how often it was started. */
function controlledFetch<M>() {
  const fetches: { resolve: (module: M) => void; reject: (error: unknown) => void }[] = [];
  return {
    fetches,
    load: () => new Promise<M>((resolve, reject) => fetches.push({ resolve, reject })),
    get calls() {
      return fetches.length;
    },
  };
}

const FILE = 'attack-timeline-thing.js';
type Thing = { readonly Thing?: () => string };

function setUp(use: (module: Thing) => string = (module) => exported(module, 'Thing').Thing()) {
  const host = new FakeHost();
  const errors = new FakeErrors();
  const fetch = controlledFetch<Thing>();
  let failedCalls = 0;
  const chunk = new LazyChunk<Thing, string>(host as never, { file: FILE, load: fetch.load, use, errors: errors as never, failed: () => failedCalls++ });
  return { host, errors, fetch, chunk, failedCalls: () => failedCalls };
}

const settled = async (chunk: { readonly pending: Promise<void> | null }) => {
  while (chunk.pending) await chunk.pending;
};

describe('LazyChunk', () => {
  it('fetches on the first get, once however often it is asked while pending, and updates the host once', async () => {
    const { host, fetch, chunk, errors } = setUp();
    expect(fetch.calls).toBe(0);
    expect(chunk.get()).toBeUndefined();
    expect(chunk.get()).toBeUndefined();
    expect(chunk.pending).not.toBeNull();
    expect(fetch.calls).toBe(1);
    fetch.fetches[0]!.resolve({ Thing: () => 'here' });
    await settled(chunk);
    expect(chunk.pending).toBeNull();
    expect(chunk.get()).toBe('here');
    expect(chunk.value).toBe('here');
    expect(fetch.calls).toBe(1);
    expect(host.updates).toBe(1);
    expect(errors.reports).toEqual([]);
  });

  it('reports a failed fetch once, naming the file, and does not try again while the host stays', async () => {
    const { host, fetch, chunk, errors, failedCalls } = setUp();
    chunk.get();
    fetch.fetches[0]!.reject(new TypeError(`Failed to fetch dynamically imported module: https://news.example/js/${FILE}`));
    await settled(chunk);
    expect(chunk.failed).toBe(true);
    expect(failedCalls()).toBe(1);
    expect(host.updates).toBe(1);
    expect(errors.reports).toHaveLength(1);
    expect(errors.reports[0]!.message).toBe(`Part of the timeline could not be loaded (${FILE})`);
    // The browser's own reason, which names the address it tried: what a publisher needs to mend the page.
    expect(errors.reports[0]!.issues).toEqual([
      { path: FILE, received: `"${FILE}"`, expected: 'the file beside the script', message: `TypeError: Failed to fetch dynamically imported module: https://news.example/js/${FILE}` },
    ]);
    expect([...errors.problems.keys()]).toEqual([chunkKey(FILE)]);
    for (let i = 0; i < 3; i++) expect(chunk.get()).toBeUndefined();
    expect(fetch.calls).toBe(1);
    expect(errors.reports).toHaveLength(1);
  });

  it('tries again once the host is put back on the page; a fetch that works then clears the report', async () => {
    const { host, fetch, chunk, errors } = setUp();
    chunk.get();
    fetch.fetches[0]!.reject(new TypeError('404'));
    await settled(chunk);
    host.remove();
    host.reconnect();
    expect(chunk.failed).toBe(false);
    expect(errors.problems.size).toBe(1);
    expect(chunk.get()).toBeUndefined();
    expect(fetch.calls).toBe(2);
    fetch.fetches[1]!.resolve({ Thing: () => 'second time' });
    await settled(chunk);
    expect(chunk.value).toBe('second time');
    expect(chunk.failed).toBe(false);
    expect(errors.problems.size).toBe(0);
    expect(errors.reports).toHaveLength(1);
  });

  it('a host removed while the fetch is pending is not updated; put back, it gets what arrived', async () => {
    const { host, fetch, chunk } = setUp();
    chunk.get();
    host.remove();
    fetch.fetches[0]!.resolve({ Thing: () => 'arrived away' });
    await settled(chunk);
    expect(host.updates).toBe(0);
    expect(chunk.value).toBeUndefined();
    // Asked again while away, it does not fetch a second time.
    expect(chunk.get()).toBeUndefined();
    expect(fetch.calls).toBe(1);
    host.reconnect();
    expect(chunk.value).toBe('arrived away');
    expect(host.updates).toBe(1);
    expect(fetch.calls).toBe(1);
  });

  it('a failure while the host is away is reported when it is back, once', async () => {
    const { host, fetch, chunk, errors } = setUp();
    chunk.get();
    host.remove();
    fetch.fetches[0]!.reject(new TypeError('404'));
    await settled(chunk);
    expect(errors.reports).toHaveLength(0);
    expect(host.updates).toBe(0);
    host.reconnect();
    expect(errors.reports).toHaveLength(1);
    expect(chunk.failed).toBe(true);
    expect(host.updates).toBe(1);
    expect(fetch.calls).toBe(1);
  });

  it('reports a module without the export it needs, saying which', async () => {
    const { fetch, chunk, errors } = setUp();
    chunk.get();
    fetch.fetches[0]!.resolve({});
    await settled(chunk);
    expect(chunk.failed).toBe(true);
    expect(chunk.value).toBeUndefined();
    expect(errors.reports).toHaveLength(1);
    expect(errors.reports[0]!.message).toBe(`Part of the timeline could not be loaded (${FILE})`);
    expect(errors.reports[0]!.issues[0]!.message).toBe('Error: it has no export Thing');
    expect(errors.reports[0]!.issues[0]!.path).toBe(FILE);
  });

  it('reports an export that throws, with its message, and throws nothing itself', async () => {
    const { fetch, chunk, errors } = setUp();
    chunk.get();
    fetch.fetches[0]!.resolve({
      Thing: () => {
        throw new RangeError('hostile');
      },
    });
    await settled(chunk);
    expect(chunk.failed).toBe(true);
    expect(errors.reports).toHaveLength(1);
    expect(errors.reports[0]!.issues[0]!.message).toContain('RangeError: hostile');
    expect(chunk.get()).toBeUndefined();
    expect(fetch.calls).toBe(1);
  });

  it('make: a build that throws (even a value that cannot be turned into text) is the file failing, reported once, never thrown', async () => {
    const { fetch, chunk, errors } = setUp();
    chunk.get();
    fetch.fetches[0]!.resolve({ Thing: () => 'here' });
    await settled(chunk);
    const unreadable = Object.create(null) as object;
    expect(() => String(unreadable)).toThrow();
    expect(chunk.make(() => {
      throw unreadable;
    })).toBeUndefined();
    expect(chunk.failed).toBe(true);
    expect(chunk.value).toBeUndefined();
    expect(errors.reports).toHaveLength(1);
    expect(errors.reports[0]!.message).toBe(`Part of the timeline could not be loaded (${FILE})`);
    expect(errors.reports[0]!.issues[0]!.message).toContain('an unreadable error');
    expect(chunk.make(() => 'never built')).toBeUndefined();
    expect(errors.reports).toHaveLength(1);
  });

  it('retry: after a failure, the next get fetches again (the host stays on the page)', async () => {
    const { fetch, chunk, errors } = setUp();
    chunk.get();
    fetch.fetches[0]!.reject(new TypeError('404'));
    await settled(chunk);
    chunk.retry();
    expect(chunk.get()).toBeUndefined();
    expect(fetch.calls).toBe(2);
    fetch.fetches[1]!.reject(new TypeError('404'));
    await settled(chunk);
    expect(errors.reports).toHaveLength(2);
  });
});
