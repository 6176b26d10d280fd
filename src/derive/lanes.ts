import type { Actor, ActorType, TimelineEvent, Victim } from '../model/types.ts';

export const GROUP_BY_OPTIONS = ['actor', 'victim', 'kind'] as const;
export type GroupBy = (typeof GROUP_BY_OPTIONS)[number];

export function isGroupBy(value: unknown): value is GroupBy {
  return (GROUP_BY_OPTIONS as readonly unknown[]).includes(value);
}

/** A band of rows sharing one group key (an actor, a victim or a kind). */
export interface LaneGroup {
  readonly key: string;
  readonly label: string;
  readonly firstRow: number;
  readonly rowCount: number;
}

export interface LaneLayout {
  readonly groups: readonly LaneGroup[];
  readonly rowCount: number;
  /** The events of each row, by start then id. */
  readonly rows: readonly (readonly TimelineEvent[])[];
  /** Row index of each event id (built when first read: the chart itself only needs `rows`). */
  readonly rowOf: ReadonlyMap<string, number>;
}

export interface LaneOptions {
  readonly groupBy: GroupBy;
  readonly actors: ReadonlyMap<string, Actor>;
  readonly victims: ReadonlyMap<string, Victim>;
  /**
   * Room each event takes beyond its own interval, in ms, so that points and short spans in one
   * row stay apart at the fit-all zoom. Lanes are laid out in time units, once per filter change.
   */
  readonly minGapMs: number;
  /**
   * Most rows a group may take; further overlapping events share the row that frees up first
   * (they are then drawn as a cluster). Keeps 100,000 events from needing thousands of rows.
   */
  readonly maxRowsPerGroup?: number;
  /**
   * Rows for all groups together: each group then gets at most its share of them by its number
   * of events (never fewer than 2), so a big dataset stays a chart of readable height.
   */
  readonly maxTotalRows?: number;
  /** Row labels for kinds, in the reader's language; "legal-action" → "Legal action" when absent. */
  readonly kindNames?: Readonly<Partial<Record<string, string>>>;
}

export const NO_GROUP_KEY = '';

/**
 * The key of the group an event is drawn in. By actor: the first threat group it lists, else the
 * first threat group it is attributed to, else the kind of its first actor ("type:government"),
 * so a report or statement sits in the row of the group it concerns and the rest stay few rows.
 */
export function groupKeyOf(event: TimelineEvent, groupBy: GroupBy, actors: ReadonlyMap<string, Actor>): string {
  return groupKeyFunction(groupBy, actors)(event);
}

/** `groupKeyOf` with its lookups set up once, for keying every event of a dataset. */
function groupKeyFunction(groupBy: GroupBy, actors: ReadonlyMap<string, Actor>): (event: TimelineEvent) => string {
  switch (groupBy) {
    case 'kind':
      return (event) => event.kind;
    case 'victim':
      return (event) => event.victims[0] ?? NO_GROUP_KEY;
    case 'actor': {
      const isThreat = (id: string) => actors.get(id)?.type === 'threat-group';
      const keyOf = (event: TimelineEvent) => {
        const threat = event.actors.find(isThreat) ?? event.attributions.find((a) => isThreat(a.actor))?.actor;
        if (threat !== undefined) return threat;
        const firstType = event.actors.length > 0 ? actors.get(event.actors[0]!)?.type : undefined;
        return firstType ? `${TYPE_KEY_PREFIX}${firstType}` : NO_GROUP_KEY;
      };
      // Most events name one actor and no attribution: their key is worked out once per actor.
      const byActor = new Map<string, string>();
      return (event) => {
        if (event.actors.length !== 1 || event.attributions.length > 0) return keyOf(event);
        let key = byActor.get(event.actors[0]!);
        if (key === undefined) byActor.set(event.actors[0]!, (key = keyOf(event)));
        return key;
      };
    }
  }
}

const TYPE_KEY_PREFIX = 'type:';
const ACTOR_TYPE_LABELS: Record<ActorType, string> = {
  'threat-group': 'Other threat groups',
  person: 'People',
  organization: 'Companies and organisations',
  government: 'Governments and agencies',
  'security-vendor': 'Security researchers',
  'news-organization': 'News organisations',
};

