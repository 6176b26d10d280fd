/** The words a card's date needs, in one language (see `src/i18n/messages.ts`). */
export interface CardDateWords {
  /** "± 2 days" after a day known only approximately. */
  readonly approx: (days: number) => string;
  /** "since at least 2014": the start of a period that may have begun earlier. */
  readonly sinceAtLeast: (start: string) => string;
}

/** The English words (each message table has its own). */
export const ENGLISH_CARD_DATE: CardDateWords = {
  approx: (days) => `± ${days} day${days === 1 ? '' : 's'}`,
  sinceAtLeast: (start) => `since at least ${start}`,
};
