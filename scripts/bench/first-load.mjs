#!/usr/bin/env node
// Benchmark (prints figures; not a test): the web app's first load, cold, on a phone over slow 4G, measured by
// Lighthouse 12.2.3 (its mobile defaults: simulated throttling of 150 ms round trips, 1.6 Mbit/s down and a CPU 4 times
// slower, a 412 px screen) in headless Debian chromium against the real, built server with the demo data, signed out:
//   - the public landing page (/: Suffolk's public view) and the accountability explorer (/councils/E10000029/explorer);
//   - largest contentful paint, and the JavaScript the page transferred (compressed, as sent; headers included) and
//     what it unpacks to; each run is a fresh browser with an empty cache. The figures printed are medians of the runs.
// Targets (issue 17, "Fast first load"): largest contentful paint at most 2.5 s; at most 200 KB of compressed
// JavaScript for the landing page.
// Needs a build (`npm run build`) and /usr/bin/chromium. Usage: node scripts/bench/first-load.mjs [--runs 3] [--why]
// --why prints, for each run, what Lighthouse's LCP waited for (first-load-why.mjs): the largest contentful paint's
// element (from the trace's largestContentfulPaint::Candidate events) and the longest chain of requests of its
// simulated load.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { explainRun } from './first-load-why.mjs';
import { CHROMIUM } from './frames.mjs';
import { startBenchServer } from './server.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const webDist = process.env.GT_BENCH_WEB_DIST ?? path.join(root, 'apps/web/dist');
if (!fs.existsSync(path.join(root, 'apps/server/dist/main.js')) || !fs.existsSync(path.join(webDist, 'index.html'))) {
  console.error('Build first: npm run build');
  process.exit(1);
}
const runsArg = process.argv.indexOf('--runs');
const RUNS = runsArg < 0 ? 3 : Number(process.argv[runsArg + 1]);
const WHY = process.argv.includes('--why');
const LCP_TARGET_MS = 2500;
const LANDING_JS_TARGET = 200 * 1024;
const PAGES = [
  { name: 'landing page', path: '/', jsTarget: LANDING_JS_TARGET },
  { name: 'explorer', path: '/councils/E10000029/explorer', jsTarget: null },
];

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;

/** One cold Lighthouse run of a page, tried again (up to 3 times) when Lighthouse could not record the load's trace. */
async function measure(url) {
  for (let attempt = 1; ; attempt++) {
    try {
      return await measureOnce(url);
    } catch (error) {
      if (attempt >= 3 || !/NO_NAVSTART|NO_FCP|NO_LCP/.test(String(error))) throw error;
      console.log(`  (${String(error.message)}: again)`);
    }
  }
}

/** One cold Lighthouse run of a page in a browser of its own: LCP and the scripts' bytes. */
async function measureOnce(url) {
  const chrome = await chromeLauncher.launch({
    chromePath: CHROMIUM,
    chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--no-first-run'],
  });
  try {
    const result = await lighthouse(url, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: ['performance'] });
    const { lhr } = result;
    if (lhr.runtimeError) throw new Error(`${url}: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`);
    const scripts = lhr.audits['network-requests'].details.items.filter((r) => r.resourceType === 'Script');
    return {
      why: WHY ? await explainRun(result) : null,
      lcp: lhr.audits['largest-contentful-paint'].numericValue,
      fcp: lhr.audits['first-contentful-paint'].numericValue,
      score: lhr.categories.performance.score,
      scripts: scripts.length,
      transferred: scripts.reduce((sum, r) => sum + r.transferSize, 0),
      unpacked: scripts.reduce((sum, r) => sum + r.resourceSize, 0),
      throttling: lhr.configSettings.throttling,
      lighthouse: lhr.lighthouseVersion,
    };
  } finally {
    await chrome.kill();
  }
}

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gt-bench-first-load-'));
let server;
let failed = false;
try {
  console.log('Starting the built server on a fresh database with the demo council…');
  server = await startBenchServer(`file:${path.join(dir, 'bench.sqlite')}`, dir, { webDist, seedDemo: true });
  // One unmeasured load of each page first: the server's own first answers (its caches, the JIT) are not the network's.
  for (const page of PAGES) await measure(`${server.base}${page.path}`);
  const rows = [];
  for (const page of PAGES) {
    const runs = [];
    for (let i = 0; i < RUNS; i++) {
      const r = await measure(`${server.base}${page.path}`);
      runs.push(r);
      console.log(
        `  ${page.name} run ${i + 1}: LCP ${(r.lcp / 1000).toFixed(2)} s, FCP ${(r.fcp / 1000).toFixed(2)} s, ` +
          `${r.scripts} scripts, ${kb(r.transferred)} compressed (${kb(r.unpacked)} unpacked), score ${Math.round(r.score * 100)}`,
      );
      if (r.why) console.log(r.why);
    }
    rows.push({ page, runs });
  }
  const t = rows[0].runs[0].throttling;
  const mbits = (t.throughputKbps / 1024).toFixed(1);
  console.log(
    `\nLighthouse ${rows[0].runs[0].lighthouse}, mobile, simulated slow 4G (RTT ${t.rttMs} ms, ${mbits} Mbit/s, ` +
      `CPU x${t.cpuSlowdownMultiplier}), cold, median of ${RUNS} runs:`,
  );
  for (const { page, runs } of rows) {
    const lcp = median(runs.map((r) => r.lcp));
    const js = median(runs.map((r) => r.transferred));
    const lcpOk = lcp <= LCP_TARGET_MS;
    const jsOk = page.jsTarget === null || js <= page.jsTarget;
    failed ||= !lcpOk || !jsOk;
    console.log(
      `  ${page.name.padEnd(13)} LCP ${(lcp / 1000).toFixed(2)} s (target <= 2.5 s: ${lcpOk ? 'met' : 'MISSED'}); ` +
        `JS ${kb(js)} compressed, ${kb(median(runs.map((r) => r.unpacked)))} unpacked` +
        (page.jsTarget === null ? '' : ` (target <= ${kb(page.jsTarget)}: ${jsOk ? 'met' : 'MISSED'})`),
    );
  }
} finally {
  server?.stop();
  fs.rmSync(dir, { recursive: true, force: true });
}
process.exitCode = failed ? 1 : 0;