const NO_GROUP_LABEL: Record<GroupBy, string> = { actor: 'No actor named', victim: 'No victim named', kind: '' };

function groupLabel(key: string, options: LaneOptions): string {
  if (key === NO_GROUP_KEY) return NO_GROUP_LABEL[options.groupBy];
  if (options.groupBy === 'actor') {
    if (key.startsWith(TYPE_KEY_PREFIX)) return ACTOR_TYPE_LABELS[key.slice(TYPE_KEY_PREFIX.length) as ActorType] ?? key;
    return options.actors.get(key)?.name ?? key;
  }
  if (options.groupBy === 'victim') return options.victims.get(key)?.name ?? key;
  return options.kindNames?.[key] ?? kindLabel(key);
}

/** "legal-action" → "Legal action". */
export function kindLabel(kind: string): string {
  const words = kind.replaceAll('-', ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/**
 * Packs events into rows: grouped by `groupBy`, groups ordered by their earliest event (ties by
 * label), and inside a group each event takes the first row where it does not overlap the
 * previous one. Pure and in time units; an empty input gives no groups.
 */
export function assignLanes(events: readonly TimelineEvent[], options: LaneOptions): LaneLayout {
  const keyOf = groupKeyFunction(options.groupBy, options.actors);
  const byGroup = new Map<string, TimelineEvent[]>();
  for (let i = 0; i < events.length; i++) {
    const event = events[i]!;
    const key = keyOf(event);
    let members = byGroup.get(key);
    if (!members) byGroup.set(key, (members = []));
    members.push(event);
  }
  const ordered = [...byGroup.entries()]
    .map(([key, members]) => ({ key, label: groupLabel(key, options), members: isSortedByStart(members) ? members : [...members].sort(byStart) }))
    .sort((a, b) =>
      Number(a.key === NO_GROUP_KEY) - Number(b.key === NO_GROUP_KEY) ||
      a.members[0]!.when.startMs - b.members[0]!.when.startMs ||
      (a.label < b.label ? -1 : a.label > b.label ? 1 : 0));

  const rows: TimelineEvent[][] = [];
  const groups: LaneGroup[] = [];
  for (const { key, label, members } of ordered) {
    const firstRow = rows.length;
    const rowEnds: number[] = [];
    // Rows are shared out by how many events each group has: a crowded group gets the room.
    const maxRows = Math.min(
      options.maxRowsPerGroup ?? Infinity,
      Math.max(2, Math.floor(((options.maxTotalRows ?? Infinity) * members.length) / events.length)),
    );
    // Indexed loops: at 100,000 events an iterator per group before V8 optimises is slow.
    for (let i = 0; i < members.length; i++) {
      const event = members[i]!;
      const { startMs, endMs } = event.when;
      // The first free row; failing that, while scanning, the row that frees first (the first
      // of equals), so a crowded group, whose rows are all busy, scans its rows once, not twice.
      let row = -1;
      let soonest = 0;
      for (let r = 0; r < rowEnds.length; r++) {
        if (rowEnds[r]! <= startMs) {
          row = r;
          break;
        }
        if (rowEnds[r]! < rowEnds[soonest]!) soonest = r;
      }
      if (row === -1) {
        if (rowEnds.length < maxRows) {
          row = rowEnds.push(0) - 1;
          rows.push([]);
        } else row = soonest;
      }
      rowEnds[row] = Math.max(endMs, startMs + options.minGapMs);
      rows[firstRow + row]!.push(event);
    }
    groups.push({ key, label, firstRow, rowCount: rowEnds.length });
  }
  let rowOf: Map<string, number> | undefined;
  return {
    groups,
    rowCount: rows.length,
    rows,
    get rowOf() {
      return (rowOf ??= new Map(rows.flatMap((members, row) => members.map((event) => [event.id, row] as const))));
    },
  };
}

/** Parsed datasets arrive sorted by start, then id; checking is O(n) where sorting is O(n log n). */
function isSortedByStart(events: readonly TimelineEvent[]): boolean {
  for (let i = 1; i < events.length; i++) if (byStart(events[i - 1]!, events[i]!) > 0) return false;
  return true;
}

function byStart(a: TimelineEvent, b: TimelineEvent): number {
  return a.when.startMs - b.when.startMs || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}
