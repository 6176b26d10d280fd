/**
 * Issue 13, "loops that never end": every failure ends in one visible error and no retry storm;
 * every numeric attribute is range-checked, and a refused value gives an at-error naming it.
 */
import { expect, fixture, html } from '@open-wc/testing';
import smallJson from '../../fixtures/small.json';
import { errorBox, renderWithData, settle, waitMs, type AttackTimeline, type FixtureDataset } from '../harness/timeline-harness.ts';

const small = smallJson as unknown as FixtureDataset;
let run = 0;
const counted = () => {
  const name = `loops-${Date.now()}-${run++}`;
  return { src: `/__reliability/counted/${name}.json`, count: async () => Number(await (await fetch(`/__reliability/count/${name}.json`, { cache: 'no-store' })).text()) };
};

/** Renders with attributes, recording every at-error from the start. */
async function renderRecording(attributes: Record<string, string>): Promise<{ element: AttackTimeline; errors: CustomEvent<{ message: string; issues: { path: string }[] }>[] }> {
  const wrapper = await fixture<HTMLElement>(html`<div style="width:900px"></div>`);
  const element = document.createElement('attack-timeline');
  const errors: CustomEvent<{ message: string; issues: { path: string }[] }>[] = [];
  element.addEventListener('at-error', (event) => errors.push(event as CustomEvent));
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  wrapper.append(element);
  await element.updateComplete;
  await settle(element);
  return { element, errors };
}

/** Gives the page time and a few re-renders, where a retry storm would show. */
async function idle(element: AttackTimeline): Promise<void> {
  for (let i = 0; i < 5; i++) {
    element.requestUpdate();
    await element.updateComplete;
    await waitMs(60);
  }
}

describe('numeric attributes are range-checked', () => {
  const refused = [
    ...['0', '-3', 'abc', '1e300', 'Infinity', '7200'].map((value) => ({ name: 'timeout', value })),
    ...['0', '-1', '1.5', 'lots', '1e12'].map((value) => ({ name: 'max-bytes', value })),
  ];
  interface Seen { paths: (string | undefined)[]; firstMessage: string; errorText: string; title: string | undefined; fetches: number }
  const seen = new Map<string, Seen>();

  // Every value's element at once, so that their idle time is waited out once, not once each.
  before(async () => {
    await Promise.all(refused.map(async ({ name, value }) => {
      const { src, count } = counted();
      const { element, errors } = await renderRecording({ src, [name]: value });
      await idle(element);
      seen.set(`${name}=${value}`, {
        paths: errors.map((event) => event.detail.issues[0]?.path),
        firstMessage: errors[0]?.detail.message ?? '',
        errorText: errorBox(element)?.textContent ?? '',
        title: element.parsedDataset?.title,
        fetches: await count(),
      });
    }));
  });

  for (const { name, value } of refused) {
    it(`${name}="${value}": one at-error naming ${name}, and the data still loads (once)`, () => {
      const { paths, firstMessage, errorText, title, fetches } = seen.get(`${name}=${value}`)!;
      expect(paths).to.deep.equal([name]);
      expect(firstMessage).to.contain(name);
      expect(errorText).to.contain(JSON.stringify(value));
      expect(title).to.equal(small.title);
      expect(fetches).to.equal(1);
    });
  }

  it('a value fixed later clears its error', async () => {
    const { src } = counted();
    const { element } = await renderRecording({ src, timeout: 'soon' });
    expect(errorBox(element)!.textContent).to.contain('timeout');
    element.setAttribute('timeout', '5');
    await settle(element);
    expect(errorBox(element)).to.equal(null);
  });
});

describe('failures end in one error, not a retry storm', () => {
  it('a refused src, a failed parse and a failed load each report once, however often the element re-renders', async () => {
    for (const [attributes, data] of [[{ src: 'javascript:alert(1)' }, undefined], [{ src: '/no/such/file.json' }, undefined], [{}, { version: 2 }]] as const) {
      const element = await renderWithData(small);
      const errors: Event[] = [];
      element.addEventListener('at-error', (event) => errors.push(event));
      if (data) element.data = data;
      else {
        element.data = undefined;
        for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
      }
      await element.updateComplete;
      await idle(element);
      await waitMs(300);
      expect(errors.length, JSON.stringify(attributes)).to.equal(1);
    }
  });
});
