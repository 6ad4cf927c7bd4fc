#!/usr/bin/env node
// The bulk open-data download (README "Bulk open data"): every published ASCOF figure of every council,
// GET /data/measurements.csv and .jsonl?framework=ASCOF from the built server as its own process (no
// compression asked), beside the floor of the same rows read with one raw SQL statement and encoded in
// this process. Prints the median wall time and the server's CPU time of --runs downloads (figures, not a test).
//
//   npm run build && node scripts/bench/open-data.mjs [--runs 5] [--sqlite FILE]
//
// --sqlite reuses a seeded database (seeded when empty; kept); otherwise a scratch one is seeded (reference
// data, the published figures and the demo council: about a minute) and removed after.
// GT_BENCH_SERVER_NODE_ARGS="--cpu-prof --cpu-prof-dir=/tmp/prof" profiles the server.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { arg, db, median } from './harness.mjs';
import { startBenchServer } from './server.mjs';

const RUNS = arg('runs', 5);
const TICK_MS = 1000 / 100; // /proc's clock ticks (USER_HZ) on Linux

/** The process's user + system CPU time so far, in ms (Linux /proc). */
function cpuMs(pid) {
  const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return (Number(fields[11]) + Number(fields[12])) * TICK_MS;
}

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gt-bench-open-data-'));
const file = path.resolve(arg('sqlite', path.join(dir, 'bench.sqlite')));
const databaseUrl = `file:${file}`;

async function seed() {
  const orm = await db.openOrm({ databaseUrl });
  try {
    await db.migrate(orm);
    if ((await orm.em.fork().count(db.Council, {})) > 0) return;
    const t = Date.now();
    await db.seedReference(orm.em.fork());
    await db.seedPublished(orm.em.fork());
    await db.seedDemo(orm.em.fork());
    console.log(`Seeded in ${((Date.now() - t) / 1000).toFixed(0)} s.`);
  } finally {
    await orm.close(true);
  }
}

// The floor: the same rows in one statement, as plain rows, encoded like the route does (CSV cells quoted when
// needed, one JSON object a line). The licence columns are a lookup by source, left out of the floor.
const FLOOR_SQL =
  'select m.id, c.gss_code, c.name as council_name, c.type, c.region, i.framework, coalesce(i.display_code, i.code) as code, ' +
  'i.title, i.unit, m.period, m.period_kind, m.period_start, m.disaggregation, m.value, m.value_status, m.numerator, ' +
  'm.denominator, m.note, m.version, m.updated_at, m.source from measurement m join indicator i on i.id = m.indicator_id ' +
  "join council c on c.id = m.council_id where m.status = 'PUBLISHED' and i.framework = 'ASCOF' order by m.id";
const cell = (v) => {
  if (v === null || v === undefined) return '';
  const s = String(v);
  return /[",\r\n]/.test(s) || /^\s|\s$/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
};
const encoders = {
  csv: (rows) => rows.map((r) => `${Object.values(r).map(cell).join(',')}\r\n`).join(''),
  jsonl: (rows) => rows.map((r) => `${JSON.stringify(r)}\n`).join(''),
};

await seed();
const orm = await db.openOrm({ databaseUrl });
const server = await startBenchServer(databaseUrl, dir);
try {
  const results = [];
  for (const format of ['csv', 'jsonl']) {
    const url = `${server.base}/data/measurements.${format}?framework=ASCOF`;
    const wall = [];
    const cpu = [];
    const floor = [];
    let bytes = 0;
    let count = 0;
    for (let r = 0; r < RUNS + 1; r++) {
      const cpu0 = cpuMs(server.child.pid);
      const t0 = performance.now();
      const res = await fetch(url, { headers: { 'accept-encoding': 'identity' } });
      if (res.status !== 200) throw new Error(`${url}: ${res.status} ${await res.text()}`);
      const body = await res.text();
      const ms = performance.now() - t0;
      const used = cpuMs(server.child.pid) - cpu0;
      bytes = body.length;
      count = Number(res.headers.get('x-total-count'));
      const f0 = performance.now();
      const rows = await orm.em.fork().getConnection().execute(FLOOR_SQL);
      encoders[format](rows);
      const floorMs = performance.now() - f0;
      if (r === 0) continue; // the first run warms both up
      wall.push(ms);
      cpu.push(used);
      floor.push(floorMs);
    }
    results.push({ format, count, bytes, wall: median(wall), cpu: median(cpu), floor: median(floor) });
  }
  console.log(`\nAll ASCOF figures of every council, median of ${RUNS} downloads (no compression):`);
  console.log('format   rows      MB   wall ms  server CPU ms  floor ms  wall/floor  CPU/floor');
  for (const r of results) {
    console.log(
      `${r.format.padEnd(6)} ${String(r.count).padStart(6)} ${(r.bytes / 1e6).toFixed(1).padStart(7)} ${r.wall.toFixed(0).padStart(9)} ` +
        `${r.cpu.toFixed(0).padStart(14)} ${r.floor.toFixed(0).padStart(9)} ${(r.wall / r.floor).toFixed(2).padStart(10)}x ` +
        `${(r.cpu / r.floor).toFixed(2).padStart(9)}x`,
    );
  }
} finally {
  server.stop();
  await orm.close(true);
  if (!process.argv.includes('--sqlite')) fs.rmSync(dir, { recursive: true, force: true });
}
