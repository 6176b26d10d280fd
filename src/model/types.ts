/** Domain types of a parsed dataset. Everything here has passed `parseDataset`. */
import type { PartialDate } from './partial-date.ts';

export const EVENT_KINDS = [
  'activity',
  'intrusion',
  'detection',
  'report',
  'legal-action',
  'government-statement',
  'government-advisory',
  'policy',
  'corporate',
  'follow-up',
] as const;
export type EventKind = (typeof EVENT_KINDS)[number];

export const ACTOR_TYPES = [
  'threat-group',
  'person',
  'organization',
  'government',
  'security-vendor',
  'news-organization',
] as const;
export type ActorType = (typeof ACTOR_TYPES)[number];

export const VICTIM_TYPES = ['organization', 'group'] as const;
export type VictimType = (typeof VICTIM_TYPES)[number];

/** Traffic Light Protocol 2.0 labels, from the most shareable to the least. */
export const TLP_LEVELS = ['clear', 'green', 'amber', 'amber+strict', 'red'] as const;
export type TlpLevel = (typeof TLP_LEVELS)[number];

/** The parts of a record that can carry their own TLP marking (see `GranularTlp`). */
export const GRANULAR_TLP_FIELDS = ['actors', 'victims', 'subjects', 'techniques', 'software', 'sources', 'country'] as const;

/**
 * One part of a record marked above the record itself, as STIX granular markings and marked
 * relationships do: `value` is the item of the list `field` (an id, a technique, a software name)
 * or the `country`. `restrictToTlp` removes the part for readers below `tlp` and keeps the record.
 */
export interface GranularTlp {
  readonly field: (typeof GRANULAR_TLP_FIELDS)[number];
  readonly value: string;
  readonly tlp: TlpLevel;
}

export const SOURCE_KINDS = ['news', 'vendor-report', 'government', 'court', 'reference', 'blog', 'law-firm', 'seed'] as const;
export type SourceKind = (typeof SOURCE_KINDS)[number];

/**
 * How far a source can be relied on: `primary` is the party's own text (a government release, a
 * court filing, a vendor's report, a newsroom's own investigation); `reputable` is an established
 * outlet or reference reporting on it; `weak` is a blog, aggregator, mirror, repost, or an outlet
 * cited for more than its own government's words. See docs/dataset.md.
 */
export const SOURCE_CLASSES = ['primary', 'reputable', 'weak'] as const;
export type SourceClass = (typeof SOURCE_CLASSES)[number];

/** Who acts in events: threat groups, people, governments, vendors, newsrooms. */
export interface Actor {
  readonly id: string;
  readonly name: string;
  readonly type: ActorType;
  readonly aliases: readonly string[];
  /** MITRE ATT&CK group id, e.g. `G0045`. */
  readonly attackId?: string;
  /** ISO 3166-1 alpha-2 code. */
  readonly country?: string;
  readonly description?: string;
  readonly sources: readonly string[];
  /** MITRE ATT&CK technique ids the actor is known to use (from STIX `uses`). */
  readonly techniques?: readonly string[];
  /** Names of malware and tools the actor is known to use. */
  readonly software?: readonly string[];
  /** Traffic Light Protocol marking; absent means unmarked (treated as `clear`). */
  readonly tlp?: TlpLevel;
  readonly granularTlp?: readonly GranularTlp[];
}

/** Who is targeted; `group` marks an unnamed or collective victim. */
export interface Victim {
  readonly id: string;
  readonly name: string;
  readonly type: VictimType;
  readonly sector: string;
  readonly country?: string;
  readonly region?: string;
  readonly description?: string;
  readonly sources: readonly string[];
  /** Traffic Light Protocol marking; absent means unmarked (treated as `clear`). */
  readonly tlp?: TlpLevel;
  readonly granularTlp?: readonly GranularTlp[];
}

/**
 * An organisation or group that events name without it acting in them or being targeted: the
 * subject of a policy or a charge, a party to a merger. It has the fields of a victim. An event's
 * `subjects` may also name a victim record, so one organisation keeps one record.
 */
export type Subject = Victim;

/** One source document: its metadata and the claims drawn from it. */
export interface Source {
  readonly id: string;
  readonly title: string;
  readonly publisher: string;
  readonly authors: readonly string[];
  readonly date?: PartialDate;
  readonly dateNote?: string;
  /** Always `http:` or `https:`; checked by the parser. */
  readonly url?: string;
  readonly kind: SourceKind;
  readonly claims: readonly string[];
  readonly errors: readonly string[];
  readonly notes?: string;
  /** Exact wording of the document, kept to check that our own text does not copy it. */
  readonly quotes: readonly string[];
  /** Reliability class; absent when the dataset does not classify its sources. */
  readonly class?: SourceClass;
  /** Why the source has its class, in one line. */
  readonly classReason?: string;
  /** Traffic Light Protocol marking; absent means unmarked (treated as `clear`). */
  readonly tlp?: TlpLevel;
}

