// What the reader sees of the default story on a phone, a laptop and a 4K projector. The
// pictures were looked at when approved; any change to the drawing fails here until approved again.
import { expect, html } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import { visualDiff } from '@web/test-runner-visual-regression';
import { animationsDone, cardsOf, drawnIds, renderMarkup, settledDrawing } from '../harness/timeline-harness.ts';

const SCREENS = [
  { name: 'phone-360x740', width: 360, height: 740 },
  { name: 'laptop-1280x720', width: 1280, height: 720 },
  { name: 'projector-3840x2160', width: 3840, height: 2160 },
];

describe('default story on three screens', () => {
  for (const screen of SCREENS) {
    it(`looks right at ${screen.width}×${screen.height}`, async () => {
      await setViewport({ width: screen.width, height: screen.height });
      const phone = screen.width < 600;
      // A phone's picture is its first screen (the card list below runs to thousands of pixels).
      const element = await renderMarkup(phone
        ? html`<div style="height:${screen.height - 16}px;overflow:hidden"><attack-timeline></attack-timeline></div>`
        : html`<attack-timeline></attack-timeline>`, screen.width - 16);
      // A phone gets the events as cards (issue 12): all of them, with their titles whole.
      if (phone) expect(cardsOf(element)!.shadowRoot!.querySelectorAll('li').length).to.be.at.least(50);
      else expect(drawnIds(element).length).to.be.at.least(50);
      expect(document.documentElement.scrollWidth).to.be.at.most(screen.width);
      if (!phone) {
        // The picture spans the whole element: show all of it, as a reader scrolling down would see it.
        await setViewport({ width: screen.width, height: Math.max(screen.height, Math.ceil(element.getBoundingClientRect().bottom) + 16) });
        await settledDrawing(element);
      }
      await animationsDone();
      await visualDiff(phone ? element.parentElement! : element, screen.name);
    });
  }
});
