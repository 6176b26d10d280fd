import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { TimelineEvent } from '../model/types.ts';
import type { AtChart } from '../components/chart/chart.ts';
import type { Messages } from '../i18n/messages.ts';
import type { ExportedSvg } from '../export/export-svg.ts';
import type { Indexed } from './indexed-dataset.ts';
import { describeThrown } from '../model/describe-thrown.ts';
import type { ErrorController } from './error-controller.ts';
import { exported, LazyChunk } from '../controllers/lazy-chunk.ts';

/** The export code's file in the embed, beside the script. */
const EXPORT_FILE = 'attack-timeline-export.js';
type ExportModule = typeof import('../export/export.ts');
type ExportCode = Pick<ExportModule, 'exportViewSvg' | 'svgToPngBlob' | 'downloadBlob' | 'fileNameFor'>;

export interface ExportControllerOptions {
  /** The chart and dataset on screen, or null before data has loaded. */
  readonly shown: () => { readonly chart: AtChart; readonly indexed: Indexed } | null;
  readonly dateLocale: () => string;
  readonly messages: () => Messages;
  /** Reports how an export from a button went: null when it worked, else why not (a method call rejects instead). */
  readonly done: (problem: string | null) => void;
  readonly errors: Pick<ErrorController, 'report' | 'clear'>;
}

/**
 * Export wiring: the current view as SVG or PNG (the code fetched on first use, and the view read
 * once it has arrived, so a zoom during the fetch is what gets exported), the Export buttons'
 * downloads, and printing: the host re-renders just before printing (and when print media starts
 * or stops applying), so the printed list matches the view the reader zoomed to.
 */
export class ExportController implements ReactiveController {
  private _printMedia?: MediaQueryList;
  private _beforePrint = false;
  /** The export code, fetched on first use. */
  private readonly _code: LazyChunk<ExportModule, ExportCode>;

  constructor(private readonly _host: ReactiveControllerHost & { readonly isConnected: boolean }, private readonly _options: ExportControllerOptions) {
    _host.addController(this);
    this._code = new LazyChunk(_host, {
      file: EXPORT_FILE,
      load: () => import('../export/export.ts'),
      use: (module) => exported(module, 'exportViewSvg', 'svgToPngBlob', 'downloadBlob', 'fileNameFor'),
      errors: _options.errors,
    });
  }

  /**
   * Whether a printout is being made: the handout list is rendered only then, since it writes out
   * every visible event with its sources (100,000 of them would cost seconds on every load).
   */
  get printing(): boolean {
    return this._beforePrint || (this._printMedia?.matches ?? false);
  }

  /** The events of the printed list while printing (those drawn in the window, in date order); null otherwise. */
  printEvents(visible: readonly TimelineEvent[]): readonly TimelineEvent[] | null {
    if (!this.printing) return null;
    const ids = this._options.shown()?.chart.visibleIds;
    if (!ids) return visible;
    const drawn = new Set(ids);
    return visible.filter((event) => drawn.has(event.id));
  }

  hostConnected(): void {
    window.addEventListener('beforeprint', this._onPrint);
    window.addEventListener('afterprint', this._onPrint);
    this._printMedia = typeof matchMedia === 'function' ? matchMedia('print') : undefined;
    this._printMedia?.addEventListener('change', this._refresh);
  }

  hostDisconnected(): void {
    window.removeEventListener('beforeprint', this._onPrint);
    window.removeEventListener('afterprint', this._onPrint);
    this._printMedia?.removeEventListener('change', this._refresh);
  }

  /** The current view as a standalone SVG document; rejects before data has loaded. */
  async svg(): Promise<ExportedSvg> {
    this._shown();
    const { exportViewSvg } = await this._loaded();
    const { chart, indexed } = this._shown();
    return exportViewSvg(chart, indexed.dataset, indexed.sources, chart.visibleIds, indexed.kinds, this._options.dateLocale(), this._options.messages());
  }

  /** The current view as a PNG image, `scale` × its CSS size. */
  async png(scale: number): Promise<Blob> {
    const { svg, widthPx, heightPx } = await this.svg();
    const { svgToPngBlob } = await this._loaded();
    return svgToPngBlob(svg, widthPx, heightPx, scale);
  }

  /** What the Export and Print buttons do. */
  async run(action: 'svg' | 'png' | 'print'): Promise<void> {
    if (action === 'print') {
      // The printed list is rendered only while printing; render it with the view as it is now.
      this._host.requestUpdate();
      await this._host.updateComplete;
      window.print();
      return;
    }
    try {
      const file = action === 'svg' ? new Blob([(await this.svg()).svg], { type: 'image/svg+xml' }) : await this.png(2);
      const { downloadBlob, fileNameFor } = await this._loaded();
      downloadBlob(file, fileNameFor(this._options.shown()?.indexed.dataset.title ?? 'timeline', action));
      this._options.done(null);
    } catch (error) {
      // A missing export file is reported as such (by the loader); anything else as the export's problem.
      this._options.done(this._code.failed ? null : `The view could not be exported: ${describeThrown(error)}`);
    }
  }

  private _onPrint = (event: Event): void => {
    this._beforePrint = event.type === 'beforeprint';
    this._refresh();
  };

  private _refresh = (): void => {
    this._host.requestUpdate();
  };

  /** The export code, fetched the first time; rejects, naming the file, if it cannot be had. */
  private async _loaded(): Promise<ExportCode> {
    const code = await this._code.ready();
    if (code) return code;
    // Missing (or, the element off the page, held until it is back).
    throw new Error(`Part of the timeline could not be loaded (${EXPORT_FILE})`);
  }

  private _shown(): { readonly chart: AtChart; readonly indexed: Indexed } {
    const shown = this._options.shown();
    if (!shown) throw new Error('Nothing to export: no dataset is shown yet');
    return shown;
  }
}
