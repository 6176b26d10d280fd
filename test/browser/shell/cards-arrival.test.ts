// On a phone the cards' code (attack-timeline-event-cards.js) arrives after the first frame, which
// shows a loading line in their place. The article text under the element must not jump when the
// cards replace that line: the line keeps a screen's height (at most 30rem) for three or more events,
// and the switch, strip and key are already as the cards will have them.
import { expect, nextFrame } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import { cardsOf, partOf, settle, waitMs, type AttackTimeline } from '../harness/timeline-harness.ts';
import { releaseHeldChunks } from '../harness/chunk-hold.ts';
import { watchLayoutShifts } from '../harness/layout-shifts.ts';
import { until } from '../harness/until.ts';

describe('cards chunk arrival at 390×844', () => {
  it('moves no article text the reader can see', async function () {
    this.timeout(30_000);
    await setViewport({ width: 390, height: 844 });
    document.cookie = 'cards-chunk=hold; path=/';
    const element = document.createElement('attack-timeline') as AttackTimeline;
    const text = document.createElement('p');
    text.textContent = 'The article goes on under the timeline. '.repeat(40);
    try {
      document.body.append(element, text);
      // The story is in (its switch between cards and chart is drawn) and a loading line holds the cards' place.
      const loading = () => (partOf(element, 'view-switch') ? element.shadowRoot!.querySelector('.loading') : null);
      await until(() => loading(), 'the loading line', 10000);
      expect(loading(), 'the loading line in the cards\' place').to.not.equal(null);
      for (let frame = 0; frame < 3; frame++) await nextFrame();
      expect(customElements.get('at-event-cards'), 'the hold kept the cards back').to.equal(undefined);
      const textTopBefore = text.getBoundingClientRect().top;
      // Already the cards' layout: the switch says Cards, the strip is where it stays, no key.
      const cardsButton = partOf(element, 'view-switch')!.querySelector('button')!;
      expect(cardsButton.getAttribute('aria-pressed'), 'Cards pressed while their code loads').to.equal('true');
      expect(partOf(element, 'legend'), 'no key above the cards').to.equal(null);
      const stripTopBefore = partOf(element, 'overview')!.getBoundingClientRect().top;
      const stopWatching = await watchLayoutShifts();
      expect((await releaseHeldChunks()), 'the held cards code').to.equal(1);
      await customElements.whenDefined('at-event-cards');
      await settle(element);
      await cardsOf(element)!.updateComplete;
      for (let frame = 0; frame < 3; frame++) await nextFrame();
      await waitMs(300);
      const shifts = stopWatching();
      const cards = cardsOf(element)!.shadowRoot!.querySelectorAll('li').length;
      expect(cards, 'cards drawn').to.be.greaterThan(3);
      // Under the fold while the code loaded, so moving it further down is not seen.
      expect(textTopBefore, 'the text below the element started under the fold').to.be.at.least(844);
      expect(partOf(element, 'overview')!.getBoundingClientRect().top, 'the strip did not move').to.equal(stripTopBefore);
      expect(shifts).to.deep.equal([]);
    } finally {
      document.cookie = 'cards-chunk=; path=/; max-age=0';
      element.remove();
      text.remove();
    }
  });
});
