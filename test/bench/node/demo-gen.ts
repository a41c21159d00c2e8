// Bench: the 500-account, 50,000-incident demo book (target: well under 5 s).
// Run: npx tsx test/bench/node/demo-gen.ts
import { generateDemoWorkspace } from '../../../shared/demo/index';

const now = new Date('2026-11-18T09:30:00.000Z');
generateDemoWorkspace({ seed: 1, now }); // warm up (JIT, zone caches)
const runs: number[] = [];
const cpu: number[] = [];
let records = 0;
for (let i = 0; i < 3; i++) {
  const t0 = performance.now();
  const c0 = process.cpuUsage();
  const ws = generateDemoWorkspace({ seed: 100 + i, now, accounts: 500, incidents: 50_000 });
  runs.push(performance.now() - t0);
  const c = process.cpuUsage(c0);
  cpu.push((c.user + c.system) / 1000);
  records = Object.values(ws).reduce<number>(
    (n, t: unknown) => n + (Array.isArray(t) ? t.length : 1),
    0,
  );
}
runs.sort((a, b) => a - b);
cpu.sort((a, b) => a - b);
console.log(`bench demo_generate_50k_ms: ${(runs[1] ?? 0).toFixed(1)} ms`);
// CPU time of this process: less sensitive to a busy machine than wall time.
console.log(`bench demo_generate_50k_cpu_ms: ${(cpu[1] ?? 0).toFixed(1)} ms`);
console.log(`bench demo_generate_50k_records: ${records}`);
