/**
 * TimelineJS JSON (`{title, events: [{start_date, end_date, text, media, group, unique_id}]}`)
 * → dataset JSON. Dates keep the precision the slide gives (a year alone stays a year); the
 * `group` becomes an actor; sources come from the media link and the links in the text. HTML in
 * headlines and text is reduced to plain text. Problems name the slide and field.
 */
import { createIssue, type DataIssue } from '../model/issues.ts';
import { EVENT_KINDS, type EventKind } from '../model/types.ts';
import type { ActorJson, DatasetJson, EventJson, SourceJson } from './dataset-json.ts';
import { cleanText, createIdAllocator, finishImport, isHttpUrl, slugify, type ImportResult } from './import-helpers.ts';

export interface TimelineJsImportOptions {
  /** Kind of every event (TimelineJS has no kinds); "activity" by default. */
  readonly kind?: EventKind;
}

/** Whether `json` looks like a TimelineJS document (an object with an `events` list of slides with `start_date`). */
export function isTimelineJs(json: unknown): boolean {
  return isRecord(json) && Array.isArray(json.events) && json.events.some((slide) => isRecord(slide) && isRecord(slide.start_date));
}

/** Reads a TimelineJS document (parsed JSON). Never throws. */
export function fromTimelineJs(input: unknown, options: TimelineJsImportOptions = {}): ImportResult {
  const kind = options.kind ?? 'activity';
  if (!(EVENT_KINDS as readonly string[]).includes(kind)) return { ok: false, issues: [createIssue('kind', kind, `one of ${EVENT_KINDS.join(', ')}`)] };
  if (!isRecord(input) || !Array.isArray(input.events)) return { ok: false, issues: [createIssue('/events', isRecord(input) ? input.events : input, 'a TimelineJS document with an "events" list')] };
  const issues: DataIssue[] = [];
  const actors = new Map<string, ActorJson>();
  const sources = new Map<string, SourceJson>();
  const events: EventJson[] = [];
  const allocateEvent = createIdAllocator();
  const allocateSource = createIdAllocator();

  input.events.forEach((slide: unknown, index: number) => {
    const at = `/events/${index}`;
    if (!isRecord(slide)) {
      issues.push(createIssue(at, slide, 'a slide object'));
      return;
    }
    const text = isRecord(slide.text) ? slide.text : {};
    const title = cleanText(plainText(String(text.headline ?? '')), 300);
    if (!title) issues.push(createIssue(`${at}/text/headline`, text.headline, 'a headline', 'every slide needs a headline'));
    const body = String(text.text ?? '');
    const start = dateOf(slide.start_date, `${at}/start_date`, issues);
    const end = slide.end_date === undefined ? undefined : dateOf(slide.end_date, `${at}/end_date`, issues);
    if (!title || !start || (slide.end_date !== undefined && !end)) return;

    const cited: string[] = [];
    const cite = (url: string, titleText: string, publisher: string | undefined) => {
      let source = sources.get(url);
      if (!source) {
        const sourceTitle = cleanText(plainText(titleText) || url, 500);
        source = {
          id: allocateSource(slugify(sourceTitle, 'source')),
          title: sourceTitle,
          publisher: cleanText(plainText(publisher ?? '') || new URL(url).hostname.replace(/^www\./, ''), 300),
          url,
          kind: 'news',
          claims: [],
        };
        sources.set(url, source);
      }
      (source.claims as string[]).push(`Cited for: ${title}`);
      if (!cited.includes(source.id)) cited.push(source.id);
    };
    const media = isRecord(slide.media) ? slide.media : {};
    if (isHttpUrl(media.url)) cite(media.url, String(media.caption ?? ''), typeof media.credit === 'string' ? media.credit : undefined);
    for (const link of linksIn(body)) if (isHttpUrl(link.href)) cite(link.href, link.text, undefined);
    if (cited.length === 0) {
      issues.push(createIssue(`${at}/media/url`, media.url, 'a source: an http(s) media url or a link in the text', 'the slide cites no source'));
      return;
    }
    const group = typeof slide.group === 'string' ? cleanText(plainText(slide.group), 200) : '';
    const actorId = group ? slugify(group, 'actor') : undefined;
    if (actorId && !actors.has(actorId)) actors.set(actorId, { id: actorId, name: group, type: 'organization' });
    const wanted = typeof slide.unique_id === 'string' && /^[^\s,]+$/.test(slide.unique_id) ? slide.unique_id : slugify(title, 'event');
    const description = cleanText(plainText(body), 10_000) || title;
    events.push({
      id: allocateEvent(wanted),
      title,
      kind,
      ...(end && end !== start ? { start, end } : { date: start }),
      ...(typeof slide.display_date === 'string' && slide.display_date.trim() ? { dateNote: cleanText(`Shown as "${plainText(slide.display_date)}" in the source timeline.`, 1000) } : {}),
      description,
      actors: actorId ? [actorId] : [],
      victims: [],
      sources: cited,
    });
  });
  if (issues.length > 0) return { ok: false, issues };
  const titleSlide = isRecord(input.title) && isRecord(input.title.text) ? input.title.text : {};
  const json: DatasetJson = {
    version: 1,
    title: cleanText(plainText(String(titleSlide.headline ?? '')), 300) || 'Imported timeline',
    ...(plainText(String(titleSlide.text ?? '')) ? { description: cleanText(plainText(String(titleSlide.text)), 5000) } : {}),
    actors: [...actors.values()],
    victims: [],
    sources: [...sources.values()].map((source) => ({ ...source, claims: [...new Set(source.claims)].slice(0, 500) })),
    events,
  };
  return finishImport(json, []);
}