/**
 * When an event happened, as a UTC interval plus how sure the data is about it. A moment is one
 * partial date (the event happened somewhere inside it); a period runs from the start of `start`
 * to the end of `end`.
 */
export interface When {
  readonly isPeriod: boolean;
  readonly start: PartialDate;
  /** Equal to `start` for a moment. */
  readonly end: PartialDate;
  /** "At least since `start`": the period may have begun earlier. */
  readonly openStart: boolean;
  /** ± days of tolerance on a day-precision moment; 0 when the day is firm. */
  readonly approxDays: number;
  readonly note?: string;
  /** Earliest instant the event may cover, UTC ms (tolerance included). */
  readonly startMs: number;
  /** Latest instant (exclusive), UTC ms. */
  readonly endMs: number;
}

/** Someone attributing the event's activity to an actor, as a source reports it. */
export interface Attribution {
  readonly actor: string;
  readonly by: string;
  readonly confidence?: string;
  readonly sources: readonly string[];
}

/** A fact that sources disagree on, with every side kept. */
export interface Dispute {
  readonly topic: string;
  readonly positions: readonly { readonly claim: string; readonly sources: readonly string[] }[];
}

/** One dated event of the timeline (named so as not to clash with the DOM's `Event`). */
export interface TimelineEvent {
  readonly id: string;
  readonly title: string;
  readonly kind: EventKind;
  readonly when: When;
  readonly description: string;
  readonly actors: readonly string[];
  readonly victims: readonly string[];
  /** Organisations the event names that neither act nor are targeted (ids of subjects or victims). */
  readonly subjects: readonly string[];
  readonly sources: readonly string[];
  /** Activity events this publication made public. */
  readonly reveals: readonly string[];
  readonly attributions: readonly Attribution[];
  readonly disputes: readonly Dispute[];
  /** MITRE ATT&CK technique ids, e.g. `T1190`. */
  readonly techniques: readonly string[];
  /** Traffic Light Protocol marking; absent means unmarked (treated as `clear`). */
  readonly tlp?: TlpLevel;
  readonly granularTlp?: readonly GranularTlp[];
  /** The day (`YYYY-MM-DD`) the event was last checked against its sources. */
  readonly reviewed?: string;
  /**
   * A key moment's callout: a short note the chart shows beside the event, written by the
   * dataset's editors from the event's own sourced facts. Absent for most events.
   */
  readonly callout?: string;
}

/**
 * The window a dataset's chart opens on, as partial dates written like the `start` and `end`
 * attributes (the end is inclusive: "2019" runs to the end of 2019).
 */
export interface OpeningWindow {
  readonly start: string;
  readonly end: string;
}

/** A validated dataset; events are sorted by start, then id. */
export interface Dataset {
  readonly version: 1;
  readonly title: string;
  readonly description?: string;
  readonly actors: readonly Actor[];
  readonly victims: readonly Victim[];
  /** Empty when the dataset names no subjects. */
  readonly subjects: readonly Subject[];
  readonly sources: readonly Source[];
  readonly events: readonly TimelineEvent[];
  /** Guided tours through the data, for presentation mode; absent when the dataset has none. */
  readonly stories?: readonly Story[];
  /** Where the chart opens (the editors' choice of years); absent: the whole extent. */
  readonly opening?: OpeningWindow;
}

/** Row groupings a story step may ask for (the same values as the `group-by` attribute). */
export const STEP_GROUP_BY = ['actor', 'victim', 'kind'] as const;

/**
 * One step of a story: a caption and the view it shows. Every field of the view is optional and
 * has a fixed default (the whole extent, no filter, nothing selected, rows by actor), so a step
 * always shows exactly the same view, whatever the reader did before.
 */
export interface StoryStep {
  readonly caption: string;
  /** Start of the window, a partial date as in the `start` attribute. */
  readonly start?: string;
  /** End of the window, a partial date as in the `end` attribute ("2019" = the end of 2019). */
  readonly end?: string;
  readonly actors?: readonly string[];
  readonly victims?: readonly string[];
  /** Id of the event whose details the step opens. */
  readonly selected?: string;
  readonly groupBy?: (typeof STEP_GROUP_BY)[number];
}

/** An ordered list of steps with a title. */
export interface Story {
  readonly id: string;
  readonly title: string;
  readonly steps: readonly StoryStep[];
}
