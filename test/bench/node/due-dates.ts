// Bench: 100,000 SLA due dates of several business days on a business calendar,
// against a naive minute-stepping baseline measured in the same run (extrapolated).
// Run: npx tsx test/bench/node/due-dates.ts
import { isWorkingTime, slaDueAt, weeklyCalendar } from '../../../shared/index';

const MIN = 60_000;
const calendar = weeklyCalendar(
  'Europe/Paris',
  ['mon', 'tue', 'wed', 'thu', 'fri'],
  [
    { start: '08:30', end: '12:00' },
    { start: '13:30', end: '18:00' },
  ],
  ['2026-05-01', '2026-05-08', '2026-07-14', '2026-12-25'],
);
const BASE = Date.UTC(2026, 0, 1);
const YEAR = 365 * 86_400_000;
const startOf = (i: number) => new Date(BASE + ((i * 7_919_123) % YEAR));
// 2 to 5 business days of 8 h each.
const targetOf = (i: number) => (16 + (i % 4) * 8) * 60 * MIN;

/** Naive reference: step minute by minute, asking the calendar each time. */
function naiveDueAt(start: Date, targetMs: number): Date {
  let t = Math.ceil(start.getTime() / MIN) * MIN;
  let left = targetMs;
  while (left > 0) {
    if (isWorkingTime(new Date(t), calendar)) left -= MIN;
    t += MIN;
  }
  return new Date(t);
}

const N = 100_000;
slaDueAt(startOf(0), targetOf(0), calendar); // warm caches once
let t0 = performance.now();
let check = 0;
for (let i = 0; i < N; i++) check += slaDueAt(startOf(i), targetOf(i), calendar).getTime() % 7;
const fastMs = performance.now() - t0;

const NAIVE_N = 30;
t0 = performance.now();
for (let i = 0; i < NAIVE_N; i++) {
  const s = new Date(Math.ceil(startOf(i).getTime() / MIN) * MIN);
  if (+naiveDueAt(s, targetOf(i)) !== +slaDueAt(s, targetOf(i), calendar)) {
    throw new Error(`baseline disagrees at ${s.toISOString()}`);
  }
}
const naivePerOp = (performance.now() - t0) / NAIVE_N;
const naiveMs = naivePerOp * N;

const fmt = (n: number) => n.toFixed(1);
console.log(`bench sla_due_dates_100k_ms: ${fmt(fastMs)} ms`);
console.log(`bench sla_due_dates_per_sec: ${Math.round((N / fastMs) * 1000)} ops/s`);
console.log(`bench naive_minute_step_100k_extrapolated_ms: ${fmt(naiveMs)} ms`);
console.log(`bench speedup_vs_naive: ${fmt(naiveMs / fastMs)} x`);
if (check < 0) console.log('unreachable');
