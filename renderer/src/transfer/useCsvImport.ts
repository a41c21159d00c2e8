import { useEffect, useRef, useState } from 'react';
import {
  beginImport,
  commitImport,
  discardImport,
  liveAccounts,
  openIncidentsNow,
  storedCount,
  writeImportChunk,
} from '../db/transfer';
import { currentUserName } from '../db/preferences';
import { MAX_IMPORT_BYTES, type CsvEncoding, type DecodeError } from './csv-format';
import type { ImportTarget, Mapping } from './csv-import';
import type { ParseSummary, Refusal, ValidationSummary } from './import-core';
import { ImportCancelled, ImportClient } from './import-client';

/** Records per write transaction: small enough that the page keeps answering between them. */
const WRITE_CHUNK = 1_000;

export type ImportStep = 'idle' | 'read' | 'validate' | 'ready' | 'write' | 'commit';
export type ImportNotice =
  | { kind: 'decode'; error: DecodeError }
  | { kind: 'refused'; refusal: Refusal }
  | { kind: 'cancelled' }
  | { kind: 'failed'; message: string }
  | { kind: 'imported'; count: number };

export interface CsvImportState {
  step: ImportStep;
  /** 0–1 within the step. */
  progress: number;
  parsed: ParseSummary | null;
  mapping: Mapping;
  summary: ValidationSummary | null;
  notice: ImportNotice | null;
}

const IDLE: CsvImportState = {
  step: 'idle',
  progress: 0,
  parsed: null,
  mapping: {},
  summary: null,
  notice: null,
};

/**
 * The import's steps: read and check the file in the worker, then write it a chunk at a time;
 * Cancel works in both. Whatever ends an import early leaves no row of it behind.
 */
export function useCsvImport(target: ImportTarget) {
  const [state, setState] = useState<CsvImportState>(IDLE);
  const client = useRef<ImportClient | null>(null);
  const ids = useRef<string[]>([]);
  const cancelWrite = useRef(false);
  const stopped = () => cancelWrite.current;
  const patch = (p: Partial<CsvImportState>) => setState((s) => ({ ...s, ...p }));

  useEffect(() => {
    // An import this page did not finish (window closed mid-write) is undone on the next visit.
    void discardImport().catch(() => undefined);
    return () => client.current?.close();
  }, []);

  const validate = async (c: ImportClient, mapping: Mapping) => {
    patch({ step: 'validate', progress: 0, mapping, summary: null });
    const result = await c.validate(mapping);
    ids.current = result.ids;
    patch({ step: 'ready', progress: 1, summary: result.summary });
  };

  const settle = (error: unknown) => {
    if (error instanceof ImportCancelled) setState({ ...IDLE, notice: { kind: 'cancelled' } });
    else
      setState({
        ...IDLE,
        notice: { kind: 'failed', message: error instanceof Error ? error.message : String(error) },
      });
  };

  const pick = async (
    file: File | undefined,
    as: ImportTarget = target,
    encoding: CsvEncoding = 'utf-8',
  ) => {
    client.current?.close();
    client.current = null;
    setState(IDLE);
    if (!file) return;
    if (file.size > MAX_IMPORT_BYTES) {
      patch({ notice: { kind: 'decode', error: 'too-large' } });
      return;
    }
    const c = new ImportClient();
    client.current = c;
    patch({ step: 'read', progress: 0 });
    try {
      const [accounts, incidents, existing, by] = await Promise.all([
        liveAccounts(),
        as === 'incidents' ? openIncidentsNow() : Promise.resolve([]),
        storedCount(as),
        currentUserName(),
      ]);
      const outcome = await c.parse(
        file,
        { target: as, accounts, incidents, by, now: new Date().toISOString(), existing, encoding },
        (phase, fraction) => patch({ step: phase, progress: fraction }),
      );
      if (outcome.kind === 'decode') setState({ ...IDLE, notice: outcome });
      else if (outcome.kind === 'refused') setState({ ...IDLE, notice: outcome });
      else {
        patch({ parsed: outcome.summary });
        await validate(c, outcome.summary.mapping);
      }
    } catch (error) {
      if (client.current === c) settle(error);
    }
  };

  const remap = async (mapping: Mapping) => {
    const c = client.current;
    if (c === null) return;
    try {
      await validate(c, mapping);
    } catch (error) {
      settle(error);
    }
  };

  const run = async () => {
    const c = client.current;
    if (c === null || state.summary === null) return;
    cancelWrite.current = false;
    const total = ids.current.length;
    patch({ step: 'write', progress: 0 });
    try {
      await beginImport(target, ids.current);
      for (let done = 0; done < total;) {
        if (stopped()) throw new ImportCancelled();
        const records = await c.take(WRITE_CHUNK);
        if (records.length === 0) break;
        await writeImportChunk(target, records);
        done += records.length;
        patch({ progress: done / total });
      }
      if (stopped()) throw new ImportCancelled();
      patch({ step: 'commit', progress: 1 });
      const count = await commitImport();
      c.close();
      client.current = null;
      setState({ ...IDLE, notice: { kind: 'imported', count } });
    } catch (error) {
      await discardImport().catch(() => undefined);
      c.close();
      client.current = null;
      settle(error);
    }
  };

  const cancel = () => {
    if (state.step === 'write') {
      cancelWrite.current = true;
      return;
    }
    client.current?.cancel();
    client.current = null;
    setState({ ...IDLE, notice: { kind: 'cancelled' } });
  };

  return { state, pick, remap, run, cancel };
}
