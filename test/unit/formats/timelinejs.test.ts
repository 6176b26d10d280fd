import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { fromTimelineJs, isTimelineJs } from '../../../src/formats/timelinejs-import.ts';
import { assertDataset } from '../../../src/model/parse-dataset.ts';

const fixture = () => JSON.parse(readFileSync(new URL('../../fixtures/formats/timeline.json', import.meta.url), 'utf8')) as { events: Record<string, unknown>[] };

describe('fromTimelineJs', () => {
  it('keeps the precision of each slide, takes sources from media and links, groups as actors, HTML as text', () => {
    const json = fixture();
    expect(isTimelineJs(json)).toBe(true);
    const result = fromTimelineJs(json);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const dataset = assertDataset(result.json);
    expect(dataset.title).toBe('APT10 in brief');
    expect(dataset.events.map((e) => [e.id, e.title, e.when.start.text])).toEqual([
      ['operation-cloud-hopper-report', 'Operation Cloud Hopper report', '2017-04'],
      ['indictment', 'US indictment', '2018-12-20'],
    ]);
    expect(dataset.sources.map((s) => s.publisher)).toEqual(['pwc.co.uk', 'US Department of Justice']);
    expect(dataset.actors).toMatchObject([{ id: 'apt10', name: 'APT10' }]);
  });

  it('names the slide and field of each problem', () => {
    const json = fixture();
    json.events[0]!.start_date = { year: 2019, month: 13 };
    delete json.events[1]!.media;
    const result = fromTimelineJs(json);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issues.map((i) => i.message)).toEqual([
      expect.stringMatching(/^\/events\/0\/start_date\/month: expected a month from 1 to 12/),
      expect.stringMatching(/^\/events\/1\/media\/url: the slide cites no source/),
    ]);
  });
});
