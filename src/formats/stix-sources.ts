/**
 * Sources of a native STIX import: every report, and every external reference with an http(s)
 * URL. One URL is one source, however many objects cite it; it is visible at the lowest level
 * any citation of it has, and its title, publisher and claims come only from citations at that
 * level, so a source shown to a reader never repeats what a more restricted object said.
 */
import type { TlpLevel } from '../model/types.ts';
import type { SourceJson } from './dataset-json.ts';
import { cleanText, createIdAllocator, isHttpUrl, slugify } from './import-helpers.ts';
import type { MarkingReader } from './stix-markings.ts';
import { asStrings, dayOf, externalReferences, nameOf, type Parts, type StixObj } from './stix-objects.ts';
import { tlpRank } from './tlp.ts';

interface Citation {
  readonly level: TlpLevel | undefined;
  readonly title: string;
  readonly publisher: string;
  readonly claim: string;
}

type Entry =
  | { readonly kind: 'report'; readonly source: SourceJson; readonly level: TlpLevel | undefined }
  | { readonly kind: 'reference'; readonly id: string; readonly url: string; readonly citations: Citation[] };

export interface SourceCollector {
  /** The source for a report: the report's own document; `creator` is named as publisher when no more restricted than the report. */
  addReport(report: StixObj, creator: { readonly name: string; readonly level: TlpLevel | undefined } | undefined): string;
  /**
   * Cites the external references of `object` (named `name` in claims); each citation is added
   * to `parts` at its own level (the object's, or its granular marking's). Returns the source ids.
   */
  cite(object: StixObj, name: string, parts: Parts): string[];
  /** Every source, with its TLP level and claims. */
  finish(): SourceJson[];
}

export function createSourceCollector(markings: MarkingReader): SourceCollector {
  const entries: Entry[] = [];
  const byUrl = new Map<string, Entry>();
  const allocate = createIdAllocator();
  return {
    addReport(report, creator) {
      const level = markings.recordLevel(report);
      const name = nameOf(report);
      const url = externalReferences(report).map((ref) => ref.url).find(isHttpUrl);
      const day = dayOf(report.published);
      const id = allocate(slugify(name, 'report'));
      const source: SourceJson = {
        id,
        title: cleanText(name, 500),
        publisher: creator && tlpRank(creator.level) <= tlpRank(level) ? cleanText(creator.name, 300) : 'Publisher not named in the STIX bundle',
        ...(day ? { date: day } : {}),
        ...(url ? { url } : {}),
        kind: asStrings(report.report_types).includes('threat-report') ? 'vendor-report' : 'reference',
        claims: [typeof report.description === 'string' && report.description.trim() ? cleanText(report.description, 2000) : `The report "${cleanText(name, 300)}".`],
      };
      const entry: Entry = { kind: 'report', source, level };
      entries.push(entry);
      if (url && !byUrl.has(url)) byUrl.set(url, entry);
      return id;
    },
    cite(object, name, parts) {
      const ids: string[] = [];
      externalReferences(object).forEach((ref, index) => {
        if (!isHttpUrl(ref.url)) return;
        const level = markings.referenceLevel(object, index);
        let entry = byUrl.get(ref.url);
        // A report more restricted than this citation must not be cited through it: the URL
        // becomes a source of its own.
        if (entry?.kind === 'report' && tlpRank(entry.level) > tlpRank(level)) entry = byUrl.get(`\n${ref.url}`);
        if (!entry) {
          entry = { kind: 'reference', id: allocate(slugify(urlKey(ref.url), 'source')), url: ref.url, citations: [] };
          entries.push(entry);
          byUrl.set(byUrl.has(ref.url) ? `\n${ref.url}` : ref.url, entry);
        }
        const id = entry.kind === 'report' ? entry.source.id : entry.id;
        if (entry.kind === 'reference') {
          const named = typeof ref.source_name === 'string' && ref.source_name.trim() ? ref.source_name : ref.url;
          const title = typeof ref.description === 'string' && ref.description.trim() ? ref.description
            : typeof ref.external_id === 'string' && ref.external_id.trim() ? `${named} ${ref.external_id}` : named;
          entry.citations.push({
            level,
            title: cleanText(title, 500),
            publisher: cleanText(typeof ref.source_name === 'string' && ref.source_name.trim() ? ref.source_name : new URL(ref.url).hostname, 300),
            claim: `Cited for ${object.type} "${cleanText(name, 300)}".`,
          });
        }
        parts.add('sources', id, level);
        if (!ids.includes(id)) ids.push(id);
      });
      return ids;
    },
    finish() {
      return entries.map((entry) => {
        if (entry.kind === 'report') return withTlp(entry.source, entry.level);
        const lowest = Math.min(...entry.citations.map((c) => tlpRank(c.level)));
        const visible = entry.citations.filter((c) => tlpRank(c.level) === lowest);
        const first = visible[0]!;
        return withTlp({
          id: entry.id,
          title: first.title,
          publisher: first.publisher,
          url: entry.url,
          kind: 'reference',
          claims: [...new Set(visible.map((c) => c.claim))].slice(0, 50),
        }, first.level);
      });
    },
  };
}

function withTlp(source: SourceJson, level: TlpLevel | undefined): SourceJson {
  return level ? { ...source, tlp: level } : source;
}

/** Host and path of a URL: the source id is made from these, never from text a citation wrote. */
function urlKey(url: string): string {
  const parsed = new URL(url);
  return `${parsed.hostname.replace(/^www\./, '')} ${parsed.pathname}`;
}
