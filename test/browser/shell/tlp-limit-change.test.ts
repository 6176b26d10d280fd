/**
 * `max-tlp` changed on an element that already shows data: the new limit applies at once. Added
 * (or made stricter) while the TLP code is still on its way (held back here by the test server, see
 * zoom-chunk-middleware.mjs), the element shows nothing marked above it in the meantime, not even
 * for a frame: no dataset and no chart with such a record; once the code is here, the records
 * within the limit. Made looser or removed, the records it now allows come back. Its own file, so
 * the page has not loaded the TLP code before.
 */
import { expect } from '@open-wc/testing';
import smallJson from '../../fixtures/small.json';
import { chartOf, messagesOf, placeTimeline, settle, waitMs, type AttackTimeline } from '../harness/timeline-harness.ts';
import { heldRequests, holdChunkDuringSuite, releaseHeldChunks } from '../harness/chunk-hold.ts';
import { collectWindowErrorsDuringSuite } from '../harness/window-errors.ts';
import { until } from '../harness/until.ts';

/** The small fixture with one record marked red, one amber and one green (the rest unmarked: clear). */
function markedData() {
  const data = structuredClone(smallJson) as { events: { id: string; tlp?: string }[] };
  const [, red, amber, green] = data.events;
  red!.tlp = 'red';
  amber!.tlp = 'amber';
  green!.tlp = 'green';
  return { data, red: red!.id, amber: amber!.id, green: green!.id, all: data.events.map((event) => event.id) };
}

/** Ids of what the element holds to show (its dataset) and, unless `datasetOnly`, the chart's marks. */
function shownIds(element: AttackTimeline, datasetOnly = false): string[] {
  const chart = datasetOnly ? null : chartOf(element);
  return [
    ...(element.parsedDataset?.events.map((event) => event.id) ?? []),
    ...(chart?.drawnItems.flatMap((item) => (item.type === 'mark' ? [item.mark.event.id] : [])) ?? []),
  ];
}

/**
 * Records every id the element shows until stopped: its dataset right after each of its updates
 * (before anything else runs), and its dataset and the chart's marks before each frame and every
 * 5 ms (the chart updates after the element, in the same round of microtasks, before any frame).
 */
function watchShown(element: AttackTimeline): { readonly seen: Set<string>; stop(): void } {
  const seen = new Set<string>();
  const look = (datasetOnly = false) => {
    for (const id of shownIds(element, datasetOnly)) seen.add(id);
  };
  let watching = true;
  const timer = setInterval(look, 5);
  const everyFrame = () => {
    look();
    if (watching) requestAnimationFrame(everyFrame);
  };
  requestAnimationFrame(everyFrame);
  const host = element as unknown as { updated: (changed: unknown) => void };
  const updated = host.updated;
  host.updated = function (this: AttackTimeline, changed: unknown) {
    updated.call(this, changed);
    look(true);
  };
  return {
    seen,
    stop: () => {
      watching = false;
      clearInterval(timer);
      delete (element as unknown as { updated?: unknown }).updated;
    },
  };
}

