/**
 * axe-core (wcag2a, wcag2aa, wcag21aa, wcag22aa, with target-size on) in every state of the
 * element, plus keyboard-only use, reduced motion, 400% zoom reflow and the 100,000-event check.
 *
 * STATES is the one list of states; a new mode or panel adds its state here.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { emulateMedia, sendKeys, setViewport } from '@web/test-runner-commands';
import 'axe-core/axe.min.js';
import smallJson from '../../fixtures/small.json';
import { chartOf, detailOf, drawnIds, errorBox, filterCheckbox, renderWithData, settle, typeSearch, type AttackTimeline, type FixtureDataset } from '../harness/timeline-harness.ts';

const small = smallJson as unknown as FixtureDataset;
interface AxeResult { violations: { id: string; nodes: { target: unknown }[] }[] }
declare const axe: { run(context: Element, options: unknown): Promise<AxeResult> };

async function axeViolations(element: Element): Promise<string[]> {
  const result = await axe.run(element, {
    runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa'] },
    rules: { 'target-size': { enabled: true } },
  });
  return result.violations.map((v) => `${v.id}: ${JSON.stringify(v.nodes.map((n) => n.target))}`);
}

function withProblems(): FixtureDataset {
  const data = structuredClone(small) as FixtureDataset & Record<string, any>;
  data.events.push({ ...structuredClone(data.events[0]!), id: 'broken', date: '2021-02-30' } as never);
  return data;
}

/** Each state: how to reach it from a fresh element. */
const STATES: Record<string, () => Promise<AttackTimeline>> = {
  default: () => renderWithData(small),
  filtered: async () => {
    const element = await renderWithData(small);
    filterCheckbox(element, 'actors', 'apt10').click();
    await settle(element);
    return element;
  },
  selected: () => renderWithData(small, { selected: 'e-indictment' }),
  'table open': async () => {
    const element = await renderWithData(small);
    element.shadowRoot!.querySelector('at-event-table')!.open = true;
    await settle(element);
    return element;
  },
  'partial data notice': () => renderWithData(withProblems()),
  error: () => renderWithData({ version: 2 }),
  empty: () => renderWithData({ ...structuredClone(small), events: [] }),
  presentation: () => renderWithData(small, { mode: 'presentation' }),
  dark: () => renderWithData(small, { theme: 'dark' }),
  'dark, selected': () => renderWithData(small, { theme: 'dark', selected: 'e-indictment' }),
  'high contrast': () => renderWithData(small, { theme: 'high-contrast' }),
  'search results': async () => {
    const element = await renderWithData(small);
    await typeSearch(element, 'cloud');
    return element;
  },
};

describe('axe in every state', () => {
  for (const [name, reach] of Object.entries(STATES)) {
    it(`${name}: zero violations`, async () => {
      const element = await reach();
      expect(await axeViolations(element)).to.deep.equal([]);
    });
  }

  it('the checker is live: a button without a name fails', async () => {
    const bad = await fixture(html`<div><button></button></div>`);
    expect((await axeViolations(bad)).join()).to.contain('button-name');
  });
});

