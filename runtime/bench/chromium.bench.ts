// Local writes and the device's share of a push on real IndexedDB: Debian's Chromium (never a
// downloaded browser) runs bench/writes/page.ts; each figure is printed as a JSON line beside bare
// Dexie measured in the same page, in the same run. Times are the CPU time of every Chromium
// process (the page's renderer and the browser process that runs IndexedDB), as the Node benchmark
// counts CPU time: on a shared machine wall time mostly measures the neighbours. Steps alternate
// within each round, so what load remains hits both sides alike; medians of rounds.
import { readdirSync, readFileSync, readlinkSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { bundlePage, launchChromium } from '../test/browser/chromium';
import { seededFor, timeRounds } from './writes/rounds';
import { summarise, summariseDrain } from './writes/summary';
import { DRAIN_STEPS, type DrainStep } from './writes/workload';

const ROUNDS = Number(process.env.SYNCRAFT_BENCH_ROUNDS ?? 15);
const PER_ROUND = 200;
const DRAIN = 10_000;

/** CPU milliseconds used so far by the Chromium processes this one started, all their threads. */
function chromiumCpuMs(): number {
  const parents = new Map<number, number>();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      parents.set(Number(name), Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]));
    } catch {
      // The process ended meanwhile.
    }
  }
  const ours = new Set([process.pid]);
  for (let grew = true; grew; ) {
    grew = false;
    for (const [pid, ppid] of parents) {
      if (!ours.has(pid) && ours.has(ppid)) {
        ours.add(pid);
        grew = true;
      }
    }
  }
  ours.delete(process.pid);
  let ns = 0;
  for (const pid of ours) {
    try {
      if (!readlinkSync(`/proc/${pid}/exe`).includes('chrom')) continue;
      for (const task of readdirSync(`/proc/${pid}/task`)) {
        ns += Number(readFileSync(`/proc/${pid}/task/${task}/schedstat`, 'utf8').split(' ')[0]);
      }
    } catch {
      // The process or thread ended meanwhile.
    }
  }
  return ns / 1e6;
}

const script = await bundlePage(new URL('./writes/page.ts', import.meta.url));
const html =
  '<!doctype html><meta charset="utf-8"><title>bench</title><script type="module" src="/app.js"></script>';
const http = createServer((req, res) => {
  if (req.url === '/app.js') res.writeHead(200, { 'content-type': 'text/javascript' }).end(script);
  else res.writeHead(200, { 'content-type': 'text/html' }).end(html);
});
await new Promise<void>((resolve) => http.listen(0, '127.0.0.1', resolve));
const browser = await launchChromium();
try {
  const page = await browser.newPage();
  page.on('pageerror', (error) => console.error(`page: ${error.message}`));
  await page.goto(`http://127.0.0.1:${(http.address() as AddressInfo).port}/`);
  await page.waitForFunction(() => window.bench !== undefined);
  const engine = { name: 'Chromium (real IndexedDB)', unit: 'CPU ms of all Chromium processes' };

  await page.evaluate((seeded) => window.bench.open(seeded), seededFor(ROUNDS, PER_ROUND));
  const times = await timeRounds(ROUNDS, PER_ROUND, async (step, from, n) => {
    const start = chromiumCpuMs();
    const wall = await page.evaluate(([s, f, c]) => window.bench.measure(s, f, c), [step, from, n] as const);
    return { ms: chromiumCpuMs() - start, wall };
  });
  await page.evaluate(() => window.bench.close());
  summarise(engine, PER_ROUND, ROUNDS, times.ms, times.wall);

  await page.evaluate((n) => window.bench.openDrain(n), DRAIN);
  const drained = new Map<DrainStep, { cpu: number; wall: number }>();
  for (const step of DRAIN_STEPS) {
    const start = chromiumCpuMs();
    const ms = await page.evaluate((s) => window.bench.measureDrain(s), step);
    drained.set(step, { cpu: chromiumCpuMs() - start, wall: ms });
  }
  const left = await page.evaluate(() => window.bench.closeDrain());
  summariseDrain(
    engine,
    DRAIN,
    left,
    (step) => drained.get(step)!.cpu,
    (step) => drained.get(step)!.wall,
  );
} finally {
  await browser.close();
  http.close();
}
