import { describe, expect, it } from 'vitest';
import { disclosureLinks } from '../../../src/derive/disclosure-links.ts';
import type { Mark } from '../../../src/derive/place.ts';
import type { TimelineEvent } from '../../../src/model/types.ts';

function mark(id: string, reveals: string[] = []): Mark {
  const event = { id, reveals } as unknown as TimelineEvent;
  return { event, shape: 'point', row: 0, x0Px: 0, x1Px: 0, solidX0Px: 0, solidX1Px: 0, labelXPx: 0, labelRoomPx: 0 };
}

describe('disclosureLinks', () => {
  it('links a report to each drawn event it reveals', () => {
    const activity = mark('activity');
    const report = mark('report', ['activity', 'not-drawn']);
    const links = disclosureLinks([activity, report]);
    expect(links).toHaveLength(1);
    expect(links[0]!.from).toBe(activity);
    expect(links[0]!.to).toBe(report);
  });

  it('returns nothing for marks that reveal nothing, or for no marks', () => {
    expect(disclosureLinks([mark('a'), mark('b')])).toEqual([]);
    expect(disclosureLinks([])).toEqual([]);
  });
});
