/**
 * A publisher who did not host attack-timeline-read-dataset.js (here the test server answers 404
 * for src/shell/read-dataset.ts; see zoom-chunk-middleware.mjs): an element with `src` reports one
 * problem naming that file, with "Try again", and nothing else breaks. Its own file, so the page
 * has not loaded the module before.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { errorBox, settle, type AttackTimeline } from '../harness/timeline-harness.ts';
import { missingChunkDuringSuite } from '../harness/chunk-hold.ts';

describe('reading a src answer: code missing', () => {
  missingChunkDuringSuite('read-dataset');

  it('reports one at-error naming the file, offering to try again', async () => {
    const errors: string[] = [];
    const wrapper = await fixture<HTMLElement>(html`<div style="width:900px"><attack-timeline @at-error=${(event: CustomEvent<{ message: string }>) => errors.push(event.detail.message)} src="/__reliability/counted/missing-reader.json"></attack-timeline></div>`);
    const element = wrapper.querySelector('attack-timeline') as AttackTimeline;
    await settle(element);
    expect(errors).to.have.length(1);
    expect(errors[0]).to.contain('attack-timeline-read-dataset.js');
    expect(errors[0]).to.contain('/__reliability/counted/missing-reader.json');
    const box = errorBox(element)!;
    expect(box.textContent).to.contain('attack-timeline-read-dataset.js');
    expect(box.querySelector('button.retry') !== null, 'Try again').to.equal(true);
    expect(element.parsedDataset === null).to.equal(true);
    for (let i = 0; i < 5; i++) {
      element.requestUpdate();
      await element.updateComplete;
    }
    expect(errors).to.have.length(1);

    // Try again tries the file again: still missing, one more report (one per attempt, not two).
    box.querySelector<HTMLButtonElement>('button.retry')!.click();
    await settle(element);
    expect(errors).to.have.length(2);
    expect(errors[1]).to.contain('attack-timeline-read-dataset.js');
    // Once the file is there, Try again shows the data and the problem goes.
    document.cookie = 'read-dataset-chunk=; path=/; max-age=0';
    errorBox(element)!.querySelector<HTMLButtonElement>('button.retry')!.click();
    await settle(element);
    expect(element.parsedDataset?.events.length ?? 0).to.be.above(0);
    expect(errorBox(element)?.textContent ?? '').to.not.contain('attack-timeline-read-dataset.js');
    expect(errors).to.have.length(2);
  });
});
