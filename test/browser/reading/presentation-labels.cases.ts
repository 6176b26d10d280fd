// Labels that read from the back of a room: the bundled story presented at 1920×1080, every step,
// measured with the shared label report. Logs each step's complete titles (the third of the three
// sizes the README's reading figures give; 1440×900 and 390×844 are in labels-read).
import { expect } from '@open-wc/testing';
import defaultDataset from '../../../data/default-dataset.json';
import { chartOf, labelReport, summarizeLabels, type AttackTimeline } from '../harness/timeline-harness.ts';
import { closeProjector, openProjector, showStep } from '../harness/presentation-harness.ts';
import type { Story } from '../../../src/model/types.ts';

const story = (defaultDataset as unknown as { stories: Story[] }).stories[0]!;

describe('labels in presentation at 1920×1080', () => {
  let element: AttackTimeline;

  before(async () => {
    element = await openProjector();
  });

  after(async () => {
    await closeProjector(element);
  });

  it('at every step, no title is drawn over a mark, another title, an arc or a callout note, and the counts are logged', async () => {
    const lines: string[] = [];
    const crossings: string[] = [];
    for (let step = 0; step < story.steps.length; step++) {
      await showStep(element, step);
      const reports = labelReport(chartOf(element)!);
      const summary = summarizeLabels(reports);
      expect(summary.inView, `step ${step}: events in view`).to.be.greaterThan(0);
      // A key moment's number badge in the gap between rows still touches the text of the row
      // above at this size (22 px text in 30 px rows): listed in the log, not yet fixed.
      const badges = reports.flatMap((report) => report.under.filter((name) => name.startsWith('badge:')).map((name) => `${report.id} over ${name}`));
      lines.push(`step ${step}: ${summary.complete} of ${summary.inView} complete, ${summary.shortened} shortened, ${summary.unlabelled} unlabelled${badges.length > 0 ? `; text over a badge: ${badges.join(', ')}` : ''}`);
      for (const report of reports) {
        for (const name of report.under) if (!name.startsWith('badge:')) crossings.push(`step ${step}: ${report.id} over ${name}`);
      }
    }
    console.log(`labels 1920×1080 presentation:\n${lines.join('\n')}`);
    expect(crossings).to.deep.equal([]);
  });
});
