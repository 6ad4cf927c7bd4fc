// The report-pack benchmarks' timing (reports.mjs: the demo council's scrutiny pack; reports-scale.mjs:
// the 20,000-person scale council's executive pack). For each format: one first request (cold), then
// `runs` more over HTTP, timed to the last byte; beside them the floor: the same pack's data (as the
// server gathered it, from an issued pack's .json) rendered to that format in this process, without
// reading the database or HTTP. Prints first, median and slowest, the floor's median and the target.
import path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const requireFromServer = createRequire(path.join(root, 'apps/server/package.json'));
const reports = await import(requireFromServer.resolve('@goldenthread/reports'));

export const FORMATS = ['html', 'pdf', 'docx', 'xlsx'];
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const fmt = (ms) => `${(ms / 1000).toFixed(2).padStart(6)} s`;

/** The pack's data as the server gathers it: issued once, its stored .json read back. */
async function packData(base, headers, audience, gss, period) {
  const res = await fetch(`${base}/reports/${audience}/${gss}/${period}/issue`, { method: 'POST', headers });
  const issued = await res.json();
  if (res.status !== 201) throw new Error(`issue: HTTP ${res.status} ${JSON.stringify(issued).slice(0, 300)}`);
  const json = issued.files.find((f) => f.format === 'json');
  return (await fetch(`${base}${json.url}`, { headers })).json();
}

/** Times the pack in every format over HTTP and its floor; prints the table; answers how many formats missed the target. */
export async function timePack({ base, headers, issueHeaders = headers, audience, gss, period, runs, targetMs, title }) {
  const fetchPack = async (format) => {
    const started = performance.now();
    const res = await fetch(`${base}/reports/${audience}/${gss}/${period}.${format}`, { headers });
    const body = new Uint8Array(await res.arrayBuffer());
    if (res.status !== 200) throw new Error(`${format}: HTTP ${res.status} ${new TextDecoder().decode(body).slice(0, 300)}`);
    return { ms: performance.now() - started, bytes: body.length };
  };
  const renderOnce = async (data, format) => {
    const started = performance.now();
    await reports.renderReport(data, format);
    return performance.now() - started;
  };

  console.log(`\n${title}, over HTTP (${runs} runs after the first; target under ${targetMs / 1000} s):\n`);
  console.log('format      first   median  slowest     size   floor: render only (median)  target');
  let failed = 0;
  const rows = new Map();
  for (const format of FORMATS) {
    const first = await fetchPack(format);
    const times = [];
    for (let i = 0; i < runs; i++) times.push((await fetchPack(format)).ms);
    const med = median(times);
    const ok = med < targetMs;
    if (!ok) failed++;
    const size = `${Math.round(first.bytes / 1024)} KB`.padStart(8);
    const line = `${format.padEnd(6)} ${fmt(first.ms)} ${fmt(med)} ${fmt(Math.max(...times))} ${size}`;
    rows.set(format, { line, ok });
  }
  // The floor after the HTTP runs, so the server is idle while this process renders.
  const data = await packData(base, issueHeaders, audience, gss, period);
  for (const format of FORMATS) {
    await renderOnce(data, format);
    const times = [];
    for (let i = 0; i < runs; i++) times.push(await renderOnce(data, format));
    const { line, ok } = rows.get(format);
    console.log(`${line}   ${fmt(median(times))}                 ${ok ? 'met' : 'MISSED'}`);
  }
  console.log(failed ? `\n${failed} of ${FORMATS.length} formats missed the target (median).` : '\nEvery format met the target (median).');
  return failed;
}
