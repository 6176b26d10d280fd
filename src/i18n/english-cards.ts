import type { Messages } from './messages.ts';
import { ENGLISH_CARD_DATE } from '../scales/card-date-words.ts';

/**
 * The English words only the cards of narrow screens use. The embed script leaves them out of its entry: they
 * come in that code's chunk (src/shell/lazy-event-cards.ts), which adds them to the English table
 * (`addEnglish`) before it defines its elements.
 */
export const ENGLISH: Pick<Messages, 'cardDate' | 'cardLag' | 'cardsLabel' | 'showEarlier' | 'showLater' | 'sourcesCount'> = {
  cardsLabel: 'Events, oldest first',
  cardDate: ENGLISH_CARD_DATE,
  cardLag: (lag) => `Made public ${lag} after it began`,
  sourcesCount: (count) => `${count} source${count === 1 ? '' : 's'}`,
  showEarlier: 'Show earlier events',
  showLater: 'Show later events',
};
