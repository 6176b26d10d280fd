// The Chromium that tests and the benchmark drive: its flags keep Chrome's own UI from running
// beside a measured page, and `browserUiTargets` names any such page so the benchmark can refuse.
import { describe, expect, it } from 'vitest';
import { browserUiTargets, chromeArgs } from '../../../scripts/chrome-path.mjs';

const browserWith = (...urls: string[]) => ({ targets: () => urls.map((url) => ({ url: () => url })) });

describe('browserUiTargets', () => {
  it('names Chrome\'s own top-chrome WebUI pages, such as the omnibox popups', () => {
    const found = browserUiTargets(browserWith(
      'http://127.0.0.1:5192/bench/cold.html',
      'chrome://omnibox-popup.top-chrome/',
      'about:blank',
      'chrome://omnibox-popup.top-chrome/omnibox_popup_aim.html',
    ));
    expect(found).toEqual(['chrome://omnibox-popup.top-chrome/', 'chrome://omnibox-popup.top-chrome/omnibox_popup_aim.html']);
  });

  it('leaves out the measured pages and other chrome:// pages', () => {
    expect(browserUiTargets(browserWith('http://127.0.0.1/x.html', 'chrome://version/', 'chrome://newtab/', 'https://example.org/top-chrome/'))).toEqual([]);
  });
});

describe('chromeArgs', () => {
  it('turns off both omnibox popups in one --disable-features switch', () => {
    const disabled = chromeArgs.filter((arg) => arg.startsWith('--disable-features='));
    expect(disabled).toHaveLength(1);
    expect(disabled[0]!.slice('--disable-features='.length).split(',')).toEqual(expect.arrayContaining(['WebUIOmniboxPopup', 'WebUIOmniboxAimPopup']));
  });
});
