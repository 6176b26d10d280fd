import { expect } from '@open-wc/testing';
import smallJson from '../../fixtures/small.json';
import { chartOf, renderWithData, settle, waitMs, type FixtureDataset } from '../harness/timeline-harness.ts';
import { until } from '../harness/until.ts';

const small = smallJson as unknown as FixtureDataset;

describe('accessibility', () => {
  it('has no axe violations by default and with an event selected', async () => {
    const element = await renderWithData(small);
    await expect(element).to.be.accessible();
    await element.select('e-indictment');
    await settle(element);
    await expect(element).to.be.accessible();
  });

  it('announces the window shown once the view rests, not on every zoom frame', async () => {
    const element = await renderWithData(small);
    const root = chartOf(element)!.shadowRoot!;
    const live = () => root.querySelector('[aria-live]')!;
    const shown = () => root.querySelector('.window')!.textContent!.trim();
    expect(live().textContent!.trim(), 'the first window, present from the start').to.equal(shown());
    const first = shown();
    const heard = new Set<string>();
    const observer = new MutationObserver(() => heard.add(live().textContent!.trim()));
    observer.observe(live(), { subtree: true, characterData: true, childList: true });
    for (const [start, end] of [['2014', '2019'], ['2015', '2019'], ['2016', '2018'], ['2017', '2018']] as const) {
      // One step a frame, as a gesture or an animation moves the view.
      await element.zoomTo(start, end);
      await new Promise(requestAnimationFrame);
    }
    await settle(element);
    expect(shown()).not.to.equal(first);
    expect(heard.size, 'nothing announced while the view kept moving').to.equal(0);
    await until(() => heard.size > 0, 'the announcement once the view rests');
    // Time for a second announcement, which must not come.
    await waitMs(300);
    observer.disconnect();
    expect([...heard], 'one announcement: the window it came to rest on').to.deep.equal([shown()]);
    // Only the live region is announced: the visible text beside the zoom buttons is not live.
    expect(root.querySelectorAll('[aria-live]')).to.have.length(1);
  });

  it('a chart taken off the page mid-gesture and put back announces nothing, and its region holds the window shown', async () => {
    const element = await renderWithData(small);
    const chart = chartOf(element)!;
    const live = () => chart.shadowRoot!.querySelector('[aria-live]')!.textContent!.trim();
    const shown = () => chart.shadowRoot!.querySelector('.window')!.textContent!.trim();
    const first = live();
    await element.zoomTo('2016', '2018');
    await new Promise(requestAnimationFrame);
    expect(shown()).not.to.equal(first);
    expect(live(), 'the gesture has not rested yet').to.equal(first);
    const parent = element.parentNode!;
    element.remove();
    await waitMs(50);
    // Heard is only what changes while the region is on the page.
    const heard: string[] = [];
    const observer = new MutationObserver(() => heard.push(live()));
    observer.observe(chart.shadowRoot!.querySelector('[aria-live]')!, { subtree: true, characterData: true, childList: true });
    parent.append(element);
    await settle(element);
    await waitMs(800);
    observer.disconnect();
    expect(heard, 'nothing announced on reattach').to.deep.equal([]);
    expect(live(), 'the region says the window shown').to.equal(shown());
  });
});
