/**
 * The dataset file format as plain JSON types (what `parseDataset` accepts), and the inverse of
 * parsing: a parsed `Dataset` back to that JSON. Importers build these objects; exporters and
 * `convert --to json` write them.
 */
import type { Actor, Dataset, OpeningWindow, Source, Story, Subject, TimelineEvent, Victim } from '../model/types.ts';

export type ActorJson = Omit<Actor, 'aliases' | 'sources'> & { aliases?: readonly string[]; sources?: readonly string[] };
export type VictimJson = Omit<Victim, 'sources'> & { sources?: readonly string[] };
export type SubjectJson = Omit<Subject, 'sources'> & { sources?: readonly string[] };
export type SourceJson = Omit<Source, 'date' | 'authors' | 'errors' | 'quotes'> & {
  date?: string;
  authors?: readonly string[];
  errors?: readonly string[];
  quotes?: readonly string[];
};

/** One event as written in a dataset file: `date`, or `start` and `end`. */
export type EventJson = Omit<TimelineEvent, 'when' | 'subjects' | 'reveals' | 'attributions' | 'disputes' | 'techniques' | 'reviewed' | 'granularTlp' | 'callout'> & {
  date?: string;
  start?: string;
  end?: string;
  openStart?: boolean;
  approxDays?: number;
  dateNote?: string;
  subjects?: readonly string[];
  reveals?: readonly string[];
  attributions?: TimelineEvent['attributions'];
  disputes?: TimelineEvent['disputes'];
  techniques?: readonly string[];
  reviewed?: string;
  granularTlp?: TimelineEvent['granularTlp'];
  callout?: string;
};

export interface DatasetJson {
  version: 1;
  title: string;
  description?: string;
  actors: ActorJson[];
  victims: VictimJson[];
  subjects?: SubjectJson[];
  sources: SourceJson[];
  events: EventJson[];
  stories?: readonly Story[];
  opening?: OpeningWindow;
}

/** A parsed event back to its file form; empty optional lists are left out. */
export function toEventJson(event: TimelineEvent): EventJson {
  const { when, subjects, reveals, attributions, disputes, techniques, tlp, reviewed, granularTlp, callout, ...rest } = event;
  return {
    ...rest,
    ...(when.isPeriod
      ? { start: when.start.text, end: when.end.text, ...(when.openStart ? { openStart: true } : {}) }
      : { date: when.start.text, ...(when.approxDays > 0 ? { approxDays: when.approxDays } : {}) }),
    ...(when.note !== undefined ? { dateNote: when.note } : {}),
    ...(subjects.length > 0 ? { subjects } : {}),
    ...(reveals.length > 0 ? { reveals } : {}),
    ...(attributions.length > 0 ? { attributions } : {}),
    ...(disputes.length > 0 ? { disputes } : {}),
    ...(techniques.length > 0 ? { techniques } : {}),
    ...(tlp !== undefined ? { tlp } : {}),
    ...(reviewed !== undefined ? { reviewed } : {}),
    ...(granularTlp !== undefined ? { granularTlp } : {}),
    ...(callout !== undefined ? { callout } : {}),
  };
}

/** A parsed dataset back to the JSON file format; `parseDataset(toDatasetJson(d))` gives `d` again. */
export function toDatasetJson(dataset: Dataset): DatasetJson {
  return {
    version: 1,
    title: dataset.title,
    ...(dataset.description !== undefined ? { description: dataset.description } : {}),
    actors: dataset.actors.map(({ aliases, sources, ...rest }) => ({
      ...rest,
      ...(aliases.length > 0 ? { aliases } : {}),
      ...(sources.length > 0 ? { sources } : {}),
    })),
    victims: dataset.victims.map(withoutEmptySources),
    ...(dataset.subjects.length > 0 ? { subjects: dataset.subjects.map(withoutEmptySources) } : {}),
    sources: dataset.sources.map(({ date, authors, errors, quotes, ...rest }) => ({
      ...rest,
      ...(date !== undefined ? { date: date.text } : {}),
      ...(authors.length > 0 ? { authors } : {}),
      ...(errors.length > 0 ? { errors } : {}),
      ...(quotes.length > 0 ? { quotes } : {}),
    })),
    events: dataset.events.map(toEventJson),
    ...(dataset.stories !== undefined ? { stories: dataset.stories } : {}),
    ...(dataset.opening !== undefined ? { opening: dataset.opening } : {}),
  };
}

function withoutEmptySources({ sources, ...rest }: Victim): VictimJson {
  return { ...rest, ...(sources.length > 0 ? { sources } : {}) };
}
