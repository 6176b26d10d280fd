import { expect } from '@open-wc/testing';
import { emulateMedia, setViewport } from '@web/test-runner-commands';
import defaultDataset from '../../../data/default-dataset.json';
import { chartOf, detailOf, renderWithData, waitMs, type AttackTimeline } from '../harness/timeline-harness.ts';
import { chartTextPx, closeProjector, detailBox, openProjector, presentBar, selectedMarkBox, showStep, subjectLabelBox, visibleChartBox } from '../harness/presentation-harness.ts';
import type { Story } from '../../../src/model/types.ts';

const story = (defaultDataset as unknown as { stories: Story[] }).stories[0]!;

function inside(inner: DOMRect, outer: { left: number; top: number; right: number; bottom: number }, slackPx = 0.5): boolean {
  return inner.left >= outer.left - slackPx && inner.right <= outer.right + slackPx && inner.top >= outer.top - slackPx && inner.bottom <= outer.bottom + slackPx;
}

describe('presentation on a projector (1920×1080)', () => {
  let element: AttackTimeline;

  before(async () => {
    element = await openProjector();
    await element.goToStep(0);
    await waitMs(50);
  });

  after(async () => {
    await closeProjector(element);
  });

  it('draws every chart text (ticks, row names, labels) at 22 px or more, and back at the page size after', async () => {
    for (const step of [0, 1, 9]) {
      await showStep(element, step);
      const { ticks, rowNames, labels } = chartTextPx(element);
      expect(ticks.length, `step ${step} ticks`).to.be.above(1);
      expect(rowNames.length, `step ${step} row names`).to.be.above(0);
      expect(Math.min(...ticks), `step ${step} ticks`).to.be.at.least(22);
      expect(Math.min(...rowNames), `step ${step} row names`).to.be.at.least(22);
      expect(labels, `step ${step} labels`).to.be.at.least(22);
    }
    // The chart is not scaled with CSS zoom: its drawing is as wide as its box.
    expect(getComputedStyle(chartOf(element)!).zoom).to.equal('1');
  });

  it('shows each step\'s details beside the chart, wholly on screen, and the subject inside the chart with its label', async () => {
    for (let step = 0; step < story.steps.length; step++) {
      await showStep(element, step);
      const selected = element.view.selected;
      const chartBox = visibleChartBox(element);
      expect(inside(chartBox, { left: 0, top: 0, right: 1920, bottom: 1080 }), `step ${step}: chart on screen`).to.equal(true);
      expect(document.documentElement.scrollHeight, `step ${step}: the page does not scroll`).to.be.at.most(1080);
      if (!selected) continue;
      const detail = detailBox(element);
      expect(inside(detail, { left: 0, top: 0, right: 1920, bottom: 1080 }), `step ${step}: details on screen`).to.equal(true);
      expect(detail.left, `step ${step}: details beside the chart`).to.be.at.least(chartBox.right);
      const heading = detailOf(element).shadowRoot!.querySelector('h2, h3')!.getBoundingClientRect();
      expect(inside(heading, detail), `step ${step}: details heading visible`).to.equal(true);
      const mark = selectedMarkBox(element);
      expect(mark, `step ${step}: subject ${selected} drawn`).to.not.equal(null);
      expect(inside(mark!, chartBox, 1), `step ${step}: subject ${selected} inside the chart`).to.equal(true);
      const label = subjectLabelBox(element, selected);
      expect(label, `step ${step}: subject label drawn`).to.not.equal(null);
      const title = element.parsedDataset!.events.find((event) => event.id === selected)!.title;
      expect(chartOf(element)!.subjectLabels[0]!.text, `step ${step}: the subject's whole title`).to.equal(title);
      expect(label!.left, `step ${step}: label not cut at the left`).to.be.at.least(chartBox.left);
      expect(label!.right, `step ${step}: label not cut at the right`).to.be.at.most(chartBox.right);
      expect(label!.top, `step ${step}: label row in view`).to.be.at.least(chartBox.top - 1);
      expect(label!.bottom, `step ${step}: label row in view`).to.be.at.most(chartBox.bottom + 1);
    }
  });

  it('emphasises a different subject at every step than at the one before, and dims the rest', async () => {
    let previous: string | null | undefined;
    for (let step = 0; step < story.steps.length; step++) {
      await showStep(element, step);
      const emphasis = [...chartOf(element)!.emphasisIds];
      const subject = emphasis[0] ?? null;
      expect(emphasis.length, `step ${step}`).to.be.at.most(1);
      expect(subject, `step ${step}: the subject is the selected event`).to.equal(element.view.selected);
      expect(subject, `step ${step} emphasises what step ${step - 1} did`).to.not.equal(previous);
      previous = subject;
    }
  });

  it('draws only the events in a step\'s window, so rows with nothing there collapse', async () => {
    const allEvents = element.parsedDataset!.events.length;
    for (const step of [9, 10]) {
      await showStep(element, step);
      const chart = chartOf(element)!;
      const { startMs, endMs } = element.view;
      expect(chart.events.length, `step ${step}`).to.be.below(allEvents);
      for (const event of chart.events) expect(event.when.endMs > startMs && event.when.startMs < endMs, `${event.id} overlaps step ${step}`).to.equal(true);
    }
  });
});

describe('presentation on a phone (390×844)', () => {
  it('keeps the bar, its buttons and the chart inside the screen, with nothing wider than it', async () => {
    await setViewport({ width: 390, height: 844 });
    await emulateMedia({ reducedMotion: 'reduce' });
    const element = await renderWithData(defaultDataset, {}, 390);
    await element.present();
    await showStep(element, 1);
    const screen = { left: 0, top: 0, right: 390, bottom: 844 };
    expect(element.scrollWidth).to.be.at.most(390);
    const buttons = [...presentBar(element).shadowRoot!.querySelectorAll('button')].map((button) => button.getBoundingClientRect());
    expect(buttons.length).to.equal(3);
    for (const box of buttons) {
      expect(inside(box, screen)).to.equal(true);
      expect(box.height).to.be.at.least(44);
    }
    const chart = chartOf(element)!.getBoundingClientRect();
    expect(chart.left).to.be.at.least(0);
    expect(chart.right).to.be.at.most(390);
    expect(chart.top).to.be.below(844);
    const caption = presentBar(element).shadowRoot!.querySelector('.caption')!;
    expect(parseFloat(getComputedStyle(caption).fontSize)).to.be.at.least(16);
    await element.exitPresentation();
    await emulateMedia({ reducedMotion: 'no-preference' });
    await setViewport({ width: 800, height: 600 });
  });
});
