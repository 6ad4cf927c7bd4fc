#!/usr/bin/env node
// Benchmark (prints figures; not a test): the accountability explorer on the 20,000-person scale
// seed (2,000 services in Lancashire, E10000017) in headless Debian chromium, signed in as an
// administrator of the council (the accountability tree a few levels deep, branches on demand).
//   - time from the organisation data arriving to the tree's first render (performance marks
//     gt:tree-data and gt:tree-rendered set by the app), and until all people are loaded;
//   - frame times (requestAnimationFrame deltas) while panning, while expanding with the keyboard,
//     and while panning the expanded tree: median, 95th percentile, worst.
// Targets: first render within 1 s of the data; 95th-percentile frame time at most 20 ms.
// Needs a build (`npm run build`) and /usr/bin/chromium. Usage: node scripts/bench/web-tree.mjs
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { fmt, launchChromium, panChart, recordFrames, stats } from './frames.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const main = path.join(root, 'apps/server/dist/main.js');
if (!fs.existsSync(main) || !fs.existsSync(path.join(root, 'apps/web/dist/index.html'))) {
  console.error('Build first: npm run build');
  process.exit(1);
}
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'gt-bench-web-'));
const env = { ...process.env, GT_DATA_DIR: dataDir, LOG_LEVEL: 'warn', GT_SEED_DEMO: 'false' };

function cli(...args) {
  const r = spawnSync(process.execPath, [main, ...args], { env, stdio: 'inherit' });
  if (r.status !== 0) throw new Error(`${args.join(' ')} failed`);
}
const freePort = () =>
  new Promise((resolve) => {
    const s = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = s.address();
      s.close(() => resolve(port));
    });
  });

let server;
let browser;
try {
  console.log('Seeding a fresh database with the 20,000-person organisation…');
  cli('migrate');
  cli('seed', 'reference');
  cli('seed', 'scale');
  // People and line management are for the council's own staff: the benchmark signs in as one.
  const email = 'bench.admin@lancashire.example';
  const password = 'bench-password-2026';
  cli('account', 'create-admin', '--council', 'E10000017', '--email', email, '--name', 'Bench Administrator', '--password', password);
  const port = await freePort();
  server = spawn(process.execPath, [main, 'serve'], { env: { ...env, PORT: String(port) }, stdio: ['ignore', 'inherit', 'inherit'] });
  const base = `http://127.0.0.1:${port}`;
  for (let i = 0; ; i++) {
    try {
      if ((await fetch(`${base}/healthz`)).ok) break;
    } catch {}
    if (i > 100) throw new Error('the server did not start');
    await new Promise((r) => setTimeout(r, 200));
  }

  browser = await launchChromium();
  const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
  await page.goto(`${base}/sign-in?next=${encodeURIComponent('/councils/E10000017/explorer')}`);
  await page.getByLabel('E-mail address').fill(email);
  await page.getByLabel('Password').fill(password);
  const started = Date.now();
  await page.getByRole('button', { name: 'Sign in', exact: true }).click();
  await page.getByRole('tree').waitFor();
  await page.waitForFunction(() => performance.getEntriesByName('gt:tree-rendered').length > 0);
  const firstRender = await page.evaluate(
    () => performance.getEntriesByName('gt:tree-rendered')[0].startTime - performance.getEntriesByName('gt:tree-data')[0].startTime,
  );
  await page
    .getByText(/20,\d{3} people/)
    .first()
    .waitFor({ timeout: 120_000 });
  const peopleLoaded = (Date.now() - started) / 1000;

  const record = (action) => recordFrames(page, action);
  const pan = (rounds) => panChart(page, 'svg.tree-chart', rounds);

  const panFrames = await record(() => pan(6));
  const branchRequests = [];
  page.on('request', (r) => {
    if ((r.postData() ?? '').includes('"rootId"')) branchRequests.push(r);
  });
  const expandFrames = await record(async () => {
    await page.getByRole('treeitem').first().focus();
    for (let i = 0; i < 60; i++) {
      await page.keyboard.press('ArrowDown');
      await page.keyboard.press('ArrowRight');
    }
  });
  const layoutTimes = await page.evaluate(() => performance.getEntriesByName('gt:layout').map((e) => e.duration));
  await page.getByRole('button', { name: 'Open 4 levels' }).click();
  const visible = await page.locator('svg.tree-chart').getAttribute('data-visible-nodes');
  const rendered = await page.locator('svg.tree-chart').getAttribute('data-rendered-nodes');
  const bigPanFrames = await record(() => pan(6));
  const all = stats([...panFrames, ...expandFrames, ...bigPanFrames]);

  console.log('\nAccountability explorer, Lancashire with 20,000 people and 2,000 services (headless chromium):');
  console.log(`  first render after the organisation data arrived: ${firstRender.toFixed(0)} ms (target <= 1000 ms)`);
  console.log(`  all 20,000 people loaded (500 a page) after:      ${peopleLoaded.toFixed(1)} s from navigation`);
  console.log(`  panning:                            ${fmt(stats(panFrames))}`);
  console.log(`  expanding with the keyboard:        ${fmt(stats(expandFrames))} (${branchRequests.length} branches loaded on demand)`);
  console.log(`  panning with ${visible} nodes laid out (${rendered} in the DOM): ${fmt(stats(bigPanFrames))}`);
  console.log(`  layout computations:                ${fmt(stats(layoutTimes)).replace('frames', 'layouts')}`);
  console.log(`  all interaction frames:             ${fmt(all)} (target p95 <= 20 ms)`);
} finally {
  await browser?.close();
  server?.kill();
  fs.rmSync(dataDir, { recursive: true, force: true });
}
