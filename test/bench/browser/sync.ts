// Bench: sync. (1) sync_bootstrap_ms: the large book (500 accounts, 50k incidents and the rest of
// the demo workspace) pushed to a real sync server, then downloaded into an empty browser store by
// the built app (sign-in to "all synced"), against PouchDB replicating the same documents between
// two in-memory databases in Node, in the same run, and against the floor of IndexedDB itself: a
// raw Dexie bulkPut of the rows the bootstrap stored, into a fresh database with the app's schema,
// in the same page (sync_bootstrap_vs_idb_floor), and of the domain records alone, without sync
// metadata (sync_bootstrap_vs_domain_floor). During it: sync_first_usable_ms, from the Sign in
// click until the Queue shows rows and answers a keystroke and Accounts shows rows (baseline: the
// idb floor, sync_first_usable_vs_idb_floor), and the page's longest main-thread task
// (sync_bootstrap_long_task_max_ms, PerformanceObserver 'longtask'). (2) sync_roundtrip_ms: one account edit from device A to device B on loopback,
// from A's click on Save (the click event in A's page) until B's open account page shows the new
// name (A saves, stamping the change in the save's transaction, and pushes it as the save
// commits; B's waiting pull is answered and applied), against the same change between two Node
// clients of the same server in the same run (sync_roundtrip_server_ms: server and HTTP alone).
// Run: npm run bench -- --only=sync   (or: npx tsx test/bench/browser/sync.ts [--quick])
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { generateDemoWorkspace } from '../../../shared/demo/index';
import {
  createSyncTransport,
  MemoryReplica,
  PROTOCOL_HEADER,
  PROTOCOL_VERSION,
} from '../../../shared/sync/index';
import type { FetchLike, JsonValue } from '../../../shared/sync/index';
import { RECORD_TABLES, type RecordTable } from '../../../shared/schemas/index';
import { runCli, startChild } from '../../../server/test/child-server';
import { findChromium } from '../../lib/system-tools.mjs';
import { rawBulkPutMs } from './lib/idb-floor';
import { takeLongTasks, watchLongTasks } from './lib/long-tasks';

const root = resolve(import.meta.dirname, '../../..');
const quick = process.argv.includes('--quick');
const port = Number(process.env.STEWARD_BENCH_SYNC_PORT ?? 4241);
const base = `http://localhost:${String(port)}/`;
const BOOK = quick ? { accounts: 50, incidents: 2_000 } : { accounts: 500, incidents: 50_000 };
const ROUNDTRIPS = quick ? 3 : 7;
const PASSWORD = 'correct horse battery';
const work = mkdtempSync(join(tmpdir(), 'steward-bench-sync-'));

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;
const nodeFetch: FetchLike = async (url, init) => {
  const res = await fetch(url, init);
  return { status: res.status, json: () => res.json() as Promise<unknown> };
};

type Row = Record<string, JsonValue> & { id: string };

function book(): Array<[RecordTable, Row[]]> {
  const { settings, ...tables } = generateDemoWorkspace({ seed: 8, now: new Date(), ...BOOK });
  return [
    ...(Object.entries(tables) as unknown as Array<[RecordTable, Row[]]>),
    ['settings', [settings]],
  ];
}

async function token(url: string, workspace: string): Promise<string> {
  const res = await fetch(`${url}/auth/sign-in`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', [PROTOCOL_HEADER]: String(PROTOCOL_VERSION) },
    body: JSON.stringify({ workspace, email: 'bench@steward.example', password: PASSWORD }),
  });
  return ((await res.json()) as { token: string }).token;
}

/** Pushes every record as one mutation, 500 per request, as a seeding device would. */
async function pushBook(url: string, workspace: string, tables: Array<[RecordTable, Row[]]>) {
  const transport = createSyncTransport({
    baseUrl: url,
    token: await token(url, workspace),
    fetchFn: nodeFetch,
  });
  const seeder = new MemoryReplica('bench-seeder');
  let at = Date.now() - 120_000;
  // A thousand edits per millisecond keeps the clock's counter in range.
  let n = 0;
  for (const [table, rows] of tables) {
    for (const r of rows) seeder.edit(table, r.id, r, n++ % 1000 === 0 ? ++at : at);
  }
  seeder.clearRecords(); // only the outbox matters; frees memory
  for (;;) {
    const batch = seeder.nextBatch(500);
    if (batch === null) break;
    await transport.push(batch);
    seeder.acknowledge(batch);
  }
}

