// Writes examples/data/soft-cell.json: the Operation Soft Cell events of the bundled dataset and
// the records they cite, copied verbatim (nothing added), for the second timeline of
// examples/article.html. Run `node examples/make-example-data.mjs` after `npm run data:build`.
import { readFileSync, writeFileSync } from 'node:fs';

const root = new URL('..', import.meta.url);
const full = JSON.parse(readFileSync(new URL('data/default-dataset.json', root), 'utf8'));
const EVENT_IDS = ['soft-cell-activity', 'soft-cell-first-operator', 'soft-cell-report', 'cybereason-briefs-congress', 'soft-cell-vb2019-talk', 'microsoft-gallium-report'];

const events = full.events.filter((event) => EVENT_IDS.includes(event.id));
const cited = (key) => new Set(events.flatMap((event) => [...(event[key] ?? []), ...(event.attributions ?? []).flatMap((a) => (key === 'actors' ? [a.actor, a.by] : key === 'sources' ? a.sources : [])), ...(event.disputes ?? []).flatMap((d) => (key === 'sources' ? d.positions.flatMap((p) => p.sources) : []))]));
const actorIds = cited('actors');
const victimIds = cited('victims');
const subjectIds = cited('subjects');
const sourceIds = cited('sources');
const actors = full.actors.filter((actor) => actorIds.has(actor.id));
// An event's subjects may name victim records too (one organisation, one record).
const victims = full.victims.filter((victim) => victimIds.has(victim.id) || subjectIds.has(victim.id));
const subjects = (full.subjects ?? []).filter((subject) => subjectIds.has(subject.id));
for (const record of [...actors, ...victims, ...subjects]) for (const id of record.sources ?? []) sourceIds.add(id);
const keptEvents = new Set(EVENT_IDS);
const dataset = {
  version: 1,
  title: 'Operation Soft Cell, 2012–2019',
  description: 'The Soft Cell events of the bundled attack-timeline dataset, with the records they cite, copied unchanged.',
  actors,
  victims,
  ...(subjects.length > 0 ? { subjects } : {}),
  sources: full.sources.filter((source) => sourceIds.has(source.id)),
  events: events.map((event) => ({ ...event, ...(event.reveals ? { reveals: event.reveals.filter((id) => keptEvents.has(id)) } : {}) })),
};
writeFileSync(new URL('examples/data/soft-cell.json', root), `${JSON.stringify(dataset, null, 2)}\n`);
console.log(`examples/data/soft-cell.json: ${dataset.events.length} events, ${dataset.sources.length} sources`);
