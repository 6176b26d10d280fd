import { DEFAULT_LOCALE } from '../scales/date-format.ts';

/**
 * The locale dates are written in: the `locale` attribute when the platform's Intl can use it
 * (canonicalised, e.g. `fr-ca` → `fr-CA`), else the default (`en-GB`). Never throws.
 */
export function resolveDateLocale(locale: string | null | undefined): string {
  const tag = (locale ?? '').trim();
  if (!tag) return DEFAULT_LOCALE;
  try {
    const [canonical] = Intl.getCanonicalLocales(tag);
    if (canonical && Intl.DateTimeFormat.supportedLocalesOf(canonical).length > 0) return canonical;
  } catch {
    // An ill-formed tag (RangeError) falls back like an unsupported one.
  }
  return DEFAULT_LOCALE;
}