async function pouchBaseline(tables: Array<[RecordTable, Row[]]>): Promise<number> {
  const require = createRequire(import.meta.url);
  interface PouchDb {
    bulkDocs(docs: object[]): Promise<unknown>;
    info(): Promise<{ doc_count: number }>;
    destroy(): Promise<void>;
  }
  type PouchCtor = (new (name: string, o: { adapter: string }) => PouchDb) & {
    plugin(p: unknown): PouchCtor;
    replicate(a: PouchDb, b: PouchDb, o: { batch_size: number }): Promise<unknown>;
  };
  const Pouch = (require('pouchdb-core') as PouchCtor)
    .plugin(require('pouchdb-adapter-memory'))
    .plugin(require('pouchdb-replication'));
  const source = new Pouch('bench-source', { adapter: 'memory' });
  const docs = tables.flatMap(([table, rows]) =>
    rows.map((r) => ({ ...r, _id: `${table}/${r.id}` })),
  );
  for (let i = 0; i < docs.length; i += 5_000) await source.bulkDocs(docs.slice(i, i + 5_000));
  const target = new Pouch('bench-target', { adapter: 'memory' });
  const t0 = performance.now();
  await Pouch.replicate(source, target, { batch_size: 1_000 });
  const ms = performance.now() - t0;
  const { doc_count } = await target.info();
  if (doc_count !== docs.length) throw new Error(`PouchDB copied ${doc_count} of ${docs.length}`);
  await source.destroy();
  await target.destroy();
  return ms;
}

async function signIn(page: Page, server: string, workspace: string): Promise<void> {
  await page.goto(`${base}#/sync`);
  await page.getByLabel('Server address').fill(server);
  await page.getByLabel('Workspace').fill(workspace);
  await page.getByLabel('Email').fill('bench@steward.example');
  await page.getByLabel('Password').fill(PASSWORD);
  await page.getByRole('button', { name: 'Sign in' }).click();
}

/** Polls every frame: signed in, nothing pending, a sync finished, none running. */
async function waitSynced(page: Page, timeout: number): Promise<void> {
  await page.waitForFunction(
    () => {
      const text = document.querySelector('[data-testid="sync-status"]')?.textContent ?? '';
      return (
        text.includes('All changes sent') && text.includes('Last sync') && !text.includes('Syncing')
      );
    },
    undefined,
    { polling: 'raf', timeout },
  );
}

async function countRows(page: Page, table: string): Promise<number> {
  return page.evaluate(
    (name) =>
      new Promise<number>((done, fail) => {
        const req = indexedDB.open('steward');
        req.onsuccess = () => {
          const c = req.result.transaction(name).objectStore(name).count();
          c.onsuccess = () => done(c.result);
          c.onerror = () => fail(new Error('count failed'));
        };
        req.onerror = () => fail(new Error('open failed'));
      }),
    table,
  );
}

/**
 * Usable during the download: the Queue shows real rows and answers a keystroke in its search,
 * and Accounts shows real rows. Moves by hash in the signed-in page (the download goes on, the
 * sync status stays in the shell); returns the offset from the Sign in click in ms.
 */
async function firstUsable(page: Page, t0: number): Promise<number> {
  const go = (hash: string) => page.evaluate((h) => (window.location.hash = h), hash);
  await go('#/queue');
  await page
    .locator('[role="listbox"] [role="option"]')
    .first()
    .waitFor({ timeout: 30 * 60_000 });
  const before = await page.locator('.queue-summary__count').textContent();
  await page.getByRole('searchbox').pressSequentially('zzq');
  await page.waitForFunction(
    ([sel, text]) => document.querySelector(sel)?.textContent !== text,
    ['.queue-summary__count', before] as const,
    { polling: 'raf', timeout: 120_000 },
  );
  await go('#/accounts');
  await page.getByRole('rowheader').first().waitFor({ timeout: 120_000 });
  const ms = performance.now() - t0;
  await go('#/sync');
  return ms;
}

