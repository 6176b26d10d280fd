import { expect, fixture, html } from '@open-wc/testing';
import invalidJson from '../../fixtures/invalid.json';
import smallJson from '../../fixtures/small.json';
import { drawnIds, errorBox, renderWithData, settle, type AttackTimeline, type FixtureDataset } from '../harness/timeline-harness.ts';

const small = smallJson as unknown as FixtureDataset;
const invalid = invalidJson as unknown;

describe('<attack-timeline> with bad input', () => {
  it('shows every problem of an invalid dataset and fires at-error naming field and value', async () => {
    const wrapper = await fixture<HTMLElement>(html`<div style="width:900px"><attack-timeline></attack-timeline></div>`);
    const element = wrapper.querySelector('attack-timeline')! as AttackTimeline;
    // Strict mode: any problem refuses the whole dataset (the default draws the usable events; see test/browser/reliability).
    element.strict = true;
    const errors: CustomEvent<{ message: string; issues: { path: string; message: string }[] }>[] = [];
    element.addEventListener('at-error', (event) => errors.push(event as CustomEvent));
    element.data = invalid;
    await settle(element);
    expect(errors.length).to.equal(1);
    const { issues } = errors[0]!.detail;
    expect(issues.length).to.be.at.least(3);
    const box = errorBox(element)!;
    // Only the headline is announced (short announcements); the list stays in the box.
    expect(box.querySelector('[role="alert"]')!.textContent).to.contain('cannot be shown');
    for (const issue of issues.slice(0, 20)) expect(box.textContent).to.contain(issue.message);
    expect(box.textContent).to.contain('2021-02-30');
  });

  it('reports a src that does not exist, and keeps nothing half-drawn', async () => {
    const element = document.createElement('attack-timeline');
    const error = new Promise<CustomEvent<{ message: string }>>((resolve) =>
      element.addEventListener('at-error', (event) => resolve(event as CustomEvent), { once: true }));
    element.src = '/no/such/dataset.json';
    await fixture<HTMLElement>(html`<div style="width:900px">${element}</div>`);
    expect((await error).detail.message).to.contain('404');
    await settle(element);
    expect(errorBox(element)!.textContent).to.contain('/no/such/dataset.json');
  });

  it('keeps the previous data on screen when new data is invalid', async () => {
    const element = await renderWithData(small, { strict: '' });
    element.data = invalid;
    await settle(element);
    expect(errorBox(element)).to.not.equal(null);
    expect(drawnIds(element).length).to.equal(small.events.length);
  });

  it('renders hostile strings as text, never as markup', async () => {
    const hostile = structuredClone(small);
    const payload = '<img src=x onerror="window.__pwned=1"><script>window.__pwned=1</script>';
    hostile.title = payload;
    hostile.events[0]!.title = payload;
    hostile.events[0]!.description = payload;
    const element = await renderWithData(hostile, { selected: hostile.events[0]!.id });
    await settle(element);
    expect((window as unknown as { __pwned?: number }).__pwned).to.equal(undefined);
    expect(element.shadowRoot!.querySelector('header h2')!.textContent).to.equal(payload);
    expect(element.shadowRoot!.querySelector('header img')).to.equal(null);
  });

  it('reports an unknown group-by and unknown filter ids', async () => {
    const element = await renderWithData(small, { actors: 'nobody' });
    expect(errorBox(element)!.textContent).to.contain('nobody');
  });
});
