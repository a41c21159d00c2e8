/**
 * The load client of the server-load bench, run as its own process so its CPU is its own:
 * N devices of one workspace, each holding a long pull open and pushing one change every
 * `pushEveryMs`, for `seconds`. Prints one JSON line of figures on stdout.
 *
 * Fan-out of a push = from the moment it was sent until every OTHER device has pulled it (or a
 * later value of the same record, which the server's current-state pulls deliver instead).
 */
import { Agent, request } from 'node:http';
import { PROTOCOL_HEADER, PROTOCOL_VERSION } from '../../../../shared/sync/index';
import { incident, mutation } from '../../../../server/test/fixtures';

export interface LoadPlan {
  /** One URL per server instance; device i talks to urls[i % urls.length]. */
  urls: string[];
  /** Device i signs its requests with tokens[i % tokens.length]. */
  tokens: string[];
  devices: number;
  seconds: number;
  pushEveryMs: number;
  /** After the last push, how long pulls may take to deliver what is still unseen. */
  drainMs: number;
  pullWaitMs: number;
  /** A request not answered within this (pulls: plus their wait) counts as timed out. */
  timeoutMs: number;
  /** Distinguishes this run's client ids and records from an earlier run's. */
  runId: string;
}

export interface LoadResult {
  pushes: number;
  pushP50Ms: number;
  pushP99Ms: number;
  fanoutP50Ms: number;
  fanoutP95Ms: number;
  /** Pushes some other device had still not seen when the drain ended. */
  fanoutMissing: number;
  timeouts: number;
  /** 5xx answers, refused connections and resets. */
  errors: number;
  pulls: number;
  clientCpuPct: number;
}

const agent = new Agent({ keepAlive: true, maxSockets: Infinity });

type Outcome = { status: number; body: string } | 'timeout' | 'error';

function send(
  url: string,
  method: string,
  path: string,
  token: string,
  timeoutMs: number,
  body?: string,
): Promise<Outcome> {
  return new Promise((resolve) => {
    const headers: Record<string, string> = {
      [PROTOCOL_HEADER]: String(PROTOCOL_VERSION),
      authorization: `Bearer ${token}`,
    };
    if (body !== undefined) headers['content-type'] = 'application/json';
    const req = request(`${url}${path}`, { method, headers, agent }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => {
        clearTimeout(timer);
        resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString('utf8') });
      });
      res.on('error', () => resolve('error'));
    });
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      req.destroy();
      resolve('timeout');
    }, timeoutMs);
    req.on('error', () => {
      clearTimeout(timer);
      if (!timedOut) resolve('error');
    });
    req.end(body);
  });
}

const percentile = (xs: number[], p: number): number => {
  if (xs.length === 0) return 0;
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)] ?? 0;
};

