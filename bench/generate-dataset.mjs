// Deterministic synthetic datasets for the benchmark: a seeded mix of firm days, partial dates
// (month, season, year, ± days) and periods across 2006–2020, with 10 actors and 30 victims.
// Plain JavaScript so both Node and the benchmark page can import it.

/** A small seeded generator (mulberry32): same seed, same dataset. */
function random(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const KINDS = ['activity', 'intrusion', 'detection', 'report', 'legal-action', 'government-statement', 'government-advisory', 'policy', 'corporate', 'follow-up'];
const SEASONS = ['spring', 'summer', 'autumn', 'early', 'mid', 'late'];
const pad = (n) => String(n).padStart(2, '0');

/** A dataset of `count` events in the attack-timeline JSON format. */
export function generateDataset(count, seed = 20190625) {
  const next = random(seed + count);
  const pick = (list) => list[Math.floor(next() * list.length)];
  const actors = Array.from({ length: 10 }, (_, i) => ({
    id: `actor-${i}`, name: `Actor ${i}`, type: i < 6 ? 'threat-group' : 'government',
  }));
  const victims = Array.from({ length: 30 }, (_, i) => ({ id: `victim-${i}`, name: `Victim ${i}`, type: 'organization', sector: 'Sector' }));
  const sources = [{ id: 'source-0', title: 'Synthetic source', publisher: 'Benchmark', kind: 'reference', claims: ['Generated data.'], url: 'https://example.org/' }];
  const events = [];
  for (let i = 0; i < count; i++) {
    const year = 2006 + Math.floor(next() * 14);
    const month = 1 + Math.floor(next() * 12);
    const day = 1 + Math.floor(next() * 28);
    const shape = next();
    const when = {};
    if (shape < 0.5) {
      when.date = `${year}-${pad(month)}-${pad(day)}`;
      if (next() < 0.1) when.approxDays = 1 + Math.floor(next() * 5);
    } else if (shape < 0.65) when.date = `${year}-${pad(month)}`;
    else if (shape < 0.75) when.date = `${year}-${pick(SEASONS)}`;
    else if (shape < 0.8) when.date = String(year);
    else {
      const months = 1 + Math.floor(next() ** 3 * 60);
      const endMonthIndex = Math.min((year - 2006) * 12 + month - 1 + months, 14 * 12 + 11);
      const endYear = 2006 + Math.floor(endMonthIndex / 12);
      when.start = `${year}-${pad(month)}`;
      when.end = `${endYear}-${pad((endMonthIndex % 12) + 1)}`;
      if (next() < 0.2) when.openStart = true;
    }
    events.push({
      id: `event-${i}`,
      title: `Synthetic event ${i} of kind ${KINDS[i % KINDS.length]}`,
      kind: KINDS[Math.floor(next() * KINDS.length)],
      ...when,
      description: 'Generated for the benchmark.',
      actors: [pick(actors).id],
      victims: [pick(victims).id],
      sources: ['source-0'],
    });
  }
  return { version: 1, title: `Benchmark: ${count} events`, actors, victims, sources, events };
}
