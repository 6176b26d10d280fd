import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readAnyFormat } from '../../../src/formats/convert.ts';
import { fromTimelineJs, isTimelineJs } from '../../../src/formats/timelinejs-import.ts';
import { fromTimelineJsSheet, isTimelineJsSheet } from '../../../src/formats/timelinejs-sheet.ts';
import { assertDataset } from '../../../src/model/parse-dataset.ts';

const fixture = () => JSON.parse(readFileSync(new URL('../../fixtures/formats/timeline.json', import.meta.url), 'utf8')) as { title?: unknown; eras?: unknown; events: Record<string, unknown>[] };

/** A slide dated `year` citing https://example.org/<n>, with `extra` fields. */
const slide = (n: number, extra: Record<string, unknown> = {}) => ({
  start_date: { year: 2019 },
  text: { headline: `Slide ${n}`, text: `Text ${n}` },
  media: { url: `https://example.org/${n}` },
  ...extra,
});

function imported(input: unknown) {
  const result = fromTimelineJs(input);
  if (!result.ok) throw new Error(result.issues.map((issue) => issue.message).join('\n'));
  return { dataset: assertDataset(result.json), warnings: result.warnings };
}

describe('fromTimelineJs', () => {
  it('keeps the precision of each slide, takes sources from media and links, groups as actors, HTML as text', () => {
    const json = fixture();
    expect(isTimelineJs(json)).toBe(true);
    const { dataset, warnings } = imported(json);
    expect(warnings).toEqual([]);
    expect(dataset.title).toBe('APT10 in brief');
    expect(dataset.events.map((e) => [e.id, e.title, e.when.start.text])).toEqual([
      ['operation-cloud-hopper-report', 'Operation Cloud Hopper report', '2017-04'],
      ['indictment', 'US indictment', '2018-12-20'],
    ]);
    expect(dataset.sources.map((s) => s.publisher)).toEqual(['pwc.co.uk', 'US Department of Justice']);
    expect(dataset.actors).toMatchObject([{ id: 'apt10', name: 'APT10' }]);
  });

  it('imports the usable slides and names each one left out, with the field and the reason', () => {
    const json = fixture();
    json.events[0]!.start_date = { year: 2019, month: 13 };
    const result = fromTimelineJs(json);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.json.events.map((event) => event.id)).toEqual(['indictment']);
    expect(result.warnings).toEqual([expect.stringMatching(/^Slide 1 of 2 \("Operation Cloud Hopper report"\) left out: \/events\/0\/start_date\/month: expected a month from 1 to 12, got 13$/)]);
  });

  it('refuses a timeline none of whose slides can be imported, naming the slide and field of each problem', () => {
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

  it('gives every reason a slide is left out in its one warning', () => {
    const { warnings } = imported({ events: [slide(1), { start_date: { year: -3500 }, text: { headline: '' }, media: { url: '/local.jpg' } }] });
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatch(/^Slide 2 of 2 left out: \/events\/1\/text\/headline: the slide has no headline .*; \/events\/1\/start_date\/year: years before 1 cannot be shown \(got -3500\); \/events\/1\/media\/url: the slide cites no source: its media url is not an absolute http\(s\) address/);
  });

  it('reads protocol-relative media and links (//host/…) as https, and links inside embedded media HTML', () => {
    const { dataset } = imported({ events: [
      slide(1, { media: { url: '//upload.example.org/a.jpg', caption: 'A picture', credit: 'Someone' } }),
      slide(2, { media: { url: '' }, text: { headline: 'Two', text: 'See <a href="//news.example.org/story">the story</a>.' } }),
      slide(3, { media: { url: '<blockquote class="twitter-tweet"><a href="https://twitter.example/status/1">a post</a></blockquote>' } }),
    ] });
    expect(dataset.sources.map((source) => [source.url, source.title, source.publisher])).toEqual([
      ['https://upload.example.org/a.jpg', 'A picture', 'Someone'],
      ['https://news.example.org/story', 'the story', 'news.example.org'],
      ['https://twitter.example/status/1', 'a post', 'twitter.example'],
    ]);
  });

  it('refuses links that are not http(s): javascript:, data:, relative', () => {
    const { warnings } = imported({ events: [slide(1), slide(2, { media: { url: 'javascript:alert(1)' }, text: { headline: 'Two', text: '<a href="data:text/html,x">x</a> <a href="/page">y</a>' } })] });
    expect(warnings).toEqual([expect.stringMatching(/^Slide 2 of 2 \("Two"\) left out: .*cites no source/)]);
  });

  it('turns HTML into plain text: tags, scripts and comments dropped, entities decoded, escaped markup kept as text', () => {
    const { dataset } = imported({ events: [slide(1, { text: {
      headline: 'A <b>bold</b>&nbsp;move<br/>here',
      text: '<p>One</p><p>Two&amp;three <img src=x onerror="alert(1)"><script>alert(2)</script><!-- hidden --> &lt;script&gt;four&lt;/script&gt; &#8217;&#x2019;</p>',
    } })] });
    expect(dataset.events[0]!.title).toBe('A bold move here');
    expect(dataset.events[0]!.description).toBe('One Two&three <script>four</script> ’’');
  });

  it('keeps display dates and times of day in the date note, and a period from end_date', () => {
    const { dataset } = imported({ events: [slide(1, {
      start_date: { year: '2019', month: '06', day: '1', hour: '9', minute: '5' },
      end_date: { year: 2019, month: 7, day: 2, hour: 17, minute: 30, second: 15 },
      display_date: 'Summer <i>2019</i>',
    })] });
    const { when } = dataset.events[0]!;
    expect([when.start.text, when.end.text]).toEqual(['2019-06-01', '2019-07-02']);
    expect(when.note).toBe('Shown as "Summer 2019" in the source timeline. Time of day in the source timeline: start 09:05, end 17:30:15.');
  });

  it('leaves out a slide whose end is before its start, or whose day does not exist', () => {
    const { warnings } = imported({ events: [
      slide(1),
      slide(2, { start_date: { year: 2019, month: 5 }, end_date: { year: 2018 } }),
      slide(3, { start_date: { year: 2019, month: 2, day: 30 } }),
      slide(4, { start_date: { year: 2019, day: 3 } }),
    ] });
    expect(warnings).toEqual([
      expect.stringMatching(/^Slide 2 of 4 \("Slide 2"\) left out: \/events\/1\/end_date: the slide ends \(2018\) before it starts \(2019-05\)/),
      expect.stringMatching(/^Slide 3 of 4 \("Slide 3"\) left out: \/events\/2\/start_date\/day: day 30 does not exist in 2019-02/),
      expect.stringMatching(/^Slide 4 of 4 \("Slide 4"\) left out: \/events\/3\/start_date\/month: the date has a day but no month/),
    ]);
  });

  it('keeps eras as the story "Eras" and names an era left out', () => {
    const { dataset, warnings } = imported({
      title: { text: { headline: 'Ten years', text: '<p>What <em>happened</em>.</p>' } },
      eras: [
        { start_date: { year: 2010 }, end_date: { year: 2014 }, text: { headline: 'First half', text: 'Quiet <b>years</b>' } },
        { start_date: { year: 2015 }, text: { headline: 'No end' } },
        { start_date: { year: 2015 }, end_date: { year: 2019, month: 6 } },
      ],
      events: [slide(1)],
    });
    expect(dataset.title).toBe('Ten years');
    expect(dataset.description).toBe('What happened.');
    expect(dataset.stories).toEqual([{ id: 'eras', title: 'Eras', steps: [
      { caption: 'First half: Quiet years', start: '2010', end: '2014' },
      { caption: '2015 to 2019-06', start: '2015', end: '2019-06' },
    ] }]);
    expect(warnings).toEqual([expect.stringMatching(/^Era 2 of 3 \("No end"\) left out: \/eras\/1\/end_date: expected a date object/)]);
  });

  it('names the dataset "Imported timeline" when the title slide has no headline', () => {
    expect(imported({ title: { text: { text: 'Only text' } }, events: [slide(1)] }).dataset.title).toBe('Imported timeline');
  });
});

describe('the TimelineJS Google Sheet template (CSV)', () => {
  const header = 'Year,Month,Day,Time,End Year,End Month,End Day,End Time,Display Date,Headline,Text,Media,Media Credit,Media Caption,Media Thumbnail,Type,Group,Background';

  it('reads title, era and slide rows; a second title row is a slide; times become notes; problems name line and column', () => {
    const csv = [
      header,
      ',,,,,,,,,Sheet title,<p>About it</p>,,,,,title,,',
      '2019,6,1,6:45 PM,2019,6,3,,,"First, with comma",<b>Bold</b> text,//example.org/1.jpg,Credit,Caption,,,APT10,',
      '2019,13,,,,,,,,Bad month,Text,https://example.org/2,,,,,,',
      '2018,,,,2020,,,,,An era,,,,,,era,,',
      ',,,,,,,,,Second title,Text,https://example.org/3,,,,title,,',
    ].join('\n');
    expect(isTimelineJsSheet(csv)).toBe(true);
    const result = fromTimelineJsSheet(csv);
    if (!result.ok) throw new Error(result.issues.map((issue) => issue.message).join('\n'));
    const dataset = assertDataset(result.json);
    expect(dataset.title).toBe('Sheet title');
    expect(dataset.description).toBe('About it');
    expect(dataset.events.map((event) => [event.title, event.when.start.text, event.when.end.text, event.when.note])).toEqual([
      ['First, with comma', '2019-06-01', '2019-06-03', 'Time of day in the source timeline: 18:45.'],
    ]);
    expect(dataset.sources[0]).toMatchObject({ url: 'https://example.org/1.jpg', title: 'Caption', publisher: 'Credit' });
    expect(dataset.actors).toMatchObject([{ name: 'APT10' }]);
    expect(dataset.stories).toEqual([{ id: 'eras', title: 'Eras', steps: [{ caption: 'An era', start: '2018', end: '2020' }] }]);
    expect(result.warnings).toEqual([
      'Line 6 is a second "title" row; it is read as an ordinary slide (TimelineJS does the same).',
      expect.stringMatching(/^Slide 2 of 3 \("Bad month"\) left out: line 4, column "Month": expected a month from 1 to 12, got "13"$/),
      expect.stringMatching(/^Slide 3 of 3 \("Second title"\) left out: line 6, column "Year": the date has no year/),
    ]);
  });

  it('names a time of day it cannot read', () => {
    const result = fromTimelineJsSheet(`${header}\n2019,1,1,noonish,,,,,,A,Text,https://example.org/1,,,,,,\n2019,1,2,,,,,,,B,Text,https://example.org/2,,,,,,\n`);
    expect(result.ok && result.warnings).toEqual([expect.stringMatching(/^Slide 1 of 2 \("A"\) left out: line 2, column "Time": expected an hour from 0 to 23, got "noonish"/)]);
  });

  it('is recognised by readAnyFormat however the format is given, and the dataset spreadsheet is not mistaken for it', () => {
    const csv = `${header}\n2019,,,,,,,,,A,Text,https://example.org/1,,,,,,\n`;
    expect(readAnyFormat(csv)).toMatchObject({ ok: true, format: 'timelinejs' });
    expect(readAnyFormat(csv, { fileName: 'sheet.csv' })).toMatchObject({ ok: true, format: 'timelinejs' });
    expect(readAnyFormat(csv, { format: 'csv' })).toMatchObject({ ok: true, format: 'timelinejs' });
    expect(readAnyFormat(csv, { format: 'timelinejs', title: 'Given' })).toMatchObject({ ok: true, format: 'timelinejs', dataset: { title: 'Given' } });
    expect(isTimelineJsSheet('title,date,description,source_url,year,headline\n')).toBe(false);
    expect(isTimelineJsSheet('{"events": []}')).toBe(false);
  });
});
