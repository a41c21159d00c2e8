/**
 * The page's side of the CSV import worker: one request at a time, progress as it comes, and
 * Cancel that ends the worker at once (even mid-parse). Where no worker can run (jsdom, a policy
 * that blocks it), the same handler runs on the page.
 */
import type { ImportTarget, Mapping } from './csv-import';
import type { ParseOutcome, ValidationSummary } from './import-core';
import { createImportHandler } from './import-handler';
import type { ImportPhase, ImportRequest, ImportResponse, ImportStart } from './import-protocol';

export class ImportCancelled extends Error {
  constructor() {
    super('The import was cancelled.');
    this.name = 'ImportCancelled';
  }
}

interface Channel {
  post(request: ImportRequest): void;
  close(): void;
}

type Receive = (response: ImportResponse) => void;

function inPageChannel(receive: Receive): Channel {
  const handle = createImportHandler(receive);
  return { post: (r) => void handle(r), close: () => undefined };
}

function workerChannel(receive: Receive, fail: (error: Error) => void): Channel {
  const worker = new Worker(new URL('./import.worker.ts', import.meta.url), {
    type: 'module',
    name: 'steward-import',
  });
  worker.onmessage = (e: MessageEvent<ImportResponse>) => receive(e.data);
  worker.onerror = (e) => {
    e.preventDefault();
    fail(e.error instanceof Error ? e.error : new Error(e.message || 'Import worker failed.'));
  };
  worker.onmessageerror = () => fail(new Error('An import message could not be read.'));
  return { post: (r) => worker.postMessage(r), close: () => worker.terminate() };
}

interface Pending {
  accept: (response: ImportResponse) => boolean;
  resolve: (response: ImportResponse) => void;
  reject: (error: Error) => void;
}

export class ImportClient {
  private channel: Channel;
  private pending: Pending | null = null;
  private onProgress: (phase: ImportPhase, fraction: number) => void = () => undefined;
  private closed = false;

  constructor(useWorker = typeof Worker === 'function') {
    const receive = (r: ImportResponse) => this.receive(r);
    if (!useWorker) {
      this.channel = inPageChannel(receive);
      return;
    }
    try {
      this.channel = workerChannel(receive, (e) => this.fail(e));
    } catch (error) {
      console.warn('Import worker unavailable, importing on the page:', error);
      this.channel = inPageChannel(receive);
    }
  }

  parse(
    file: Blob,
    start: Omit<ImportStart, 'type' | 'file'> & { target: ImportTarget },
    onProgress: (phase: ImportPhase, fraction: number) => void,
  ): Promise<ParseOutcome> {
    this.onProgress = onProgress;
    return this.ask({ type: 'parse', file, ...start }, 'parsed').then((r) => r.outcome);
  }

  validate(mapping: Mapping): Promise<{ summary: ValidationSummary; ids: string[] }> {
    return this.ask({ type: 'validate', mapping }, 'validated');
  }

  take(count: number): Promise<unknown[]> {
    return this.ask({ type: 'take', count }, 'records').then((r) => r.records);
  }

  /** Ends the worker; a request in flight rejects with ImportCancelled. */
  cancel(): void {
    this.close(new ImportCancelled());
  }

  close(error: Error = new ImportCancelled()): void {
    if (this.closed) return;
    this.closed = true;
    this.channel.close();
    const pending = this.pending;
    this.pending = null;
    pending?.reject(error);
  }

  private ask<K extends ImportResponse['type']>(
    request: ImportRequest,
    type: K,
  ): Promise<Extract<ImportResponse, { type: K }>> {
    if (this.closed) return Promise.reject(new ImportCancelled());
    return new Promise((resolve, reject) => {
      this.pending = {
        accept: (r) => r.type === type,
        resolve: (r) => resolve(r as Extract<ImportResponse, { type: K }>),
        reject,
      };
      this.channel.post(request);
    });
  }

  private receive(response: ImportResponse): void {
    if (response.type === 'progress') {
      this.onProgress(response.phase, response.fraction);
      return;
    }
    const pending = this.pending;
    if (pending === null) return;
    this.pending = null;
    if (response.type === 'error') pending.reject(new Error(response.message));
    else if (pending.accept(response)) pending.resolve(response);
    else pending.reject(new Error(`Unexpected import message: ${response.type}`));
  }

  private fail(error: Error): void {
    this.close(error);
  }
}
