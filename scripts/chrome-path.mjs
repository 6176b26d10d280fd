// Finds the Chromium that browser tests and the benchmark drive. Test tools must never
// download their own browser (that fails on closed networks), so every config asks here.
import { accessSync, constants } from 'node:fs';
import { fileURLToPath } from 'node:url';

const candidates = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome-stable',
  '/usr/bin/google-chrome',
];

const howToInstall =
  'Install it (Debian/Ubuntu, as root): apt-get update && apt-get install -y chromium, ' +
  'or point CHROME_PATH at a Chrome/Chromium binary.';

function isExecutable(path) {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/** Path of a usable Chromium; throws a message that says how to get one. */
export function findChrome() {
  const fromEnv = process.env.CHROME_PATH;
  if (fromEnv) {
    if (isExecutable(fromEnv)) return fromEnv;
    throw new Error(`CHROME_PATH is set to "${fromEnv}", which is not an executable file. ${howToInstall}`);
  }
  const found = candidates.find(isExecutable);
  if (!found) throw new Error(`No Chromium/Chrome found (looked in ${candidates.join(', ')}). ${howToInstall}`);
  return found;
}

/**
 * Flags for headless Chromium as root on a machine with no outside network. The resolver rule stops
 * Chromium's background lookups of Google hosts, which otherwise fail many times per run. The
 * disabled features are the omnibox's WebUI popups: Chromium 156 renders two of them (about 1.1 s
 * of CPU) for every new window, and each fresh browser context (every cold bench run) opens
 * one. A reader's tab shares its window's, which was made when the browser started, so
 * they made the cold bench measure Chrome's own UI beside the page (see `browserUiTargets`).
 */
export const chromeArgs = [
  '--no-sandbox',
  '--headless=new',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--font-render-hinting=none',
  '--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE localhost , EXCLUDE 127.0.0.1',
  '--disable-features=WebUIOmniboxPopup,WebUIOmniboxAimPopup',
];

/**
 * The addresses of Chrome's own WebUI pages open in `browser` (a puppeteer Browser), such as the
 * omnibox popup (chrome://omnibox-popup.top-chrome/): none with `chromeArgs`. A Chromium that
 * renames the features above would open them again, and the benchmark refuses to measure then.
 */
export function browserUiTargets(browser) {
  return browser.targets().map((target) => target.url()).filter((url) => /^chrome:\/\/[^/]*\.top-chrome\//.test(url));
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  try {
    console.log(findChrome());
  } catch (error) {
    console.error(error.message);
    process.exit(1);
  }
}
