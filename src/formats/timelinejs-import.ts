/**
 * TimelineJS documents (`{title, events: [slides], eras}`) → dataset JSON, as people publish them:
 * a slide that cannot become an event (no headline, no source, a date the timeline cannot show)
 * is left out with a warning naming it and saying why, and the rest is imported. Dates keep the
 * precision the slide gives (a year alone stays a year); the `group` becomes an actor; sources
 * come from the media link (`//host/…` is read as https) and the links in the text; the title
 * slide gives the dataset's title and description; eras become the story "Eras", one step per
 * era. HTML in headlines and text is reduced to plain text.
 */
import { createIssue, type DataIssue } from '../model/issues.ts';
import { parsePartialDate, type PartialDate } from '../model/partial-date.ts';
import { EVENT_KINDS, type EventKind, type StoryStep } from '../model/types.ts';
import type { ActorJson, DatasetJson, EventJson, SourceJson } from './dataset-json.ts';
import { htmlToText, readHtml } from './html-text.ts';
import { cleanText, createIdAllocator, finishImport, isHttpUrl, slugify, type ImportResult } from './import-helpers.ts';

export interface TimelineJsImportOptions {
  /** Kind of every event (TimelineJS has no kinds); "activity" by default. */
  readonly kind?: EventKind;
}

/**
 * Where a part of the input is, for messages: `list` and `index` name a slide or an era, `field`
 * a TimelineJS path inside it such as `start_date/month` (none: the whole slide).
 */
export type TimelineJsPlace = (list: 'events' | 'eras', index: number, field?: string) => string;

/** Whether `json` looks like a TimelineJS document (an object with an `events` list of slides with `start_date`). */
export function isTimelineJs(json: unknown): boolean {
  return isRecord(json) && Array.isArray(json.events) && json.events.some((slide) => isRecord(slide) && isRecord(slide.start_date));
}

/** Reads a TimelineJS document (parsed JSON). Never throws. */
export function fromTimelineJs(input: unknown, options: TimelineJsImportOptions = {}): ImportResult {
  return importTimelineJs(input, options, (list, index, field) => `/${list}/${index}${field ? `/${field}` : ''}`, []);
}

/**
 * Reads a TimelineJS document whose parts `place` locates (JSON paths, or sheet lines for
 * timelinejs-sheet.ts); `warnings` are reported before this reader's own. Fails only when the
 * input is not a TimelineJS document or no slide can be imported. Never throws.
 */
export function importTimelineJs(input: unknown, options: TimelineJsImportOptions, place: TimelineJsPlace, warnings: readonly string[]): ImportResult {
  const kind = options.kind ?? 'activity';
  if (!(EVENT_KINDS as readonly string[]).includes(kind)) return { ok: false, issues: [createIssue('kind', kind, `one of ${EVENT_KINDS.join(', ')}`)] };
  if (!isRecord(input) || !Array.isArray(input.events)) return { ok: false, issues: [createIssue('/events', isRecord(input) ? input.events : input, 'a TimelineJS document with an "events" list')] };
  const slides: readonly unknown[] = input.events;
  const allWarnings = [...warnings];
  const skipped: DataIssue[] = [];
  const actors = new Map<string, ActorJson>();
  const sources = new Map<string, SourceJson & { claims: string[] }>();
  const events: EventJson[] = [];
  const allocateEvent = createIdAllocator();
  const allocateSource = createIdAllocator();

  slides.forEach((input, index) => {
    const problems: DataIssue[] = [];
    const { title, slide } = readSlide(input, (field) => place('events', index, field), problems);
    if (!slide) {
      skipped.push(...problems);
      allWarnings.push(`Slide ${index + 1} of ${slides.length}${named(title)} left out: ${problems.map((p) => p.message).join('; ')}`);
      return;
    }
    const cited: string[] = [];
    for (const citation of slide.citations) {
      let source = sources.get(citation.url);
      if (!source) {
        const title = cleanText(citation.title || citation.url, 500);
        source = {
          id: allocateSource(slugify(title, 'source')),
          title,
          publisher: cleanText(citation.publisher || new URL(citation.url).hostname.replace(/^www\./, ''), 300),
          url: citation.url,
          kind: 'news',
          claims: [],
        };
        sources.set(citation.url, source);
      }
      if (source.claims.length < 500) source.claims.push(`Cited for: ${slide.title}`);
      if (!cited.includes(source.id)) cited.push(source.id);
    }
    const actorId = slide.group ? slugify(slide.group, 'actor') : undefined;
    if (actorId && !actors.has(actorId)) actors.set(actorId, { id: actorId, name: slide.group, type: 'organization' });
    events.push({
      id: allocateEvent(slide.uniqueId ?? slugify(slide.title, 'event')),
      title: slide.title,
      kind,
      ...(slide.end && slide.end.text !== slide.start.text ? { start: slide.start.text, end: slide.end.text } : { date: slide.start.text }),
      ...(slide.dateNote ? { dateNote: slide.dateNote } : {}),
      description: slide.description,
      actors: actorId ? [actorId] : [],
      victims: [],
      sources: cited,
    });
  });
  if (events.length === 0) {
    return { ok: false, issues: skipped.length > 0 ? skipped : [createIssue('/events', slides, 'at least one slide', 'the timeline has no slides')] };
  }

  const eras = readEras(input.eras, place, allWarnings);
  const titleSlide = isRecord(input.title) && isRecord(input.title.text) ? input.title.text : {};
  const description = cleanText(htmlToText(textOf(titleSlide.text)), 5000);
  const json: DatasetJson = {
    version: 1,
    title: cleanText(htmlToText(textOf(titleSlide.headline)), 300) || 'Imported timeline',
    ...(description ? { description } : {}),
    actors: [...actors.values()],
    victims: [],
    sources: [...sources.values()].map((source) => ({ ...source, claims: [...new Set(source.claims)] })),
    events,
    ...(eras.length > 0 ? { stories: [{ id: 'eras', title: 'Eras', steps: eras }] } : {}),
  };
  return finishImport(json, allWarnings);
}