async function bootstrap(
  browser: Browser,
  server: string,
  expected: number,
): Promise<{
  ms: number;
  floorMs: number;
  domainFloorMs: number;
  firstUsableMs: number;
  longTasks: number[];
}> {
  const context = await browser.newContext({ locale: 'en-US', timezoneId: 'Europe/Paris' });
  const page = await context.newPage();
  await watchLongTasks(page);
  await signIn(page, server, 'Bench');
  const t0 = performance.now();
  await takeLongTasks(page); // the sign-in form's own
  await page.getByText('Signed in as bench@steward.example').waitFor({ timeout: 60_000 });
  const firstUsableMs = await firstUsable(page, t0);
  await waitSynced(page, 30 * 60_000);
  const ms = performance.now() - t0;
  const longTasks = await takeLongTasks(page);
  const got = await countRows(page, 'incidents');
  if (got !== expected) throw new Error(`bootstrap stored ${got} of ${expected} incidents`);
  // Every table (sync metadata included), and the domain records alone.
  const floorMs = await rawBulkPutMs(page, { except: [] });
  const domainFloorMs = await rawBulkPutMs(page, { only: RECORD_TABLES });
  await context.close();
  return { ms, floorMs, domainFloorMs, firstUsableMs, longTasks };
}

async function roundtrips(browser: Browser, server: string): Promise<number[]> {
  const devices = await Promise.all(
    [0, 1].map(async () => {
      const context = await browser.newContext({ locale: 'en-US', timezoneId: 'Europe/Paris' });
      const page = await context.newPage();
      await signIn(page, server, 'Roundtrip');
      await waitSynced(page, 60_000);
      return page;
    }),
  );
  const [a, b] = devices as [Page, Page];

  const times: number[] = [];
  await b.goto(`${base}#/accounts/rt-1`);
  await b.getByRole('heading', { level: 1, name: 'Roundtrip' }).waitFor();
  for (let i = 0; i < ROUNDTRIPS; i++) {
    const name = `Roundtrip ${String(i)}`;
    await a.goto(`${base}#/accounts/rt-1/edit`);
    await a.getByRole('textbox', { name: 'Name', exact: true }).fill(name);
    // B checks every frame from before the click; Date.now() is one clock for both processes.
    const seen = b.waitForFunction(
      (n) => (document.querySelector('h1')?.textContent === n ? Date.now() : false),
      name,
      { polling: 'raf', timeout: 60_000 },
    );
    // From the click itself, as A's page receives it (not Playwright's actionability checks).
    await a.evaluate(() => {
      const w = window as unknown as { benchClickAt?: number };
      delete w.benchClickAt;
      document.addEventListener('click', () => (w.benchClickAt = Date.now()), {
        capture: true,
        once: true,
      });
    });
    await a.getByRole('button', { name: 'Save account' }).click();
    const seenAt = (await (await seen).jsonValue()) as number;
    const t0 = await a.evaluate(
      () => (window as unknown as { benchClickAt?: number }).benchClickAt ?? Number.NaN,
    );
    await b.getByRole('heading', { level: 1, name }).waitFor({ timeout: 60_000 });
    times.push(seenAt - t0);
  }
  return times;
}

/**
 * The same change with no browser: one Node client pushes, another's waiting pull is answered,
 * against the same server in the same run. What the server and HTTP take by themselves; the
 * browser roundtrip divided by this says how much the apps add, whatever the machine's speed.
 */
async function serverRoundtrips(server: string, account: Row): Promise<number[]> {
  const token_ = await token(server, 'Roundtrip');
  const a = createSyncTransport({ baseUrl: server, token: token_, fetchFn: nodeFetch });
  const b = createSyncTransport({ baseUrl: server, token: token_, fetchFn: nodeFetch });
  const device = new MemoryReplica('bench-node-a');
  let page = await b.pull(0, 500);
  while (page.hasMore) page = await b.pull(page.cursor, 500);
  let cursor = page.cursor;
  const times: number[] = [];
  for (let i = 0; i < ROUNDTRIPS; i++) {
    const waiting = b.pull(cursor, 500, { waitMs: 25_000 });
    await new Promise((r) => setTimeout(r, 300)); // B's pull is waiting on the server
    device.edit('accounts', 'rt-1', { ...account, name: `Server ${String(i)}` }, Date.now());
    const batch = device.nextBatch(10);
    if (batch === null) throw new Error('nothing to push');
    const t0 = performance.now();
    await a.push(batch);
    const answer = await waiting;
    times.push(performance.now() - t0);
    device.acknowledge(batch);
    cursor = answer.cursor;
    if (!answer.changes.some((c) => c.recordId === 'rt-1')) throw new Error('B missed the change');
  }
  return times;
}

