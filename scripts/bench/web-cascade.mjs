#!/usr/bin/env node
// Benchmark (prints figures; not a test): the priority cascade drawing (/councils/<GSS>/priorities) on a generated cascade of
// about 2,000 priorities and objectives, in headless Debian chromium against the real, built server and web app.
// The cascade is the demo's golden thread seeded on a generated organisation of 2,000 services (seedCascadeDemo), grown to
// --size priorities and objectives (default 2,000): services get a service priority under a directorate priority of
// their directorate and an objective delivering it, with milestones, until the cascade has that many. A scratch SQLite
// database and the real server; the benchmark signs in as an officer of the council (who sees drafts too).
//   - frame times (requestAnimationFrame deltas) while panning, while expanding with the keyboard (Down, Right) and
//     paging wide branches in ("+N more"), and while panning with every level open: median, 95th percentile, worst;
//   - each run reloads the page; the figures printed last are the medians over the runs.
// Target: 95th-percentile frame time at most 20 ms (the explorer's, scripts/bench/web-tree.mjs).
// Needs a build (`npm run build`) and /usr/bin/chromium. Usage: node scripts/bench/web-cascade.mjs [--runs 3] [--size 2000]
import fs from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { fmt, launchChromium, median, panChart, recordFrames, stats } from './frames.mjs';
import { benchAccount, startBenchServer } from './server.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const webDist = process.env.GT_BENCH_WEB_DIST ?? path.join(root, 'apps/web/dist');
if (!fs.existsSync(path.join(root, 'apps/server/dist/main.js')) || !fs.existsSync(path.join(webDist, 'index.html'))) {
  console.error('Build first: npm run build');
  process.exit(1);
}
const arg = (name, fallback) => {
  const i = process.argv.indexOf(`--${name}`);
  return i < 0 ? fallback : Number(process.argv[i + 1]);
};
const RUNS = arg('runs', 3);
const SERVICES = arg('services', 2000);
const SIZE = arg('size', 2000);
const db = await import(createRequire(path.join(root, 'apps/server/package.json')).resolve('@goldenthread/db'));

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gt-bench-cascade-'));
const databaseUrl = `file:${path.join(dir, 'bench.sqlite')}`;
let server;
let browser;