interface Citation {
  readonly url: string;
  readonly title: string;
  readonly publisher: string;
}

interface Slide {
  readonly title: string;
  readonly start: SlideDate;
  readonly end?: SlideDate;
  readonly dateNote?: string;
  readonly description: string;
  readonly citations: readonly Citation[];
  readonly group: string;
  readonly uniqueId?: string;
}

/** One slide's event, or no slide and its problems pushed to `problems`; the title names it either way. */
function readSlide(slide: unknown, at: (field?: string) => string, problems: DataIssue[]): { title: string; slide?: Slide } {
  if (!isRecord(slide)) {
    problems.push(createIssue(at(), slide, 'a slide object'));
    return { title: '' };
  }
  const text = isRecord(slide.text) ? slide.text : {};
  const title = cleanText(htmlToText(textOf(text.headline)), 300);
  if (!title) problems.push(createIssue(at('text/headline'), text.headline, 'a headline', 'the slide has no headline'));
  const start = readDate(slide.start_date, (field) => at(field ? `start_date/${field}` : 'start_date'), problems);
  const end = hasYear(slide.end_date) ? readDate(slide.end_date, (field) => at(field ? `end_date/${field}` : 'end_date'), problems) : undefined;
  if (start && end && endsBeforeStart(start, end)) {
    problems.push(createIssue(at('end_date'), slide.end_date, `an end on or after the start (${start.text})`, `the slide ends (${end.text}) before it starts (${start.text})`));
  }
  const body = readHtml(textOf(text.text));
  const media = isRecord(slide.media) ? slide.media : {};
  const mediaUrl = textOf(media.url).trim();
  const citations: Citation[] = [];
  const mediaLink = absoluteUrl(mediaUrl);
  if (mediaLink) citations.push({ url: mediaLink, title: htmlToText(textOf(media.caption)), publisher: htmlToText(textOf(media.credit)) });
  // Media given as embed HTML (a quoted tweet, a blockquote) cites what it links to.
  const linked = mediaUrl.startsWith('<') ? [...readHtml(mediaUrl).links, ...body.links] : body.links;
  for (const link of linked) {
    const url = absoluteUrl(link.href);
    if (url) citations.push({ url, title: link.text, publisher: '' });
  }
  if (citations.length === 0) {
    const why = mediaUrl === '' ? 'it has no media url' : mediaUrl.startsWith('<') ? 'its media is HTML with no link' : 'its media url is not an absolute http(s) address';
    problems.push(createIssue(at('media/url'), media.url, 'a source: an http(s) media url or a link in the text', `the slide cites no source: ${why} and its text has no link`));
  }
  if (!start || problems.length > 0) return { title };

  const display = htmlToText(textOf(slide.display_date));
  const times = end?.time ? [`start ${start.time ?? 'not given'}`, `end ${end.time}`] : start.time ? [start.time] : [];
  const note = [
    ...(display ? [`Shown as "${display}" in the source timeline.`] : []),
    ...(times.length > 0 ? [`Time of day in the source timeline: ${times.join(', ')}.`] : []),
  ].join(' ');
  const uniqueId = typeof slide.unique_id === 'string' && slide.unique_id !== '' && /^[^\s,]+$/.test(slide.unique_id) ? slide.unique_id : undefined;
  const group = cleanText(htmlToText(textOf(slide.group)), 200);
  return {
    title,
    slide: {
      title,
      start,
      ...(end ? { end } : {}),
      ...(note ? { dateNote: cleanText(note, 1000) } : {}),
      description: cleanText(body.text, 10_000) || title,
      citations,
      group,
      ...(uniqueId ? { uniqueId } : {}),
    },
  };
}

