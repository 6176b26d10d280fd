import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { hasMessages, loadMessages, messagesFor, uiLanguageOf, type Messages } from '../i18n/messages.ts';
import { resolveDateLocale } from '../i18n/locale.ts';

/** The locale on screen: dates and UI text switch together. */
interface LocaleInfo {
  readonly locale: string | null;
  /** The locale dates are written in. */
  readonly date: string;
  readonly messages: Messages;
}

function localeInfo(locale: string | null): LocaleInfo {
  return { locale, date: resolveDateLocale(locale), messages: messagesFor(locale) };
}

/**
 * The dates and UI text on screen for the host's `locale`, followed on each update. A French,
 * German or Japanese table is fetched on demand; until the first locale's text is at hand `ready`
 * is false (the element shows its loading line rather than flash English), and a later change
 * keeps the old text until the new arrives. `pending` is the fetch running, for the host's
 * `updateComplete` to wait on.
 */
export class LocaleController implements ReactiveController {
  private _info: LocaleInfo | null = null;
  /** The locale last asked for; undefined before the first update. */
  private _asked: string | null | undefined = undefined;
  pending: Promise<void> | null = null;

  constructor(
    private readonly _host: ReactiveControllerHost & HTMLElement,
    private readonly _locale: () => string | null,
    /** Called when a locale's text is on screen, with null, or could not be loaded (English is shown), with the file's name and what its import threw. */
    private readonly _onText: (locale: string | null, missingFile: string | null, thrown?: unknown) => void,
  ) {
    _host.addController(this);
  }

  hostUpdate(): void {
    // Nothing is fetched off the page; the first update back on it asks again.
    if (!this._host.isConnected) return;
    const locale = this._locale();
    if (locale === this._asked) return;
    this._asked = locale;
    this._apply(locale);
  }

  hostConnected(): void {
    if (this._asked !== undefined && this._asked !== this._locale()) this._host.requestUpdate();
  }

  /** True once some locale's text is at hand. */
  get ready(): boolean {
    return this._info !== null;
  }

  /** The UI text on screen (English before the first locale's table is at hand). */
  get messages(): Messages {
    return this._info?.messages ?? messagesFor(null);
  }

  /** The locale dates are written in. */
  get dateLocale(): string {
    return this._info?.date ?? resolveDateLocale(null);
  }

  /** Shows `locale`'s dates and text now if its table is at hand, else once it has loaded. */
  private _apply(locale: string | null): void {
    if (hasMessages(locale)) {
      this.pending = null;
      this._show(locale);
      this._onText(locale, null);
      return;
    }
    const load: Promise<void> = loadMessages(locale).then(
      () => {
        if (this.pending !== load) return;
        this._show(locale);
        this._onText(locale, null);
      },
      (thrown: unknown) => {
        if (this.pending !== load) return;
        // English text, the locale's dates; the publisher learns which file is missing, and why.
        this._show(locale);
        this._onText(locale, `attack-timeline-messages-${uiLanguageOf(locale)}.js`, thrown);
      },
    ).finally(() => {
      if (this.pending === load) this.pending = null;
    });
    this.pending = load;
  }

  private _show(locale: string | null): void {
    this._info = localeInfo(locale);
    this._host.requestUpdate();
  }
}
