// first-load.mjs --why: what one Lighthouse run's largest contentful paint waited for.
//   - the LCP element as the trace saw it: the last main-frame largestContentfulPaint::Candidate event (its type, its
//     size in px², when it painted in the unthrottled load, its DOM node name when chromium records it), and the element
//     Lighthouse's TraceElements gatherer found for it (none when the gatherer could not resolve the node);
//   - the longest chain of the simulated load Lighthouse's LCP is computed from (Lantern's pessimistic graph of
//     everything that started before the observed LCP): from the last node to finish, back through the dependency
//     that finished last, listing each request with its simulated start and end and the main-thread time between.
import { LanternLargestContentfulPaint } from 'lighthouse/core/computed/metrics/lantern-largest-contentful-paint.js';

const ms = (t) => `${Math.round(t)} ms`;
const shortUrl = (url) => {
  const u = new URL(url);
  return `${u.pathname.replace(/^\/assets\//, '')}${u.search ? '?…' : ''}`;
};

/** The LCP element's lines: the trace's last candidate and the element Lighthouse resolved, if any. */
function lcpElement(artifacts, lhr) {
  const events = artifacts.Trace.traceEvents;
  const navStart = events.find((e) => e.name === 'navigationStart' && e.args?.data?.isOutermostMainFrame)?.ts ?? null;
  const candidates = events.filter((e) => e.name === 'largestContentfulPaint::Candidate' && e.args?.data?.isOutermostMainFrame !== false);
  const lines = [];
  const last = candidates.at(-1);
  if (last) {
    const d = last.args.data;
    const when = navStart === null ? '' : ` at ${ms((last.ts - navStart) / 1000)} unthrottled`;
    const name = d.nodeName ? ` <${String(d.nodeName).toLowerCase()}>` : '';
    lines.push(`    LCP element: ${d.type}${name} of ${d.size} px²${when} (candidate ${candidates.length} of ${candidates.length})`);
  } else lines.push('    LCP element: no largestContentfulPaint::Candidate event in the trace');
  const found = lhr.audits['largest-contentful-paint-element']?.details?.items?.[0]?.items?.[0]?.node;
  if (found) lines.push(`      Lighthouse's element: ${found.selector ?? ''} ${JSON.stringify(found.snippet ?? found.nodeLabel ?? '')}`);
  else lines.push("      Lighthouse's element: not found (its TraceElements gatherer could not resolve the trace's node)");
  return lines;
}

/** The longest chain of Lantern's pessimistic LCP simulation, walked back from the node that finished last. */
function longestChain(estimate) {
  const timings = estimate.nodeTimings;
  let node = [...timings.entries()].reduce((a, b) => (b[1].endTime > a[1].endTime ? b : a))[0];
  const chain = [];
  while (node) {
    chain.push(node);
    const deps = node.getDependencies().filter((d) => timings.has(d));
    node = deps.length ? deps.reduce((a, b) => (timings.get(b).endTime > timings.get(a).endTime ? b : a)) : null;
  }
  chain.reverse();
  const lines = [];
  let cpu = 0;
  for (const n of chain) {
    const t = timings.get(n);
    if (n.type === 'cpu') {
      cpu += t.endTime - t.startTime;
      continue;
    }
    const r = n.request;
    const cpuBefore = cpu ? ` (after ${ms(cpu)} of main thread)` : '';
    cpu = 0;
    lines.push(
      `      ${ms(t.startTime).padStart(8)} → ${ms(t.endTime).padStart(8)}  ${String(r.resourceType ?? 'Other').padEnd(8)} ` +
        `${(r.transferSize / 1024).toFixed(1).padStart(6)} KB  ${shortUrl(r.url)}${cpuBefore}`,
    );
  }
  if (cpu) lines.push(`      then ${ms(cpu)} of main thread`);
  const requests = chain.filter((n) => n.type === 'network').length;
  return [`    longest chain of the simulated LCP (${requests} requests, ends at ${ms(estimate.timeInMs)}):`, ...lines];
}

/** The --why lines of one run (`result` is what lighthouse() answered). */
export async function explainRun(result) {
  const { artifacts, lhr } = result;
  const lines = lcpElement(artifacts, lhr);
  try {
    const data = {
      trace: artifacts.Trace,
      devtoolsLog: artifacts.DevtoolsLog,
      gatherContext: artifacts.GatherContext,
      settings: artifacts.settings,
      URL: artifacts.URL,
      simulator: null,
    };
    const lantern = await LanternLargestContentfulPaint.request(data, { computedCache: new Map(), settings: artifacts.settings });
    lines.push(...longestChain(lantern.pessimisticEstimate));
  } catch (error) {
    lines.push(`    (the simulated chain could not be computed: ${String(error?.message ?? error)})`);
  }
  return lines.join('\n');
}
