import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { thrownIssue, type DataIssue } from '../model/issues.ts';

/** The error-box key of a chunk's problems: each file its own, so two missing files are two problems. */
export type ChunkKey = `chunk:${string}`;
export const chunkKey = (file: string): ChunkKey => `chunk:${file}`;

/** Where a chunk's problem goes: the shell's error box (ErrorController), or an element's events up to it. */
export interface ChunkErrors {
  report(key: ChunkKey, message: string, issues: readonly DataIssue[]): void;
  clear(key: ChunkKey): void;
}

/** `module`, once it has each export `names`; else an error naming one it lacks (a file from another version, say). */
export function exported<M, K extends keyof M & string>(module: M, ...names: K[]): M & { readonly [P in K]-?: NonNullable<M[P]> } {
  for (const name of names) if (module[name] == null) throw new Error(`it has no export ${name}`);
  return module as M & { readonly [P in K]-?: NonNullable<M[P]> };
}

export interface LazyChunkOptions<M, T> {
  /** The file the code comes in (in the embed, beside the script), named when it fails. */
  readonly file: string;
  /** Fetches the module (an `import()`). */
  readonly load: () => Promise<M>;
  /** Makes what the host uses of the module (defines tags, starts a controller); may throw. */
  readonly use: (module: M) => T;
  readonly errors: ChunkErrors;
  /** Called when the code fails, before the host updates. */
  readonly failed?: () => void;
}

/**
 * One chunk of code fetched for a host on first use: `get()` starts the fetch and gives what
 * `use` made of the module (never undefined) once it is here, as `value`. `pending` is the fetch
 * running, for the host's `updateComplete`. When the code is here (or has failed) the host updates; if the host is off
 * the page by then, nothing happens until it is back. A fetch that fails, or a module `use`
 * rejects (no such export, an export that throws), is reported once, naming the file, and not
 * tried again while the host stays on the page (`failed`); put back on the page, it tries again,
 * and a fetch that then works clears the report.
 */
export class LazyChunk<M, T> implements ReactiveController {
  pending: Promise<void> | null = null;
  failed = false;
  /** What `use` made of the module, once it is here (read-only outside). */
  value: T | undefined;
  /** The outcome of a fetch that settled while the host was off the page. */
  private _held: (() => void) | null = null;

  constructor(private readonly _host: ReactiveControllerHost & { readonly isConnected: boolean }, private readonly _options: LazyChunkOptions<M, T>) {
    _host.addController(this);
  }

  /** `value`, starting the fetch the first time it is not here. */
  get(): T | undefined {
    if (this.value === undefined && !this.pending && !this.failed && !this._held) this._fetch();
    return this.value;
  }

  /** `value` once the fetch `get()` starts (or the one running) has settled; undefined if the file failed (or the host left meanwhile). */
  async ready(): Promise<T | undefined> {
    this.get();
    await this.pending;
    return this.value;
  }

  /**
   * What `build` makes of `value` (undefined before it is here); a throw is the file's failure,
   * reported like one `use` rejects, for a part that makes its own thing of a shared chunk.
   */
  make<R>(build: (value: T) => R): R | undefined {
    if (this.value === undefined) return undefined;
    try {
      return build(this.value);
    } catch (error) {
      this.value = undefined;
      this._fail(error);
    }
  }

  hostConnected(): void {
    const held = this._held;
    this._held = null;
    if (held) held();
    else this.retry();
  }

  /** After a failure, lets the next `get()` fetch the file again (put back on the page, or asked to try again). */
  retry(): void {
    this.failed = false;
  }

  private _fetch(): void {
    const run = this._options
      .load()
      .then(
        (module) => () => this._use(module),
        (error) => () => this._fail(error),
      )
      .then((settle) => {
        this.pending = null;
        if (this._host.isConnected) settle();
        else this._held = settle;
      });
    this.pending = run;
  }

  private _use(module: M): void {
    try {
      this.value = this._options.use(module);
    } catch (error) {
      return this._fail(error);
    }
    this._options.errors.clear(chunkKey(this._options.file));
    this._host.requestUpdate();
  }

  /** Reports the file, naming it, with what was thrown: the browser's reason (which names the address it tried) or why its code did not work. */
  private _fail(thrown: unknown): void {
    const { file, errors, failed } = this._options;
    this.failed = true;
    failed?.();
    errors.report(chunkKey(file), `Part of the timeline could not be loaded (${file})`, [thrownIssue(file, file, 'the file beside the script', thrown)]);
    this._host.requestUpdate();
  }
}

/** A chunk's problem sent up as an event's detail; `message` null: the file works now (clear it). */
export interface ChunkProblem {
  readonly key: ChunkKey;
  readonly message: string | null;
  readonly issues: readonly DataIssue[];
}

/** Chunk problems of an inner element, handed to `send` (which dispatches them as an event) for its host's error box. */
export function chunkErrorsAsEvents(send: (detail: ChunkProblem) => void): ChunkErrors {
  return { report: (key, message, issues) => send({ key, message, issues }), clear: (key) => send({ key, message: null, issues: [] }) };
}