/** A TimelineJS date object → partial date text, keeping only the parts given. */
function dateOf(value: unknown, path: string, issues: DataIssue[]): string | undefined {
  if (!isRecord(value)) {
    issues.push(createIssue(path, value, 'a date object such as {"year": 2017, "month": 4}'));
    return undefined;
  }
  const part = (name: string) => (value[name] === undefined || value[name] === '' ? undefined : Number(value[name]));
  const year = part('year');
  const month = part('month');
  const day = part('day');
  if (year === undefined || !Number.isInteger(year) || year < 1 || year > 9999) {
    issues.push(createIssue(`${path}/year`, value.year, 'a year from 1 to 9999 (years BC cannot be shown)'));
    return undefined;
  }
  const pad = (n: number, width: number) => String(n).padStart(width, '0');
  if (month === undefined) return pad(year, 4);
  if (!Number.isInteger(month) || month < 1 || month > 12) {
    issues.push(createIssue(`${path}/month`, value.month, 'a month from 1 to 12'));
    return undefined;
  }
  if (day === undefined) return `${pad(year, 4)}-${pad(month, 2)}`;
  return `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
}

/** Links (`<a href>`) in a piece of TimelineJS HTML. */
function linksIn(html: string): { href: string; text: string }[] {
  const links: { href: string; text: string }[] = [];
  for (const match of html.matchAll(/<a\s[^>]*href\s*=\s*(?:"([^"]*)"|'([^']*)')[^>]*>([\s\S]*?)<\/a>/gi)) {
    links.push({ href: decodeEntities(match[1] ?? match[2] ?? ''), text: match[3] ?? '' });
  }
  return links;
}

/** HTML → plain text: tags dropped (block ends become spaces), common entities decoded. */
function plainText(html: string): string {
  return decodeEntities(html.replace(/<br\s*\/?>|<\/p>/gi, ' ').replace(/<[^>]*>/g, '')).replace(/\s+/g, ' ').trim();
}

function decodeEntities(text: string): string {
  const named: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, code: string) => {
    if (code[0] === '#') {
      const n = code[1] === 'x' || code[1] === 'X' ? parseInt(code.slice(2), 16) : parseInt(code.slice(1), 10);
      return n > 0 && n <= 0x10ffff ? String.fromCodePoint(n) : whole;
    }
    return named[code.toLowerCase()] ?? whole;
  });
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
