export function findChrome(): string;
export const chromeArgs: string[];
/** Addresses of Chrome's own top-chrome WebUI pages open in a puppeteer Browser (see chrome-path.mjs). */
export function browserUiTargets(browser: { targets(): readonly { url(): string }[] }): string[];