export async function runLoad(plan: LoadPlan): Promise<LoadResult> {
  const n = plan.devices;
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  const recordOf = (d: number) => `load-${plan.runId}-${String(d)}`;
  const urlOf = (d: number) => plan.urls[d % plan.urls.length] ?? '';
  const tokenOf = (d: number) => plan.tokens[d % plan.tokens.length] ?? '';

  // Pushes: sent time per (device, index); fan-out bookkeeping.
  const sentAt: number[][] = Array.from({ length: n }, () => []);
  const remaining: number[][] = Array.from({ length: n }, () => []);
  const fanouts: number[] = [];
  /** seen[e][d]: highest push index of device d that device e has pulled. */
  const seen = Array.from({ length: n }, () => new Int32Array(n).fill(-1));
  const pushLatencies: number[] = [];
  let timeouts = 0;
  let errors = 0;
  let pulls = 0;
  let stopping = false;
  /** Read through a call: the loops await, and the drain below sets it meanwhile. */
  const stopped = () => stopping;

  const status = await send(urlOf(0), 'GET', '/sync/status?clientId=load-st', tokenOf(0), 30_000);
  if (typeof status === 'string' || status.status !== 200) {
    throw new Error(`status failed: ${typeof status === 'string' ? status : status.body}`);
  }
  const startCursor = (JSON.parse(status.body) as { seq: number }).seq;

  const markSeen = (e: number, d: number, k: number, now: number) => {
    const row = seen[e];
    if (row === undefined || e === d) return;
    const from = (row[d] ?? -1) + 1;
    const upTo = Math.min(k, (sentAt[d]?.length ?? 0) - 1);
    for (let j = from; j <= upTo; j++) {
      const left = remaining[d];
      const was = left?.[j];
      if (left === undefined || was === undefined) continue;
      left[j] = was - 1; // NaN (not yet acknowledged) stays NaN
      if (was === 1) fanouts.push(now - (sentAt[d]?.[j] ?? now));
    }
    if (k > (row[d] ?? -1)) row[d] = k;
  };

  async function pullLoop(e: number): Promise<void> {
    let cursor = startCursor;
    while (!stopped()) {
      const path = `/sync/pull?after=${String(cursor)}&limit=500&wait=${String(plan.pullWaitMs)}`;
      const res = await send(urlOf(e), 'GET', path, tokenOf(e), plan.pullWaitMs + plan.timeoutMs);
      if (stopped()) return;
      pulls++;
      if (res === 'timeout') timeouts++;
      if (typeof res === 'string' || res.status !== 200) {
        if (res !== 'timeout') errors++;
        await new Promise((r) => setTimeout(r, 500));
        continue;
      }
      const now = performance.now();
      const page = JSON.parse(res.body) as {
        changes: { recordId: string; fields: { title?: { value: unknown } } }[];
        cursor: number;
      };
      for (const c of page.changes) {
        const m = /^load-[^-]+-(\d+)$/.exec(c.recordId);
        const title = c.fields.title?.value;
        const k = typeof title === 'string' ? /#(\d+)$/.exec(title)?.[1] : undefined;
        if (m?.[1] !== undefined && k !== undefined) markSeen(e, Number(m[1]), Number(k), now);
      }
      cursor = page.cursor;
    }
  }

  async function pushLoop(d: number, endAt: number): Promise<void> {
    let mutationId = 0;
    // Spread the devices' first pushes over one period.
    let next = t0 + (d / n) * plan.pushEveryMs;
    while (next < endAt) {
      const wait = next - performance.now();
      if (wait > 0) await new Promise((r) => setTimeout(r, wait));
      const k = sentAt[d]?.length ?? 0;
      mutationId++;
      const title = `Load ${String(d)} #${String(k)}`;
      const values = k === 0 ? incident(recordOf(d), { title }) : { title };
      const clientId = `load-${plan.runId}-dev-${String(d)}`;
      const m = mutation(clientId, mutationId, 'incidents', recordOf(d), values);
      const body = JSON.stringify({ clientId, mutations: [m] });
      const start = performance.now();
      sentAt[d]?.push(start);
      remaining[d]?.push(Number.NaN); // not counted until acknowledged
      const res = await send(urlOf(d), 'POST', '/sync/push', tokenOf(d), plan.timeoutMs, body);
      const took = performance.now() - start;
      if (res === 'timeout') timeouts++;
      else if (res === 'error' || res.status >= 500) errors++;
      else if (res.status !== 200)
        throw new Error(`push refused ${String(res.status)}: ${res.body}`);
      else {
        pushLatencies.push(took);
        // Devices may have pulled it already (before the answer came back).
        let left = 0;
        for (let e = 0; e < n; e++) if (e !== d && (seen[e]?.[d] ?? -1) < k) left++;
        const row = remaining[d];
        if (row !== undefined) row[k] = left;
        if (left === 0) fanouts.push(performance.now() - start);
      }
      next = Math.max(next + plan.pushEveryMs, performance.now());
    }
  }

  const pullers = Array.from({ length: n }, (_, e) => pullLoop(e));
  const endAt = t0 + plan.seconds * 1000;
  await Promise.all(Array.from({ length: n }, (_, d) => pushLoop(d, endAt)));
  // Drain: let pulls deliver what is still unseen, up to drainMs.
  const countMissing = () =>
    remaining.reduce((sum, row) => sum + row.filter((x) => !Number.isNaN(x) && x > 0).length, 0);
  const drainEnd = performance.now() + plan.drainMs;
  while (countMissing() > 0 && performance.now() < drainEnd) {
    await new Promise((r) => setTimeout(r, 100));
  }
  stopping = true;
  const missing = countMissing();
  // Unseen ones count with the time they had waited so far (a lower bound), not as nothing.
  const end = performance.now();
  remaining.forEach((row, d) =>
    row.forEach((x, j) => {
      if (!Number.isNaN(x) && x > 0) fanouts.push(end - (sentAt[d]?.[j] ?? end));
    }),
  );
  agent.destroy(); // ends the waiting pulls
  await Promise.allSettled(pullers);

  const wallMs = performance.now() - t0;
  const cpu = process.cpuUsage(cpu0);
  return {
    pushes: pushLatencies.length,
    pushP50Ms: percentile(pushLatencies, 50),
    pushP99Ms: percentile(pushLatencies, 99),
    fanoutP50Ms: percentile(fanouts, 50),
    fanoutP95Ms: percentile(fanouts, 95),
    fanoutMissing: missing,
    timeouts,
    errors,
    pulls,
    clientCpuPct: ((cpu.user + cpu.system) / 1000 / wallMs) * 100,
  };
}

// As a process: the plan is the first argument (JSON), the result one JSON line on stdout.
if (process.argv[1] !== undefined && import.meta.filename === process.argv[1]) {
  const plan = JSON.parse(process.argv[2] ?? '{}') as LoadPlan;
  runLoad(plan)
    .then((r) => {
      process.stdout.write(`${JSON.stringify(r)}\n`);
      process.exit(0);
    })
    .catch((err: unknown) => {
      console.error(err);
      process.exit(1);
    });
}
