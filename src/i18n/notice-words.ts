/** The notice's own words (the issues themselves stay as the parser wrote them, in English). */
export interface NoticeWords {
  readonly label: string;
  readonly eventsNotShown: (count: number, total: number) => string;
  readonly recordsLeftOut: (count: number) => string;
  readonly problems: (count: number) => string;
  readonly notShown: string;
  readonly partLeftOut: string;
  readonly more: (count: number) => string;
  readonly dataset: string;
  readonly field: (key: string) => string;
  readonly lists: Readonly<Record<'events' | 'actors' | 'victims' | 'subjects' | 'sources', string>>;
}

export const ENGLISH_NOTICE: NoticeWords = {
  label: 'Problems in the data',
  eventsNotShown: (count, total) => `${count} of ${total} event${total === 1 ? '' : 's'} could not be shown`,
  recordsLeftOut: (count) => `${count} actor, victim, organisation or source record${count === 1 ? ' was' : 's were'} left out`,
  problems: (count) => `The data has ${count} problem${count === 1 ? '' : 's'}; the affected parts were left out`,
  notShown: ' — not shown:',
  partLeftOut: ' — shown, with a part left out:',
  more: (count) => `…and ${count} more problem${count === 1 ? '' : 's'} (all are in the at-error event).`,
  dataset: 'Dataset',
  field: (key) => `Field ${key}`,
  lists: { events: 'Event', actors: 'Actor', victims: 'Victim', subjects: 'Named organisation', sources: 'Source' },
};
