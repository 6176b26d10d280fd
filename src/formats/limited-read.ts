/**
 * Reading an input file for the CLI with the rules the element applies to `src`: at most
 * `maxBytes` (64 MB by default), counted while reading so an endless or huge input
 * (`/dev/zero`, a pipe) stops at the limit instead of filling memory, and strict UTF-8.
 */

/** The element's default `max-bytes` (src/shell/load-dataset.ts); the CLI uses the same. */
export const DEFAULT_MAX_BYTES = 64 * 1024 * 1024;
/** Above this a file cannot become one JavaScript string, so no limit may be set higher. */
export const MAX_MAX_BYTES = 500 * 1024 * 1024;

const CHUNK_BYTES = 64 * 1024;

/** An open input: a file, or standard input. */
export interface InputFile {
  /** Size in bytes when known before reading (a regular file), so a file over the limit is refused unread. */
  readonly sizeBytes?: number;
  /** Reads the next bytes into `buffer`; returns how many, 0 at the end. Throws when reading fails. */
  read(buffer: Uint8Array): number;
  close(): void;
}

export type LimitedReadResult =
  | { readonly ok: true; readonly text: string }
  | { readonly ok: false; readonly problem: 'too-large' | 'encoding'; readonly message: string };

/**
 * Reads `file` to its end as UTF-8 (a leading BOM is dropped), stopping as soon as more than
 * `maxBytes` have come in. Closes the file. Read errors are thrown.
 */
export function readLimited(file: InputFile, maxBytes: number): LimitedReadResult {
  try {
    if (file.sizeBytes !== undefined && file.sizeBytes > maxBytes) return tooLarge(maxBytes, file.sizeBytes);
    const decoder = new TextDecoder('utf-8', { fatal: true });
    const buffer = new Uint8Array(Math.min(CHUNK_BYTES, maxBytes + 1));
    const parts: string[] = [];
    // The fatal decoder throws at the first byte sequence that is not UTF-8: no need to read on.
    const decode = (bytes?: Uint8Array): boolean => {
      try {
        parts.push(bytes ? decoder.decode(bytes, { stream: true }) : decoder.decode());
        return true;
      } catch {
        return false;
      }
    };
    let total = 0;
    for (let count = file.read(buffer); count > 0; count = file.read(buffer)) {
      total += count;
      if (total > maxBytes) return tooLarge(maxBytes);
      if (!decode(buffer.subarray(0, count))) return notUtf8();
    }
    return decode() ? { ok: true, text: parts.join('') } : notUtf8();
  } finally {
    file.close();
  }
}

function notUtf8(): LimitedReadResult {
  return { ok: false, problem: 'encoding', message: 'is not valid UTF-8 text; save it as UTF-8' };
}

function tooLarge(maxBytes: number, sizeBytes?: number): LimitedReadResult {
  const size = sizeBytes === undefined ? 'more' : `${formatBytes(sizeBytes)}, more`;
  return { ok: false, problem: 'too-large', message: `is too large: ${size} than the ${formatBytes(maxBytes)} limit (--max-bytes raises it)` };
}

/** "64 MB", "1.5 KB", "12 bytes": the units the element's messages use. */
export function formatBytes(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${(bytes / (1024 * 1024)).toFixed(1).replace(/\.0$/, '')} MB`;
  if (bytes >= 1024) return `${(bytes / 1024).toFixed(1).replace(/\.0$/, '')} KB`;
  return `${bytes} bytes`;
}
