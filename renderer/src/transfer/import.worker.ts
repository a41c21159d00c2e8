// The CSV import off the UI thread: read, parse, count, validate (import-handler.ts).
import { createImportHandler } from './import-handler';
import type { ImportRequest } from './import-protocol';

const handle = createImportHandler((response) => self.postMessage(response));
self.onmessage = (event: MessageEvent<ImportRequest>) => void handle(event.data);