describe('screen readers and keyboard', () => {
  it('has a summary of the chart and an equivalent table of the events', async () => {
    const element = await renderWithData(small);
    expect(element.shadowRoot!.querySelector('.summary')!.textContent).to.contain(`${small.events.length} events`);
    const table = element.shadowRoot!.querySelector('at-event-table')!;
    table.open = true;
    await table.updateComplete;
    const rows = table.shadowRoot!.querySelectorAll('tbody tr');
    expect(rows.length).to.equal(small.events.length);
    expect(table.shadowRoot!.querySelector('caption')).to.not.equal(null);
    expect(rows[0]!.querySelector('th[scope="row"] button')).to.not.equal(null);
  });

  it('announces a partial dataset with one short sentence (headline only)', async () => {
    const element = await renderWithData(withProblems());
    const notice = element.shadowRoot!.querySelector('at-data-notice')!.shadowRoot!;
    const live = notice.querySelectorAll('[role="status"], [role="alert"], [aria-live]');
    expect(live.length).to.equal(1);
    expect(live[0]!.textContent!.trim()).to.equal(`1 of ${small.events.length + 1} events could not be shown.`);
    expect(notice.textContent).to.contain('day 30 does not exist');
  });

  it('works by keyboard alone: Tab reaches filters, chart, table; Enter on a table row opens details; focus is visible', async () => {
    const element = await renderWithData(small);
    const focusedPath = () => {
      let active: Element | null = document.activeElement;
      const path: Element[] = [];
      while (active) { path.push(active); active = active.shadowRoot?.activeElement ?? null; }
      return path;
    };
    const seen = new Set<string>();
    let visibleOutline = true;
    // Enough Tabs to pass every control above the table (filters, search, grouping, actions, zoom, chart, overview).
    for (let i = 0; i < 60; i++) {
      await sendKeys({ press: 'Tab' });
      const inner = focusedPath().at(-1);
      if (!inner || !element.contains(focusedPath()[0]!)) continue;
      seen.add(inner.tagName.toLowerCase() + (inner.getAttribute('class') ? `.${inner.getAttribute('class')!.split(' ')[0]}` : ''));
      const style = getComputedStyle(inner);
      // Focus shows as an outline, or on chart marks as their drawn focus ring.
      const ring = inner.querySelector('.focus-ring');
      const ringShown = ring !== null && getComputedStyle(ring).display !== 'none' && Number(getComputedStyle(ring).opacity) > 0 && getComputedStyle(ring).visibility !== 'hidden';
      if (!ringShown && (style.outlineStyle === 'none' || parseFloat(style.outlineWidth) < 2)) visibleOutline = false;
      if (inner.tagName === 'SUMMARY' && inner.textContent!.includes('as a table')) {
        await sendKeys({ press: 'Enter' });
        await element.shadowRoot!.querySelector('at-event-table')!.updateComplete;
      }
      if (inner.tagName === 'BUTTON' && inner.classList.contains('title')) {
        await sendKeys({ press: 'Enter' });
        await settle(element);
        break;
      }
    }
    expect([...seen].some((s) => s.startsWith('summary'))).to.equal(true);
    expect([...seen].some((s) => s.startsWith('svg') || s.startsWith('g'))).to.equal(true);
    expect(visibleOutline).to.equal(true);
    expect(element.view.selected).to.not.equal(null);
    expect(detailOf(element).shadowRoot!.querySelector('article')).to.not.equal(null);
  });

  it('honours prefers-reduced-motion: a zoom button moves the view at once', async () => {
    await emulateMedia({ reducedMotion: 'reduce' });
    try {
      const element = await renderWithData(small);
      const before = element.view.endMs - element.view.startMs;
      chartOf(element)!.shadowRoot!.querySelector<HTMLButtonElement>('button.zoom-in')!.click();
      await new Promise((resolve) => setTimeout(resolve, 30));
      expect(element.view.endMs - element.view.startMs).to.be.lessThan(before * 0.75);
    } finally {
      await emulateMedia({ reducedMotion: 'no-preference' });
    }
  });

  it('reflows at 320 px wide (1280 px at 400%): no horizontal page scroll', async () => {
    await setViewport({ width: 320, height: 640 });
    try {
      await renderWithData(withProblems(), {}, 300);
      expect(document.documentElement.scrollWidth).to.be.at.most(320);
    } finally {
      await setViewport({ width: 1000, height: 800 });
    }
  });
});

describe('large input', () => {
  it('100,000 events load through the data property without failing, and the page still responds', async function () {
    this.timeout(120_000);
    const events = Array.from({ length: 100_000 }, (_, i) => ({
      id: `e${i}`, title: `Event ${i}`, kind: 'activity', description: 'x', actors: ['apt10'], victims: [], sources: [small.sources[0]!.id],
      date: `${2000 + (i % 20)}-0${1 + (i % 9)}-1${i % 10}`,
    }));
    const data = { ...structuredClone(small), events };
    const started = performance.now();
    const element = await renderWithData(data);
    const loadMs = performance.now() - started;
    expect(element.parsedDataset!.events.length).to.equal(100_000);
    expect(errorBox(element)).to.equal(null);
    const tick = performance.now();
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(performance.now() - tick).to.be.lessThan(2000);
    expect(drawnIds(element).length).to.be.greaterThan(0);
    console.log(`100,000 events: first render ${Math.round(loadMs)} ms`);
  });
});
