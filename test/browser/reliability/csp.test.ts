/**
 * Catalogue 4.9 (C1, C3): the element under a strict Content-Security-Policy with Trusted Types
 * enforced, in a same-origin iframe whose page is served with the CSP header.
 */
import { expect } from '@open-wc/testing';
import { until } from '../harness/until.ts';

interface PageWindow extends Window {
  __violations: { directive: string; blocked: string; sample: string }[];
  __pageErrors?: string[];
  __hostScriptRan?: boolean;
}

async function openPage(path: string): Promise<{ frame: HTMLIFrameElement; win: PageWindow; doc: Document }> {
  const frame = document.createElement('iframe');
  frame.style.width = '1000px';
  frame.style.height = '900px';
  frame.src = path;
  document.body.append(frame);
  await new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  return { frame, win: frame.contentWindow as PageWindow, doc: frame.contentDocument! };
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('strict Content-Security-Policy with Trusted Types', () => {
  it('C1: loads, filters, zooms, selects, shows the table and the error state with zero violations', async () => {
    const { frame, win, doc } = await openPage('/__reliability/csp.html');
    const element = doc.querySelector('attack-timeline')!;
    const root = () => element.shadowRoot;
    await until(() => !!root()?.querySelector('at-chart')?.shadowRoot?.querySelector('.mark'));
    const chart = root()!.querySelector('at-chart')!.shadowRoot!;
    await element.select('e-indictment');
    (chart.querySelector('button.zoom-in') as HTMLButtonElement).click();
    const bar = root()!.querySelector('at-filter-bar')!.shadowRoot!;
    (bar.querySelector('details') as HTMLDetailsElement).open = true;
    (bar.querySelector('input[type=checkbox]:not([disabled])') as HTMLInputElement).click();
    const table = root()!.querySelector('at-event-table')!;
    table.open = true;
    await sleep(400);
    expect(root()!.querySelector('at-event-detail')!.shadowRoot!.querySelector('article')).to.not.equal(null);
    expect(table.shadowRoot!.querySelector('table')).to.not.equal(null);
    // Error state: a hostile dataset, rendered under the same policy.
    element.data = { version: 1, title: '<img src=x onerror=alert(1)>', actors: [], victims: [], sources: [], events: 'nope' };
    await sleep(200);
    expect(root()!.querySelector('.error')).to.not.equal(null);
    expect(win.__violations).to.deep.equal([]);
    expect(win.__pageErrors ?? []).to.deep.equal([]);
    expect(win.__hostScriptRan).to.equal(true);
    // C2, negative control: the probe does see a violation when one happens.
    try {
      (win as unknown as { eval(code: string): unknown }).eval('1');
    } catch {
      // Expected: eval is blocked by the policy.
    }
    await sleep(50);
    expect(win.__violations.length).to.equal(1);
    frame.remove();
  });

  it('C3: with trusted-types \'none\' the element cannot start, and the host page keeps working', async () => {
    const { frame, win, doc } = await openPage('/__reliability/csp-tt-none.html');
    await until(() => win.__hostScriptRan === true);
    await sleep(300);
    // Lit's policy is refused: the page reports it, our tag stays undefined, nothing else breaks.
    expect(win.__violations.some((v) => v.directive.startsWith('trusted-types'))).to.equal(true);
    expect(win.customElements.get('attack-timeline')).to.equal(undefined);
    expect(doc.querySelector('h1')!.textContent).to.equal('Host page');
    frame.remove();
  });
});