async function main(): Promise<void> {
  const dataDir = join(work, 'server');
  for (const workspace of ['Bench', 'Roundtrip']) {
    runCli(
      [
        'create-admin',
        '--workspace',
        workspace,
        '--email',
        'bench@steward.example',
        '--data',
        dataDir,
      ],
      { STEWARD_ADMIN_PASSWORD: PASSWORD },
    );
  }
  // The built app calls the server from its own origin: allowed by name, as in any deployment.
  const server = await startChild(dataDir, undefined, ['--cors-origin', base.replace(/\/$/, '')]);
  const web = spawn(
    process.execPath,
    ['build/scripts/web.mjs', '--port', String(port), '--out-dir', join(work, 'web')],
    { cwd: root, stdio: ['ignore', 'pipe', 'inherit'] },
  );
  const webState = { exited: false };
  web.once('exit', () => (webState.exited = true));
  try {
    const tables = book();
    const incidents = tables.find(([t]) => t === 'incidents')?.[1].length ?? 0;
    const records = tables.reduce((n, [, rows]) => n + rows.length, 0);
    console.error(`# pushing ${String(records)} records (${String(incidents)} incidents)`);
    await pushBook(server.url, 'Bench', tables);
    const account = tables.find(([t]) => t === 'accounts')?.[1][0];
    if (!account) throw new Error('no account');
    await pushBook(server.url, 'Roundtrip', [
      ['accounts', [{ ...account, id: 'rt-1', name: 'Roundtrip' }]],
    ]);

    for (let i = 0; i < 240; i++) {
      if (webState.exited) throw new Error(`The web build on port ${String(port)} did not start.`);
      if (
        await fetch(base)
          .then((r) => r.ok)
          .catch(() => false)
      )
        break;
      await new Promise((r) => setTimeout(r, 500));
    }
    const executablePath = findChromium();
    if (executablePath === null) throw new Error('Chromium not found');
    const browser = await chromium.launch({ executablePath });
    try {
      const b = await bootstrap(browser, server.url, incidents);
      const boot = b.ms;
      console.log(`bench sync_bootstrap_ms: ${boot.toFixed(0)} ms`);
      console.log(`bench sync_bootstrap_idb_floor_ms: ${b.floorMs.toFixed(0)} ms`);
      console.log(`bench sync_bootstrap_vs_idb_floor: ${(boot / b.floorMs).toFixed(2)} ratio`);
      console.log(`bench sync_bootstrap_domain_floor_ms: ${b.domainFloorMs.toFixed(0)} ms`);
      const vsDomain = boot / b.domainFloorMs;
      console.log(`bench sync_bootstrap_vs_domain_floor: ${vsDomain.toFixed(2)} ratio`);
      console.log(`bench sync_first_usable_ms: ${b.firstUsableMs.toFixed(0)} ms`);
      const usableVsFloor = b.firstUsableMs / b.floorMs;
      console.log(`bench sync_first_usable_vs_idb_floor: ${usableVsFloor.toFixed(2)} ratio`);
      const longest = Math.max(0, ...b.longTasks);
      console.log(`bench sync_bootstrap_long_task_max_ms: ${longest.toFixed(0)} ms`);
      console.log(`bench sync_bootstrap_long_tasks: ${String(b.longTasks.length)} tasks`);
      const pouch = await pouchBaseline(tables);
      console.log(`bench sync_bootstrap_pouchdb_ms: ${pouch.toFixed(0)} ms`);
      console.log(`bench sync_bootstrap_vs_pouchdb: ${(boot / pouch).toFixed(3)} ratio`);
      const rt = median(await roundtrips(browser, server.url));
      console.log(`bench sync_roundtrip_ms: ${rt.toFixed(1)} ms`);
      const bare = median(await serverRoundtrips(server.url, { ...account, id: 'rt-1' }));
      console.log(`bench sync_roundtrip_server_ms: ${bare.toFixed(1)} ms`);
      console.log(`bench sync_roundtrip_vs_server: ${(rt / bare).toFixed(2)} ratio`);
    } finally {
      await browser.close();
    }
  } finally {
    web.kill('SIGTERM');
    await server.stop();
    rmSync(work, { recursive: true, force: true });
  }
}

main().catch((err: unknown) => {
  console.error(err);
  process.exitCode = 1;
});
