/**
 * The faults every lazily fetched chunk must survive, run against one loader: the file missing
 * (two elements each say so, naming the file; put back on the page once the file is there, an
 * element fetches it again and its report goes), a file that loads but is not the timeline's code
 * (a missing export, an export that throws: a Proxy or a getter), and an element removed while the
 * code is on its way (two elements share the one request). Nothing may throw or go unreported.
 * The test server serves the faults (test/browser/zoom/zoom-chunk-middleware.mjs); each case runs
 * in its own file, since a page keeps a module it has loaded.
 */
import { expect } from '@open-wc/testing';
import smallJson from '../../fixtures/small.json';
import { errorBox, placeTimeline, settle, type AttackTimeline, type PlacedTimeline } from './timeline-harness.ts';
import { heldRequests, holdChunkDuringSuite, releaseHeldChunks, type HeldChunk } from './chunk-hold.ts';
import { collectWindowErrorsDuringSuite } from './window-errors.ts';
import { until } from './until.ts';

export interface Loader {
  readonly chunk: HeldChunk;
  /** The file named in the report (the embed's name for it). */
  readonly file: string;
  /** The module the dev server serves for it. */
  readonly path: string;
  /** The element's updateComplete waits for this code (it holds the data until it is here). */
  readonly awaited?: boolean;
  /** Attributes the element needs for the chunk to be wanted. */
  readonly attributes?: Readonly<Record<string, string>>;
  /** Asks for the code (a gesture, a method call); never rejects. */
  readonly start: (element: AttackTimeline) => Promise<void>;
  /** Whether the element now works with the code. */
  readonly works: (element: AttackTimeline) => Promise<boolean>;
}

type Placed = PlacedTimeline;

/** An element that needs the loader's code, given the small fixture as `data` (or by `src`, if the loader sets one). */
function place(loader: Loader, settled = true): Promise<Placed> {
  const attributes = loader.attributes ?? {};
  // (updateComplete waits for code held back.)
  return placeTimeline({ data: 'src' in attributes ? undefined : structuredClone(smallJson), attributes, settled });
}

/** The reports naming `file`, each as its message and its issues' messages. */
const reportsOf = (placed: Placed, file: string) =>
  placed.errors.map((detail) => [detail.message, ...detail.issues.map((issue) => issue.message)].join(' | ')).filter((report) => report.includes(file));

export function missingThenBack(loader: Loader): void {
  describe(`${loader.file} missing, then there`, () => {
    const thrown = collectWindowErrorsDuringSuite();
    after(() => {
      document.cookie = `${loader.chunk}-chunk=; path=/; max-age=0`;
    });

    it('each element reports it once naming the file; put back on the page, it fetches it again and the report goes', async function () {
      // Several fetches and renders of two elements: give a loaded machine time (every wait counts steps).
      this.timeout(30000);
      document.cookie = `${loader.chunk}-chunk=missing; path=/`;
      const [a, b] = [await place(loader), await place(loader)];
      for (const placed of [a, b]) {
        await loader.start(placed.element);
        await until(() => reportsOf(placed, loader.file).length > 0, `${loader.file} reported`);
        await settle(placed.element);
        expect(errorBox(placed.element)?.textContent ?? '').to.contain(loader.file);
        // Under the file's name, the browser's reason, naming the address it tried (here the
        // source module's, as the test server serves the code unbundled): what a publisher mends.
        expect(reportsOf(placed, loader.file)[0]).to.match(/TypeError: /).and.to.contain(loader.path);
        expect(errorBox(placed.element)?.textContent ?? '').to.contain(loader.path);
      }
      // Asked again and updated again on the page: nothing fetched again, nothing reported twice.
      for (const placed of [a, b]) {
        await loader.start(placed.element);
        placed.element.requestUpdate();
        await settle(placed.element);
        expect(reportsOf(placed, loader.file), 'one report').to.have.length(1);
        expect(await loader.works(placed.element)).to.equal(false);
      }

      document.cookie = `${loader.chunk}-chunk=; path=/; max-age=0`;
      a.wrapper.remove();
      document.body.append(a.wrapper);
      await settle(a.element);
      await loader.start(a.element);
      await until(() => loader.works(a.element), 'the element back on the page works');
      await settle(a.element);
      expect(errorBox(a.element)?.textContent ?? '', 'report cleared').not.to.contain(loader.file);
      expect(reportsOf(a, loader.file)).to.have.length(1);
      expect(thrown).to.deep.equal([]);
      a.wrapper.remove();
      b.wrapper.remove();
    });
  });
}

/** `mode` `throwing`: the exports are there but throw when called (served for the max-tlp code only). */
export function hostile(loader: Loader, reason: string, mode: 'hostile' | 'throwing' = 'hostile'): void {
  describe(`${loader.file} loads but is not the timeline's code (${mode})`, () => {
    const thrown = collectWindowErrorsDuringSuite();
    after(() => {
      document.cookie = `${loader.chunk}-chunk=; path=/; max-age=0`;
    });

    it('is reported once, naming the file and what was wrong, and nothing throws', async function () {
      // Several fetches and renders of two elements: give a loaded machine time (every wait counts steps).
      this.timeout(30000);
      document.cookie = `${loader.chunk}-chunk=${mode}; path=/`;
      const placed = await place(loader);
      await loader.start(placed.element);
      await until(() => reportsOf(placed, loader.file).length > 0, `${loader.file} reported`);
      for (let i = 0; i < 3; i++) {
        await loader.start(placed.element);
        placed.element.requestUpdate();
        await settle(placed.element);
      }
      const reports = reportsOf(placed, loader.file);
      expect(reports).to.have.length(1);
      expect(reports[0]).to.contain(reason);
      expect(errorBox(placed.element)?.textContent ?? '').to.contain(loader.file);
      expect(await loader.works(placed.element)).to.equal(false);
      expect(thrown).to.deep.equal([]);
      placed.wrapper.remove();
    });
  });
}

export function removedWhileLoading(loader: Loader): void {
  describe(`an element removed while ${loader.file} is on its way`, () => {
    holdChunkDuringSuite(loader.chunk);
    const thrown = collectWindowErrorsDuringSuite();

    it('two elements share the one request; the one off the page takes the code when it is back', async function () {
      // Several fetches and renders of two elements: give a loaded machine time (every wait counts steps).
      this.timeout(30000);
      const [a, b] = [await place(loader, !loader.awaited), await place(loader, !loader.awaited)];
      void loader.start(a.element);
      void loader.start(b.element);
      await until(async () => (await heldRequests()) > 0, 'the code asked for');
      a.wrapper.remove();
      expect(await releaseHeldChunks(), 'one request for both').to.equal(1);
      document.cookie = `${loader.chunk}-chunk=; path=/; max-age=0`;
      await until(() => loader.works(b.element), 'the element on the page works');
      expect(b.errors).to.deep.equal([]);

      document.body.append(a.wrapper);
      void loader.start(a.element);
      await until(() => loader.works(a.element), 'the element put back works');
      expect(a.errors).to.deep.equal([]);
      expect(thrown).to.deep.equal([]);
      a.wrapper.remove();
      b.wrapper.remove();
    });
  });
}