describe('max-tlp changed on an element showing data', () => {
  const thrown = collectWindowErrorsDuringSuite();

  describe('while the TLP code is held back', () => {
    holdChunkDuringSuite('tlp');

    it('added: nothing above the limit is shown from that moment, and the records within it once the code is here', async function () {
      this.timeout(30_000);
      const { data, red, amber, green } = markedData();
      const { element, wrapper, errors } = await placeTimeline({ data });
      expect(shownIds(element), 'everything is shown before the limit').to.include.members([red, amber, green]);
      const watch = watchShown(element);
      element.setAttribute('max-tlp', 'green');
      await until(async () => (await heldRequests()) > 0, 'the TLP code asked for');
      for (let i = 0; i < 10; i++) await waitMs(20);
      expect(element.parsedDataset, 'no dataset while the code is held').to.equal(null);
      expect(chartOf(element), 'no chart while the code is held').to.equal(null);
      expect(element.shadowRoot!.querySelector('.loading'), 'the loading line').to.not.equal(null);
      expect([...watch.seen], 'nothing above green shown after the attribute was set').to.not.include(red);
      expect([...watch.seen]).to.not.include(amber);
      // Removed while the code is on its way, then put back after it came: the limit still holds.
      wrapper.remove();
      await releaseHeldChunks();
      document.body.append(wrapper);
      await settle(element);
      watch.stop();
      expect(shownIds(element)).to.include(green);
      expect(shownIds(element)).to.not.include(amber);
      expect([...watch.seen], 'the red record was never shown').to.not.include(red);
      expect([...watch.seen], 'the amber record was never shown').to.not.include(amber);
      expect(errors).to.deep.equal([]);
      wrapper.remove();
    });
  });

  describe('with the TLP code here', () => {
    it('stricter, looser, removed: each limit applies at the next update', async function () {
      this.timeout(30_000);
      const { data, red, amber, green, all } = markedData();
      const { element, wrapper, errors } = await placeTimeline({ data, attributes: { 'max-tlp': 'amber' } });
      expect(shownIds(element)).to.include.members([amber, green]);
      expect(shownIds(element)).to.not.include(red);

      const watch = watchShown(element);
      element.setAttribute('max-tlp', 'clear');
      await settle(element);
      watch.stop();
      expect([...watch.seen], 'stricter: amber and green gone at once').to.not.include(amber);
      expect([...watch.seen]).to.not.include(green);
      expect(element.parsedDataset!.events.length).to.equal(all.length - 3);

      element.setAttribute('max-tlp', 'amber');
      await settle(element);
      expect(shownIds(element), 'looser: amber and green back').to.include.members([amber, green]);
      expect(shownIds(element)).to.not.include(red);

      element.removeAttribute('max-tlp');
      await settle(element);
      expect(element.parsedDataset!.events.map((event) => event.id), 'removed: everything').to.have.members(all);
      expect(errors).to.deep.equal([]);
      wrapper.remove();
    });

    it('stricter, with new data that cannot be read in the same update: none of the old data stays above the new limit', async function () {
      this.timeout(30_000);
      const { data, red, amber, green } = markedData();
      const { element, wrapper, errors } = await placeTimeline({ data, attributes: { 'max-tlp': 'amber' } });
      expect(shownIds(element)).to.include.members([amber, green]);

      const watch = watchShown(element);
      element.setAttribute('max-tlp', 'clear');
      element.data = { title: 'Broken', events: 'not a list' };
      await settle(element);
      watch.stop();
      expect([...watch.seen], 'nothing above clear shown after the change').to.not.include(amber);
      expect([...watch.seen]).to.not.include(green);
      expect([...watch.seen]).to.not.include(red);
      expect(messagesOf(errors).join(' | '), 'the unreadable data is reported').to.match(/data property cannot be shown/);
      wrapper.remove();
    });

    it('unchanged limit, new data that cannot be read: the data on screen stays', async function () {
      this.timeout(30_000);
      const { data, amber, green } = markedData();
      const { element, wrapper, errors } = await placeTimeline({ data, attributes: { 'max-tlp': 'amber' } });
      element.data = { title: 'Broken', events: 'not a list' };
      await settle(element);
      expect(shownIds(element), 'a failed reload does not blank the page').to.include.members([amber, green]);
      expect(messagesOf(errors).join(' | ')).to.match(/data property cannot be shown/);
      wrapper.remove();
    });

    it('set before the data, or with new data: nothing above the limit is ever shown', async function () {
      this.timeout(30_000);
      const { data, red, amber } = markedData();
      const { element, wrapper } = await placeTimeline({ attributes: { 'max-tlp': 'green' }, settled: false });
      const watch = watchShown(element);
      element.data = data;
      await settle(element);
      element.data = structuredClone(data);
      await settle(element);
      watch.stop();
      expect([...watch.seen]).to.not.include(red);
      expect([...watch.seen]).to.not.include(amber);
      expect(element.parsedDataset!.events.length).to.equal(data.events.length - 2);
      wrapper.remove();
    });
  });

  after(() => {
    expect(thrown).to.deep.equal([]);
  });
});
