/**
 * The parts the embed loads on demand (the export code; French, German and Japanese UI text; the
 * presentation code; the max-tlp code):
 * nothing is fetched for a plain English first render, each path works on first use, and a
 * locale's text never shows in English first. Here the modules come from the dev server
 * (src/export/export.ts, src/i18n/messages-*.ts); test/package/pack-and-install.mjs checks the
 * same with the built files (attack-timeline-export.js, attack-timeline-messages-*.js).
 */
import { expect, fixture, html } from '@open-wc/testing';
import small from '../../fixtures/small.json';
import { chartOf, renderWithData, settle, type AttackTimeline } from '../harness/timeline-harness.ts';
import type { Messages } from '../../../src/i18n/messages.ts';

const LAZY = /\/src\/export\/export\.ts|\/src\/i18n\/messages-(fr|de|ja)\.ts|\/src\/shell\/presentation\.ts|\/src\/formats\/tlp\.ts/;

/** Paths of the lazy modules fetched so far in this page. */
function lazyFetched(): string[] {
  return performance
    .getEntriesByType('resource')
    .map((entry) => new URL(entry.name).pathname)
    .filter((path) => LAZY.test(path));
}

const actionsMessages = (element: AttackTimeline) => (element.shadowRoot!.querySelector('at-actions') as HTMLElement & { messages: Messages }).messages;
const toolbarText = (element: AttackTimeline) => chartOf(element)!.shadowRoot!.querySelector('.toolbar')!.textContent!.replace(/\s+/g, ' ').trim();

/**
 * Renders with `locale` and records the UI text of every render in which the timeline is on
 * screen, from the very first one (a MutationObserver sees each before the browser paints).
 */
async function renderRecordingText(locale: string): Promise<{ element: AttackTimeline; seen: string[] }> {
  const wrapper = await fixture<HTMLElement>(html`<div style="width:900px"></div>`);
  const element = document.createElement('attack-timeline');
  const seen: string[] = [];
  element.setAttribute('locale', locale);
  element.data = small;
  wrapper.append(element);
  const observer = new MutationObserver(() => {
    if (element.shadowRoot?.querySelector('at-actions')) seen.push(actionsMessages(element).present);
  });
  observer.observe(element.shadowRoot!, { childList: true, subtree: true });
  await settle(element);
  observer.disconnect();
  return { element, seen };
}

describe('lazy chunks', () => {
  before(() => {
    // The dev server serves hundreds of modules; keep every later resource entry.
    performance.setResourceTimingBufferSize(5000);
    performance.clearResourceTimings();
  });

  it('a plain first render in English fetches none of them', async () => {
    const element = await renderWithData(small, {}, 900);
    expect(chartOf(element)!.drawnItems.length).to.be.above(0);
    expect(actionsMessages(element).present).to.equal('Present');
    expect(lazyFetched()).to.deep.equal([]);
  });

  it('exports SVG on the first call, fetching the export code once', async () => {
    const element = await renderWithData(small, {}, 900);
    const [first, second] = await Promise.all([element.exportSvg(), element.exportSvg()]);
    expect(first).to.match(/^<\?xml [^>]*>\s*<svg /);
    expect(second).to.equal(first);
    expect(lazyFetched().filter((path) => path.endsWith('/export.ts'))).to.have.length(1);
  });

  it('the Export SVG button downloads on the first click', async () => {
    const element = await renderWithData(small, {}, 900);
    const downloads: string[] = [];
    const click = HTMLAnchorElement.prototype.click;
    HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
      downloads.push(this.download);
    };
    try {
      element.shadowRoot!.querySelector('at-actions')!.shadowRoot!.querySelector<HTMLButtonElement>('button.svg')!.click();
      const started = performance.now();
      while (downloads.length === 0 && performance.now() - started < 4000) await new Promise((resolve) => setTimeout(resolve, 20));
    } finally {
      HTMLAnchorElement.prototype.click = click;
    }
    expect(downloads).to.have.length(1);
    expect(downloads[0]).to.match(/\.svg$/);
    expect(element.shadowRoot!.querySelector('.error')).to.equal(null);
  });

  it('shows Japanese from the first render (the loading line meanwhile), never English first', async () => {
    expect(lazyFetched().some((path) => path.endsWith('/messages-ja.ts'))).to.equal(false);
    const { element, seen } = await renderRecordingText('ja');
    expect(seen.length).to.be.above(0);
    expect(new Set(seen)).to.deep.equal(new Set(['プレゼン']));
    expect(toolbarText(element)).to.match(/^表示中：/);
    expect(lazyFetched().filter((path) => path.endsWith('/messages-ja.ts'))).to.have.length(1);
  });

  it('a locale switch keeps the old text until the new arrives; updateComplete waits for it', async () => {
    const element = await renderWithData(small, {}, 900);
    const seen: string[] = [];
    const observer = new MutationObserver(() => seen.push(actionsMessages(element).present));
    observer.observe(element.shadowRoot!, { childList: true, subtree: true, characterData: true, attributes: true });
    element.locale = 'de';
    await element.updateComplete;
    observer.disconnect();
    expect(actionsMessages(element).present).to.equal('Präsentieren');
    expect(seen.every((text) => text === 'Present' || text === 'Präsentieren')).to.equal(true);
    await settle(element);
    expect(toolbarText(element)).to.match(/^Angezeigt: /);
    // Back to English: at hand, no fetch, no wait.
    element.locale = 'en-US';
    await element.updateComplete;
    expect(actionsMessages(element).present).to.equal('Present');
  });

  it('presents in a lazily loaded locale', async () => {
    const { element } = await renderRecordingText('fr');
    await element.present();
    const bar = element.shadowRoot!.querySelector('at-present-bar')!;
    await (bar as HTMLElement & { updateComplete: Promise<boolean> }).updateComplete;
    expect(bar.shadowRoot!.querySelector('button.exit')!.textContent!.trim()).to.equal('Quitter');
    await element.exitPresentation();
  });

  it('exports in a lazily loaded locale', async () => {
    const { element } = await renderRecordingText('de');
    const svg = await element.exportSvg();
    expect(svg).to.contain('Quellen');
  });
});
