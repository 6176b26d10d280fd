/**
 * The link target for a URL from data, or undefined when it must be shown as plain text. The
 * parser already rejects other schemes; rendering checks again because Lit binds attribute
 * values verbatim, so this is the last line before an `href`.
 */
export function safeHref(url: string | undefined): string | undefined {
  if (!url) return undefined;
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'https:' || parsed.protocol === 'http:' ? parsed.href : undefined;
  } catch {
    return undefined;
  }
}
