// Labels that read from the back of a room: the bundled story presented at 1920×1080, every step,
// measured with the shared label report. Logs each step's complete titles (the third of the three
// sizes the README's reading figures give; 1440×900 and 390×844 are in labels-read).
import { expect } from '@open-wc/testing';
import { emulateMedia, setViewport } from '@web/test-runner-commands';
import defaultDataset from '../../../data/default-dataset.json';
import { chartOf, labelReport, settle, summarizeLabels, type AttackTimeline } from '../harness/timeline-harness.ts';
import type { Story } from '../../../src/model/types.ts';

const story = (defaultDataset as unknown as { stories: Story[] }).stories[0]!;

describe('labels in presentation at 1920×1080', () => {
  let element: AttackTimeline;

  before(async () => {
    await setViewport({ width: 1920, height: 1080 });
    await emulateMedia({ reducedMotion: 'reduce' });
    element = document.createElement('attack-timeline');
    document.body.append(element);
    element.data = defaultDataset;
    await settle(element);
    await element.present();
  });

  after(async () => {
    await element.exitPresentation();
    element.remove();
    await emulateMedia({ reducedMotion: 'no-preference' });
    await setViewport({ width: 800, height: 600 });
  });

  it('at every step, no title is drawn over a mark, another title, an arc or a callout note, and the counts are logged', async () => {
    const lines: string[] = [];
    const crossings: string[] = [];
    for (let step = 0; step < story.steps.length; step++) {
      await element.goToStep(step);
      await chartOf(element)!.updateComplete;
      await new Promise(requestAnimationFrame);
      await new Promise(requestAnimationFrame);
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
