/**
 * Text for a terminal: whatever the CLI prints may come from the data (a CSV header, a STIX name,
 * a file name), and a terminal obeys control characters in it: ESC starts a sequence that can
 * move the cursor, retitle the window or rewrite what was printed before; C1 controls (U+009B is
 * a one-character CSI) do the same on some terminals; CR and bidi overrides make a line read as
 * something else. These are written out as escapes instead (`\x1b`, `\u202e`), so they show.
 */

/** C0 and C1 controls and DEL, bidi controls (LRE…RLO, LRI…PDI, LRM, RLM, ALM), lone surrogates. */
const UNSAFE = /\r\n|[\p{Cc}\p{Bidi_Control}\p{Cs}]/gu;

function escapeChar(char: string): string {
  const code = char.charCodeAt(0);
  return code <= 0xff ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`;
}

/**
 * `text` with every character that can steer a terminal written as an escape, except those in
 * `keep` (e.g. '\n\t' for a multi-line document; `\r\n` line ends are kept with '\n').
 */
export function showControls(text: string, keep = ''): string {
  return text.replace(UNSAFE, (match) => {
    if (match === '\r\n') return keep.includes('\n') ? match : `${escapeChar('\r')}${escapeChar('\n')}`;
    return keep.includes(match) ? match : escapeChar(match);
  });
}

/**
 * One message line for the terminal: everything shown as escapes but tabs, and one final line
 * break, so text from the data can neither send a control sequence nor forge another line.
 */
export function toTerminalLine(text: string): string {
  return text.endsWith('\n') ? `${showControls(text.slice(0, -1), '\t')}\n` : showControls(text, '\t');
}