/** Eras → story steps (a window and a caption each); a bad era is left out with a warning. */
function readEras(input: unknown, place: TimelineJsPlace, warnings: string[]): StoryStep[] {
  if (input === undefined) return [];
  if (!Array.isArray(input)) {
    warnings.push(`"eras" is not a list (${typeof input}); no era was imported.`);
    return [];
  }
  const steps: StoryStep[] = [];
  input.forEach((era: unknown, index) => {
    const at = (field?: string) => place('eras', index, field);
    const problems: DataIssue[] = [];
    const record = isRecord(era) ? era : {};
    if (!isRecord(era)) problems.push(createIssue(at(), era, 'an era object'));
    const text = isRecord(record.text) ? record.text : {};
    const headline = cleanText(htmlToText(textOf(text.headline)), 300);
    const start = readDate(record.start_date, (field) => at(field ? `start_date/${field}` : 'start_date'), problems);
    const end = readDate(record.end_date, (field) => at(field ? `end_date/${field}` : 'end_date'), problems);
    if (start && end && endsBeforeStart(start, end)) {
      problems.push(createIssue(at('end_date'), record.end_date, `an end on or after the start (${start.text})`, `the era ends (${end.text}) before it starts (${start.text})`));
    }
    if (!start || !end || problems.length > 0) {
      warnings.push(`Era ${index + 1} of ${input.length}${named(headline)} left out: ${problems.map((p) => p.message).join('; ')}`);
      return;
    }
    const caption = [headline, htmlToText(textOf(text.text))].filter(Boolean).join(': ') || `${start.text} to ${end.text}`;
    steps.push({ caption: cleanText(caption, 2000), start: start.text, end: end.text });
  });
  return steps;
}

interface SlideDate {
  /** The partial date written in the dataset (`2017`, `2017-04`, `2017-04-05`). */
  readonly text: string;
  readonly date: PartialDate;
  /** `HH:MM` or `HH:MM:SS` when the slide gives a time of day (the dataset keeps days at most). */
  readonly time?: string;
}

/** A TimelineJS date object → a partial date keeping only the parts given, or problems. */
function readDate(value: unknown, at: (field?: string) => string, problems: DataIssue[]): SlideDate | undefined {
  if (!isRecord(value)) {
    problems.push(createIssue(at(), value, 'a date object such as {"year": 2017, "month": 4}'));
    return undefined;
  }
  const count = problems.length;
  const part = (name: string, min: number, max: number, expected: string): number | undefined => {
    const given = value[name];
    if (given === undefined || given === null || (typeof given === 'string' && given.trim() === '')) return undefined;
    const n = typeof given === 'number' || typeof given === 'string' ? Number(given) : Number.NaN;
    if (Number.isInteger(n) && n >= min && n <= max) return n;
    problems.push(createIssue(at(name), given, expected, name === 'year' && n < min ? 'years before 1 cannot be shown' : undefined));
    return undefined;
  };
  const year = part('year', 1, 9999, 'a year from 1 to 9999');
  const month = part('month', 1, 12, 'a month from 1 to 12');
  const day = part('day', 1, 31, 'a day from 1 to 31');
  const hour = part('hour', 0, 23, 'an hour from 0 to 23');
  const minute = part('minute', 0, 59, 'a minute from 0 to 59');
  const second = part('second', 0, 59, 'a second from 0 to 59');
  if (year === undefined && problems.length === count) problems.push(createIssue(at('year'), value.year, 'a year from 1 to 9999', 'the date has no year'));
  if (day !== undefined && month === undefined && problems.length === count) problems.push(createIssue(at('month'), value.month, 'a month from 1 to 12', 'the date has a day but no month'));
  if (year === undefined || problems.length > count) return undefined;
  const pad = (n: number, width = 2) => String(n).padStart(width, '0');
  const text = month === undefined ? pad(year, 4) : day === undefined ? `${pad(year, 4)}-${pad(month)}` : `${pad(year, 4)}-${pad(month)}-${pad(day)}`;
  const parsed = parsePartialDate(text);
  if (!parsed.ok) {
    problems.push(createIssue(at('day'), value.day, 'a day that exists in that month', parsed.reason));
    return undefined;
  }
  const time = hour === undefined ? undefined : `${pad(hour)}:${pad(minute ?? 0)}${second === undefined ? '' : `:${pad(second)}`}`;
  return { text, date: parsed.date, ...(time ? { time } : {}) };
}

/** The dataset's rule: an end is refused only when its whole interval lies before the start begins. */
function endsBeforeStart(start: SlideDate, end: SlideDate): boolean {
  return end.date.endMs <= start.date.startMs;
}

/** Whether a date object gives a year (TimelineJS leaves empty `end_date` objects in its output). */
function hasYear(value: unknown): boolean {
  return isRecord(value) && value.year !== undefined && value.year !== null && String(value.year).trim() !== '';
}

/** An http(s) address from a media url or link; `//host/…` (protocol-relative) is read as https. */
function absoluteUrl(href: string): string | undefined {
  const url = href.startsWith('//') ? `https:${href}` : href;
  return isHttpUrl(url) ? url : undefined;
}

/** ` ("headline")` to name a slide or era in a warning, or nothing without a headline. */
function named(headline: string | undefined): string {
  return headline ? ` ("${cleanText(headline, 80)}")` : '';
}

/** A string field as text; numbers as written; anything else (objects, null) as nothing. */
function textOf(value: unknown): string {
  return typeof value === 'string' ? value : typeof value === 'number' ? String(value) : '';
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
