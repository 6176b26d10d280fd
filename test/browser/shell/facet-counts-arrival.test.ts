/**
 * The filter bar's counts are computed only when it draws, which is after its code (the controls
 * chunk, held back here by the test server: see zoom-chunk-middleware.mjs) has arrived. Whatever
 * the order of the chunk, the data, a new dataset and a new filter, the numbers it shows are those
 * of the data and filter it shows them for.
 */
import { expect } from '@open-wc/testing';
import smallJson from '../../fixtures/small.json';
import { parseDataset } from '../../../src/model/parse-dataset.ts';
import { facetCounts, type Filter } from '../../../src/derive/filter.ts';
import { chartOf, filterBarOf, partOf, settle, type AttackTimeline, placeTimeline, type FixtureDataset } from '../harness/timeline-harness.ts';
import { holdChunkDuringSuite, releaseHeldChunks } from '../harness/chunk-hold.ts';
import { until } from '../harness/until.ts';

const small = smallJson as unknown as FixtureDataset;
/** A second dataset: the first three events only, their links to others dropped. */
const fewer = JSON.parse(JSON.stringify({
  ...small,
  title: 'Fewer',
  // JSON leaves out the fields set to undefined.
  events: small.events.slice(0, 3).map((event) => ({ ...event, reveals: undefined })),
})) as FixtureDataset;

type Facet = 'actors' | 'victims';

/** Every count the filter bar shows, by facet and option id. */
function shownCounts(element: AttackTimeline): Record<Facet, Record<string, number>> {
  const root = filterBarOf(element).shadowRoot!;
  const read = (facet: Facet) =>
    Object.fromEntries([...root.querySelectorAll<HTMLInputElement>(`details.facet-${facet} input[data-id]`)].map((input) => [input.dataset.id!, Number(input.closest('label')!.querySelector('.count')!.textContent)]));
  return { actors: read('actors'), victims: read('victims') };
}

/** The counts `facetCounts` gives for `data` under `filter`, for every option of the dataset (0 when absent). */
function expectedCounts(data: FixtureDataset, filter: Filter): Record<Facet, Record<string, number>> {
  const result = parseDataset(data);
  if (!result.ok) throw new Error('the fixture does not parse');
  const dataset = result.dataset;
  const counts = facetCounts(dataset.events, filter);
  const all = (facet: Facet) => Object.fromEntries(dataset[facet].map(({ id }) => [id, counts[facet].get(id) ?? 0]));
  return { actors: all('actors'), victims: all('victims') };
}

async function drawn(element: AttackTimeline): Promise<void> {
  await until(() => chartOf(element)?.drawnItems.length, 'the chart drawn');
  expect(chartOf(element)!.drawnItems.length).to.be.above(0);
}

async function barDrawn(element: AttackTimeline): Promise<void> {
  await settle(element);
  await filterBarOf(element).updateComplete;
}

describe('filter counts, whatever order the controls chunk, the data and the filter come in', () => {
  holdChunkDuringSuite('controls');

  it('data, then a new dataset and a new filter while the chunk is held, then the chunk; then new data and filters after it', async () => {
    const { element, wrapper } = await placeTimeline({ data: small, settled: false });
    await drawn(element);
    expect(customElements.get('at-filter-bar'), 'the chunk is held').to.equal(undefined);

    // Before the chunk (the element's updateComplete waits for it, so frames are awaited instead):
    // the dataset is replaced and the filter changed.
    element.data = fewer;
    await until(() => partOf(element, 'title')?.textContent === 'Fewer', 'the new title');
    element.setAttribute('victims', 'visma');
    const filterOf = () => (filterBarOf(element) as unknown as { filter: Filter }).filter;
    await until(() => filterOf().victims.length > 0, "the filter handed to the bar's stand-in");
    expect(filterOf().victims).to.deep.equal(['visma']);
    expect(customElements.get('at-filter-bar'), 'the chunk is still held').to.equal(undefined);

    await releaseHeldChunks();
    await customElements.whenDefined('at-filter-bar');
    await barDrawn(element);
    expect(shownCounts(element)).to.deep.equal(expectedCounts(fewer, { actors: [], victims: ['visma'] }));

    // After the chunk: a new dataset, then a new filter.
    element.data = small;
    await barDrawn(element);
    expect(shownCounts(element)).to.deep.equal(expectedCounts(small, { actors: [], victims: ['visma'] }));
    element.setAttribute('actors', 'apt10');
    element.removeAttribute('victims');
    await barDrawn(element);
    const shown = shownCounts(element);
    expect(shown).to.deep.equal(expectedCounts(small, { actors: ['apt10'], victims: [] }));
    // The filter makes a difference here, so the check above could have failed on stale counts.
    expect(shown).not.to.deep.equal(expectedCounts(small, { actors: [], victims: ['visma'] }));
    wrapper.remove();
  });

  it('the chunk before the data: an element given its data after the controls are defined', async () => {
    await releaseHeldChunks();
    await customElements.whenDefined('at-filter-bar');
    const { element, wrapper } = await placeTimeline({ attributes: { actors: 'doj' } });
    element.data = small;
    await drawn(element);
    await barDrawn(element);
    expect(shownCounts(element)).to.deep.equal(expectedCounts(small, { actors: ['doj'], victims: [] }));
    wrapper.remove();
  });
});