/** Adds a service priority and an objective delivering it for services without a plan, until the cascade has SIZE of both. */
async function grow(em, council, period) {
  const have =
    (await em.count(db.Priority, { council: council.id, period })) + (await em.count(db.Objective, { council: council.id, period }));
  const add = Math.max(0, Math.ceil((SIZE - have) / 2));
  const parents = await em.find(db.Priority, { council: council.id, period, level: 'DIRECTORATE', isNonPriority: false });
  const byDirectorate = new Map(parents.map((p) => [p.directorate?.id, p]));
  const planned = new Set((await em.find(db.Objective, { council: council.id, period })).map((o) => o.service.id));
  const services = await em.find(db.Service, { council: council.id }, { orderBy: { id: 'asc' } });
  let added = 0;
  for (const service of services) {
    if (added >= add) break;
    const parent = byDirectorate.get(service.directorate.id) ?? parents[added % parents.length];
    if (planned.has(service.id) || !parent) continue;
    const owner = service.accountableOwner ?? null;
    const priority = em.create(db.Priority, {
      council,
      level: 'SERVICE',
      parent,
      name: `${service.name}: deliver the plan`,
      origin: 'LOCAL',
      period,
      status: 'AGREED',
      isNonPriority: false,
      owner,
      directorate: service.directorate,
      service,
    });
    const objective = em.create(db.Objective, { council, service, name: `${service.name}: service plan ${period}`, owner, period });
    em.create(db.ObjectivePriority, { objective, priority });
    em.create(db.Milestone, { objective, name: 'Plan agreed', due: '2024-06-30', status: 'COMPLETE', completedOn: '2024-06-20' });
    em.create(db.Milestone, { objective, name: 'Mid-year review', due: '2024-10-31', status: added % 5 ? 'COMPLETE' : 'MISSED' });
    added++;
  }
  await em.flush();
}
try {
  console.log(`Seeding a generated organisation of ${SERVICES} services and its golden thread…`);
  const orm = await db.openOrm({ databaseUrl });
  await db.migrate(orm);
  await db.seedReference(orm.em.fork());
  await db.seedOrganisation(orm.em.fork(), { gssCode: db.SCALE_COUNCIL_GSS, people: SERVICES * 4, services: SERVICES, seed: 1 });
  const em = orm.em.fork();
  const council = await em.findOneOrFail(db.Council, { gssCode: db.SCALE_COUNCIL_GSS });
  await db.seedCascadeDemo(em, council);
  const period = db.DEMO_CASCADE_PERIOD;
  await grow(em, council, period);
  const priorities = await em.count(db.Priority, { council: council.id, period });
  const objectives = await em.count(db.Objective, { council: council.id, period });
  const person = await em.findOneOrFail(
    db.Person,
    { council: council.id, kind: 'OFFICER', email: { $ne: null } },
    { orderBy: { id: 'asc' } },
  );
  const password = await benchAccount(db, em, council, person);
  await orm.close();

  server = await startBenchServer(databaseUrl, dir, { webDist });
  browser = await launchChromium();
  const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
  const view = `/councils/${db.SCALE_COUNCIL_GSS}/priorities?period=${period}`;
  await page.goto(`${server.base}/sign-in?next=${encodeURIComponent(view)}`);
  await page.getByLabel('E-mail address').fill(person.email);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Sign in', exact: true }).click();

  const runs = [];
  for (let run = 1; run <= RUNS; run++) {
    if (run > 1) await page.reload();
    await page.getByRole('tree').waitFor({ timeout: 120_000 });
    await page.locator('.cascade-drawing__chart').scrollIntoViewIfNeeded();
    const pan = await recordFrames(page, () => panChart(page, 'svg.tree-chart', 6));
    const expand = await recordFrames(page, async () => {
      await page.locator('svg.tree-chart [role=treeitem]').first().focus();
      for (let i = 0; i < 40; i++) {
        await page.keyboard.press('ArrowDown');
        await page.keyboard.press('ArrowRight');
      }
      // Page wide branches in: Enter on each "+N more" node drawn (25 more a press).
      for (let i = 0; i < 8; i++) {
        // A CSS selector: a role query in the page would compute every element's accessible name in the frames measured.
        const more = page.locator('svg.tree-chart .node--more').first();
        if ((await more.count()) === 0) break;
        await more.focus();
        await page.keyboard.press('Enter');
      }
    });
    await page.getByRole('button', { name: 'Open every level' }).click();
    const laidOut = await page.locator('svg.tree-chart').getAttribute('data-visible-nodes');
    const inDom = await page.locator('svg.tree-chart').getAttribute('data-rendered-nodes');
    const bigPan = await recordFrames(page, () => panChart(page, 'svg.tree-chart', 6));
    const layouts = await page.evaluate(() => performance.getEntriesByName('gt:cascade-layout').map((e) => e.duration));
    const r = { pan: stats(pan), expand: stats(expand), bigPan: stats(bigPan), all: stats([...pan, ...expand, ...bigPan]), laidOut, inDom };
    r.layout = stats(layouts);
    runs.push(r);
    console.log(
      `  run ${run}: panning p95 ${r.pan.p95.toFixed(1)} ms, expanding p95 ${r.expand.p95.toFixed(1)} ms, ` +
        `panning all open (${laidOut} laid out, ${inDom} in the DOM) p95 ${r.bigPan.p95.toFixed(1)} ms, all p95 ${r.all.p95.toFixed(1)} ms`,
    );
  }
  const m = (k) => median(runs.map((r) => r[k].p95)).toFixed(1);
  const last = runs[runs.length - 1];
  console.log(`\nPriority cascade drawing, ${priorities} priorities and ${objectives} objectives (${period}), headless chromium:`);
  console.log(`  panning:                            ${fmt(last.pan)}`);
  console.log(`  expanding with the keyboard:        ${fmt(last.expand)}`);
  console.log(`  panning with every level open:      ${fmt(last.bigPan)} (${last.laidOut} laid out, ${last.inDom} in the DOM)`);
  console.log(`  layout computations:                ${fmt(last.layout).replace('frames', 'layouts')}`);
  console.log(
    `  p95, median of ${RUNS} runs: panning ${m('pan')} ms, expanding ${m('expand')} ms, panning all open ${m('bigPan')} ms, ` +
      `all interaction ${m('all')} ms (target <= 20 ms)`,
  );
} finally {
  await browser?.close();
  server?.stop();
  fs.rmSync(dir, { recursive: true, force: true });
}
