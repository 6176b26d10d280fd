// Labels that read, measured on the bundled story's opening view with the shared label report:
// the share of events showing their whole title, and nothing painted under any label's text.
import { expect, html } from '@open-wc/testing';
import { sendMouse, setViewport } from '@web/test-runner-commands';
import { chartOf, labelReport, renderMarkup, settle, showChart, summarizeLabels, svgOf, type AttackTimeline } from '../harness/timeline-harness.ts';

async function openStory(width: number, height: number): Promise<AttackTimeline> {
  await setViewport({ width, height });
  const element = await renderMarkup(html`<attack-timeline></attack-timeline>`, width - 16);
  // A phone opens on cards; the reader switches to the chart to see these labels.
  await showChart(element);
  return element;
}

describe('labels on the bundled story', () => {
  it('at 1440×900, at least 80% of events in view show their whole title, with nothing under any text', async () => {
    const element = await openStory(1440, 900);
    const reports = labelReport(chartOf(element)!);
    const summary = summarizeLabels(reports);
    console.log(`labels 1440×900: ${JSON.stringify(summary)}`);
    expect(summary.inView).to.be.at.least(40);
    expect(summary.completeShare).to.be.at.least(0.8);
    expect(reports.filter((report) => report.under.length > 0).map((report) => `${report.id}: ${report.under.join(', ')}`)).to.deep.equal([]);
    // Key moments: every one in view gets its callout, and no two callouts overlap.
    const callouts = chartOf(element)!.drawnCallouts;
    console.log(`callouts 1440×900: ${callouts.map((callout) => callout.text).join(' | ')}`);
    expect(callouts.length).to.be.at.least(3);
    for (const a of callouts) for (const b of callouts) {
      if (a !== b) expect(a.box.right <= b.box.left || b.box.right <= a.box.left || a.box.bottom <= b.box.top || b.box.bottom <= a.box.top, `${a.eventId} / ${b.eventId}`).to.equal(true);
    }
  });

  it('at 390×844, no label has anything under its text (counts logged)', async () => {
    const element = await openStory(390, 844);
    const reports = labelReport(chartOf(element)!);
    const summary = summarizeLabels(reports);
    console.log(`labels 390×844: ${JSON.stringify(summary)}`);
    expect(summary.inView).to.be.greaterThan(0);
    expect(reports.filter((report) => report.under.length > 0).map((report) => `${report.id}: ${report.under.join(', ')}`)).to.deep.equal([]);
  });

  it('draws disclosure arcs only for the selected event, and plates the labels they cross', async () => {
    const element = await openStory(1440, 900);
    const chart = chartOf(element)!;
    expect(chart.drawnArcs).to.have.length(0);
    const report = chart.drawnMarks.find((mark) => mark.event.reveals.length > 0 && chart.drawnMarks.some((other) => mark.event.reveals.includes(other.event.id)));
    expect(report, 'a drawn report that reveals a drawn event').to.exist;
    element.selected = report!.event.id;
    await settle(element);
    expect(chart.drawnArcs.length).to.be.greaterThan(0);
    expect(chart.drawnArcs.every((arc) => arc.toId === report!.event.id || arc.fromId === report!.event.id)).to.equal(true);
    const under = labelReport(chart).filter((entry) => entry.under.some((name) => name.startsWith('arc:')));
    expect(under.map((entry) => entry.id)).to.deep.equal([]);
  });

  it('draws the arcs of the hovered event, and none once the pointer leaves', async () => {
    const element = await openStory(1440, 900);
    const chart = chartOf(element)!;
    const report = chart.drawnMarks.find((mark) => mark.event.reveals.length > 0 && chart.drawnMarks.some((other) => mark.event.reveals.includes(other.event.id)))!;
    const box = svgOf(element).getBoundingClientRect();
    svgOf(element).dispatchEvent(new MouseEvent('mousemove', { clientX: box.left + report.x0Px + 1, clientY: box.top + chart.rowCentrePx(report.row), bubbles: true }));
    await settle(element);
    expect(chart.drawnArcs.length).to.be.greaterThan(0);
    expect(labelReport(chart).filter((entry) => entry.under.some((name) => name.startsWith('arc:'))).map((entry) => entry.id)).to.deep.equal([]);
    svgOf(element).dispatchEvent(new MouseEvent('mouseleave'));
    await settle(element);
    expect(chart.drawnArcs).to.have.length(0);
  });

  it('treats a label as part of its mark: clicking the title selects the event', async () => {
    const element = await openStory(1440, 900);
    const chart = chartOf(element)!;
    // A title well clear of its mark (more than the hit tolerance away from it).
    const label = chart.drawnLabels.find((entry) => {
      if (entry.cluster) return false;
      const mark = chart.drawnMarks.find((candidate) => candidate.event.id === entry.eventId);
      return mark !== undefined && entry.xPx + entry.widthPx / 2 > mark.x1Px + 30 && entry.widthPx > 60;
    });
    expect(label, 'a label whose middle is away from its mark').to.exist;
    const box = svgOf(element).getBoundingClientRect();
    const x = box.left + label!.xPx + label!.widthPx / 2;
    const y = box.top + chart.rowCentrePx(label!.row);
    let selected: string | null = null;
    element.addEventListener('at-select', (event) => (selected = (event as CustomEvent<{ id: string | null }>).detail.id));
    window.scrollTo(0, 0);
    await sendMouse({ type: 'click', position: [Math.round(x), Math.round(y - window.scrollY)] });
    await settle(element);
    expect(selected).to.equal(label!.eventId);
  });
});
