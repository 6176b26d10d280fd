/**
 * Files beside the script that hold text rather than code, missing: the German UI text (the
 * element shows English, with German dates) and the bundled story (nothing to draw, with Try
 * again). As for the code's files (test/browser/harness/loader-faults.ts), the error box names the
 * file, and the line under it gives the browser's reason, with the address it tried, once: not the
 * title again. Its own file, so the page has not loaded either module before.
 */
import { expect } from '@open-wc/testing';
import smallJson from '../../fixtures/small.json';
import { chartOf, errorBox, placeTimeline, type AttackTimeline, type FixtureDataset } from '../harness/timeline-harness.ts';
import { missingChunkDuringSuite } from '../harness/chunk-hold.ts';
import { until } from '../harness/until.ts';

const small = smallJson as unknown as FixtureDataset;
/** The error box's lines under its title. */
const boxItems = (element: AttackTimeline) => [...errorBox(element)!.querySelectorAll('li')].map((item) => item.textContent!.trim());

describe('the German text missing', () => {
  missingChunkDuringSuite('locale');

  it('shows English text, says which file is missing and why', async () => {
    const { element, errors } = await placeTimeline({ data: small, attributes: { locale: 'de' } });
    await until(() => errors.length > 0, 'the report');
    expect(errors).to.have.length(1);
    expect(errors[0]!.message).to.equal('The text for locale "de" could not be loaded (attack-timeline-messages-de.js); showing English');
    expect(errors[0]!.issues.map(({ path }) => path)).to.deep.equal(['attack-timeline-messages-de.js']);
    expect(errors[0]!.issues[0]!.message).to.match(/^TypeError: .*\/src\/i18n\/messages-de\.ts/);
    expect(boxItems(element)).to.deep.equal([errors[0]!.issues[0]!.message]);
    expect(chartOf(element)!.drawnItems.length, 'the chart is drawn all the same').to.be.above(0);
    element.parentElement!.remove();
  });
});

describe('the bundled story missing', () => {
  missingChunkDuringSuite('story');

  it('says which file is missing and why, once, with Try again', async () => {
    const { element, errors } = await placeTimeline({});
    await until(() => errors.length > 0, 'the report');
    expect(errors).to.have.length(1);
    expect(errors[0]!.message).to.equal('The bundled story could not be loaded (attack-timeline-default-dataset.js)');
    expect(errors[0]!.issues.map(({ path }) => path)).to.deep.equal(['attack-timeline-default-dataset.js']);
    expect(errors[0]!.issues[0]!.message).to.match(/^TypeError: .*\/data\/default-dataset\.json/);
    expect(boxItems(element), 'the reason, not the title again').to.deep.equal([errors[0]!.issues[0]!.message]);
    expect(errorBox(element)!.textContent).to.contain('Try again');
    element.parentElement!.remove();
  });
});
