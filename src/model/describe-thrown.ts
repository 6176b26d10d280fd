import { truncateText } from './graphemes.ts';

/**
 * What was thrown, as one line of text: the message of an Error, else the value itself. Never
 * throws, whatever was thrown (an object whose `message` getter or `toString` throws, a revoked
 * Proxy, a Symbol).
 */
export function describeThrown(thrown: unknown): string {
  let text: string;
  try {
    text = thrown instanceof Error ? `${thrown.name}: ${thrown.message}` : typeof thrown === 'symbol' ? thrown.toString() : String(thrown);
  } catch {
    return 'an unreadable error';
  }
  return truncateText(text, MAX_THROWN_CHARS);
}

const MAX_THROWN_CHARS = 200;
