/** The import worker's message handler, as plain code: the worker and the in-page fallback share it. */
import { ImportSession } from './import-core';
import type { ImportRequest, ImportResponse } from './import-protocol';

/** Progress is posted at most this often (ms): a post per row would flood the page. */
const PROGRESS_INTERVAL = 100;

export function createImportHandler(
  post: (response: ImportResponse) => void,
  newId: () => string = () => crypto.randomUUID(),
): (request: ImportRequest) => Promise<void> {
  let session: ImportSession | null = null;
  const progress = (phase: 'read' | 'validate') => {
    let last = 0;
    return (fraction: number) => {
      const t = Date.now();
      if (fraction < 1 && t - last < PROGRESS_INTERVAL) return;
      last = t;
      post({ type: 'progress', phase, fraction });
    };
  };
  return async (request) => {
    try {
      if (request.type === 'parse') {
        const { target, accounts, incidents, by, now, existing } = request;
        const ctx = { accounts, incidents, by, now: new Date(now), newId };
        session = new ImportSession(target, ctx, existing);
        post({ type: 'progress', phase: 'read', fraction: 0 });
        const bytes = new Uint8Array(await request.file.arrayBuffer());
        const outcome = session.parse(bytes, progress('read'), request.encoding);
        post({ type: 'parsed', outcome });
      } else if (session === null) {
        post({ type: 'error', message: 'No file was read.' });
      } else if (request.type === 'validate') {
        const summary = session.validate(request.mapping, progress('validate'));
        post({ type: 'validated', summary, ids: session.ids() });
      } else {
        post({ type: 'records', records: session.take(request.count) });
      }
    } catch (error) {
      post({ type: 'error', message: error instanceof Error ? error.message : String(error) });
    }
  };
}
