/**
 * A dataset whose `count` events crowd `days` days from 1 January 2016, one event a day in turn
 * (so they cluster at the default view), plus one far event in June 2019 so the extent is wide.
 */
export function crowdedDataset(count: number, days = 20) {
  const day = (i: number) => new Date(Date.UTC(2016, 0, 1) + i * 86_400_000).toISOString().slice(0, 10);
  return {
    version: 1,
    title: 'Crowded',
    actors: [{ id: 'g', name: 'Group', type: 'threat-group' }],
    victims: [],
    sources: [{ id: 's', title: 'S', publisher: 'P', kind: 'news', claims: ['c'], url: 'https://example.org/' }],
    events: [
      ...Array.from({ length: count }, (_, i) => ({ id: `c${i}`, title: `Crowded event ${i}`, kind: 'intrusion', date: day(i % days), description: 'd', actors: ['g'], victims: [], sources: ['s'] })),
      { id: 'far', title: 'Far event', kind: 'report', date: '2019-06-01', description: 'd', actors: ['g'], victims: [], sources: ['s'] },
    ],
  };
}
