/**
 * Files beside the script that load but are not the timeline's code (a file from another version,
 * say; here the test server serves such a module for the controls, the details and the
 * presentation: see zoom-chunk-middleware.mjs): the secondary controls' module has an export that
 * throws when read, the details' an export that is not an element class, the presentation's
 * neither of the exports it needs. Each is reported once, naming its file and what was wrong,
 * the error box shows them, nothing throws, and the chart keeps working. Its own file, so the page
 * has not loaded those modules before.
 */
import { expect } from '@open-wc/testing';
import smallJson from '../../fixtures/small.json';
import { chartOf, clickMark, drawnIds, errorBox, settle, placeTimeline, type FixtureDataset } from '../harness/timeline-harness.ts';
import { collectWindowErrorsDuringSuite } from '../harness/window-errors.ts';

const small = smallJson as unknown as FixtureDataset;
const COOKIES = ['controls-chunk', 'detail-chunk', 'presentation-chunk'];

describe('lazy files that load but do not work', () => {
  const thrown = collectWindowErrorsDuringSuite();
  before(() => {
    for (const name of COOKIES) document.cookie = `${name}=hostile; path=/`;
  });
  after(() => {
    for (const name of COOKIES) document.cookie = `${name}=; path=/; max-age=0`;
  });

  it('reports each once with its file and the reason, shows them, and keeps drawing', async () => {
    const { element, wrapper, errors } = await placeTimeline({ data: small });
    expect(chartOf(element)!.drawnItems.length).to.be.above(0);
    clickMark(element, drawnIds(element)[0]!);
    await settle(element);
    await element.present();
    await settle(element);

    const of = (file: string) => errors.filter((detail) => detail.message.includes(file));
    const controls = of('attack-timeline-controls.js');
    const detail = of('attack-timeline-event-detail.js');
    const presentation = of('attack-timeline-presentation.js');
    expect(controls).to.have.length(1);
    expect(detail).to.have.length(1);
    expect(presentation).to.have.length(1);
    expect(errors).to.have.length(3);
    expect(controls[0]!.message).to.equal('Part of the timeline could not be loaded (attack-timeline-controls.js)');
    expect(controls[0]!.issues[0]!.message).to.contain('hostile module');
    expect(detail[0]!.issues[0]!.path).to.equal('attack-timeline-event-detail.js');
    expect(detail[0]!.issues[0]!.message).to.match(/^TypeError: /);
    expect(presentation[0]!.issues[0]!.message).to.contain('it has no export startPresentation');
    const box = errorBox(element)!.textContent!;
    expect(box).to.contain('3 problems');
    for (const file of ['attack-timeline-controls.js', 'attack-timeline-event-detail.js', 'attack-timeline-presentation.js']) expect(box, file).to.contain(file);
    expect(box).to.contain('it has no export startPresentation');
    expect(element.presentation).to.equal(null);
    expect(thrown).to.deep.equal([]);

    // Later renders try nothing again, and the chart still zooms.
    for (let i = 0; i < 5; i++) {
      element.requestUpdate();
      await element.updateComplete;
    }
    await element.zoomTo('2017', '2018');
    expect(element.view.start).to.equal('2017-01-01');
    expect(errors).to.have.length(3);
    expect(thrown).to.deep.equal([]);
    wrapper.remove();
  });
});
