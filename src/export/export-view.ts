import type { Dataset, EventKind, Source } from '../model/types.ts';
import type { AtChart } from '../components/chart/chart.ts';
import { describeWindow } from '../scales/ticks.ts';
import { formatPartialDate } from '../scales/date-format.ts';
import type { Messages } from '../i18n/messages.ts';
import { buildExportSvg, type ExportedSvg } from './export-svg.ts';
import { collectExportInput } from './collect-view.ts';

/** A source in words for a footer: publisher, title, date and address. */
export function describeSource(source: Source, locale: string): string {
  const date = source.date ? `, ${formatPartialDate(source.date, locale)}` : '';
  const url = source.url ? `. ${source.url}` : '';
  return `${source.publisher}, “${source.title}”${date}${url}`;
}

/** The sources the given events cite, each once, in the order the events cite them. */
export function citedSources(dataset: Dataset, eventIds: readonly string[], sources: ReadonlyMap<string, Source>): Source[] {
  const wanted = new Set(eventIds);
  const seen = new Set<string>();
  const out: Source[] = [];
  for (const event of dataset.events) {
    if (!wanted.has(event.id)) continue;
    for (const id of event.sources) {
      const source = sources.get(id);
      if (source && !seen.has(id)) {
        seen.add(id);
        out.push(source);
      }
    }
  }
  return out;
}

/** The chart as drawn now, with title, legend, the date range and the sources of the events shown. */
export function exportViewSvg(
  chart: AtChart,
  dataset: Dataset,
  sources: ReadonlyMap<string, Source>,
  visibleIds: readonly string[],
  kinds: readonly EventKind[],
  locale: string,
  messages: Messages,
): ExportedSvg {
  const { startMs, endMs } = chart.visibleWindow;
  return buildExportSvg(collectExportInput(chart, {
    title: dataset.title,
    // The window's end is exclusive: name the last instant shown ("Dec 2019", not "Jan 2020").
    rangeText: `${messages.shown}: ${describeWindow(startMs, endMs - 1, locale)}`,
    legend: kinds.map((kind) => ({ kind, label: messages.kinds[kind] })),
    sourcesHeading: messages.sources,
    sources: citedSources(dataset, visibleIds, sources).map((source) => describeSource(source, locale)),
  }));
}
