/** Shared builders for unit tests: fixtures from disk and small datasets built through the real parser. */
import { readFileSync } from 'node:fs';
import { assertDataset } from '../../src/model/parse-dataset.ts';
import type { Actor, Dataset, TimelineEvent, Victim } from '../../src/model/types.ts';
import type { LaneLayout } from '../../src/derive/lanes.ts';
import type { InputFile } from '../../src/formats/limited-read.ts';

export const DAY_MS = 86_400_000;

/** A fixture from test/fixtures/, as untyped JSON (a fresh copy on every call). */
export function loadFixture(name: string): unknown {
  return JSON.parse(readFileSync(new URL(`../fixtures/${name}`, import.meta.url), 'utf8')) as unknown;
}

export interface EventSpec {
  readonly id: string;
  readonly date?: string;
  readonly start?: string;
  readonly end?: string;
  readonly openStart?: boolean;
  readonly approxDays?: number;
  readonly kind?: string;
  readonly actors?: readonly string[];
  readonly victims?: readonly string[];
  /** Organisations named without acting or being targeted (ids of the test victims). */
  readonly subjects?: readonly string[];
  /** Threat groups the event is attributed to (by `gov`, citing `s1`). */
  readonly attributedTo?: readonly string[];
}

/** Actors available to `makeDataset`: two threat groups, two governments and a vendor. */
export const TEST_ACTORS = [
  { id: 'g1', name: 'Group One', type: 'threat-group' },
  { id: 'g2', name: 'Group Two', type: 'threat-group' },
  { id: 'gov', name: 'A Government', type: 'government' },
  { id: 'gov2', name: 'Another Government', type: 'government' },
  { id: 'vendor', name: 'A Vendor', type: 'security-vendor' },
] as const;

export const TEST_VICTIMS = [
  { id: 'v1', name: 'Victim One', type: 'organization', sector: 'Energy' },
  { id: 'v2', name: 'Victim Two', type: 'organization', sector: 'Finance' },
  { id: 'v3', name: 'Many victims', type: 'group', sector: 'Various' },
] as const;

/** A raw (unparsed) dataset holding the given events, with test actors, victims and one source. */
export function rawDataset(events: readonly EventSpec[]): Record<string, unknown> {
  return {
    version: 1,
    title: 'Test',
    actors: TEST_ACTORS.map((actor) => ({ ...actor })),
    victims: TEST_VICTIMS.map((victim) => ({ ...victim })),
    sources: [{ id: 's1', title: 'A source', publisher: 'Someone', kind: 'news', claims: ['Something happened.'] }],
    events: events.map(({ attributedTo, ...spec }) => ({
      title: `Event ${spec.id}`,
      kind: 'activity',
      description: 'Test event.',
      actors: [],
      victims: [],
      sources: ['s1'],
      ...(attributedTo ? { attributions: attributedTo.map((actor) => ({ actor, by: 'gov', sources: ['s1'] })) } : {}),
      ...spec,
    })),
  };
}

/** Builds a dataset through `assertDataset`, so every `When` comes from the real parser. */
export function makeDataset(events: readonly EventSpec[]): Dataset {
  return assertDataset(rawDataset(events));
}

/** Parsed events in the order given (not the dataset's sorted order). */
export function makeEvents(events: readonly EventSpec[]): TimelineEvent[] {
  const dataset = makeDataset(events);
  return events.map((spec) => dataset.events.find((event) => event.id === spec.id)!);
}

export function actorMap(dataset: Dataset): Map<string, Actor> {
  return new Map(dataset.actors.map((actor) => [actor.id, actor]));
}

export function victimMap(dataset: Dataset): Map<string, Victim> {
  return new Map(dataset.victims.map((victim) => [victim.id, victim]));
}

/** A lane layout that puts each event whose id `rowOf` lists in that row; the others are left out. */
export function layoutOf(events: readonly TimelineEvent[], rowOf: ReadonlyMap<string, number>, rowCount = Math.max(0, ...rowOf.values()) + 1): LaneLayout {
  const rows = Array.from({ length: rowCount }, (): TimelineEvent[] => []);
  for (const event of events) {
    const row = rowOf.get(event.id);
    if (row !== undefined) rows[row]!.push(event);
  }
  return { groups: [], rowCount, rows, rowOf };
}

/** An in-memory input for `runCli` (what bin/attack-timeline.mjs opens from disk), read in small chunks. */
export function inputFromBytes(bytes: Uint8Array | string, chunkBytes = 4096): InputFile & { readonly bytesRead: number; readonly closed: boolean } {
  const data = typeof bytes === 'string' ? new TextEncoder().encode(bytes) : bytes;
  let offset = 0;
  let closed = false;
  return {
    get bytesRead() { return offset; },
    get closed() { return closed; },
    read(buffer) {
      const count = Math.min(buffer.length, chunkBytes, data.length - offset);
      buffer.set(data.subarray(offset, offset + count));
      offset += count;
      return count;
    },
    close() { closed = true; },
  };
}
