// Frame-time measuring in headless Debian chromium, shared by the web app's benchmarks (web-tree.mjs: the explorer;
// web-cascade.mjs: the priority cascade drawing): the browser, requestAnimationFrame deltas over an interaction, panning
// a chart by dragging, and the figures printed.
import { chromium } from 'playwright-core';

export const CHROMIUM = process.env.GT_CHROMIUM ?? '/usr/bin/chromium';

export function launchChromium() {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--no-first-run',
    ],
  });
}

export const stats = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const q = (p) => s[Math.min(s.length - 1, Math.floor(p * s.length))] ?? NaN;
  return { frames: s.length, p50: q(0.5), p95: q(0.95), max: s[s.length - 1] ?? NaN };
};
export const fmt = (st) =>
  `${st.frames} frames, median ${st.p50.toFixed(1)} ms, p95 ${st.p95.toFixed(1)} ms, worst ${st.max.toFixed(1)} ms`;
export const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/** The frame times (ms between animation frames) while `action` runs on the page. */
export async function recordFrames(page, action) {
  await page.evaluate(() => {
    window.__frames = [];
    let last = performance.now();
    const tick = (now) => {
      window.__frames.push(now - last);
      last = now;
      if (window.__recording) requestAnimationFrame(tick);
    };
    window.__recording = true;
    requestAnimationFrame(tick);
  });
  await action();
  return page.evaluate(() => {
    window.__recording = false;
    return window.__frames.slice(1);
  });
}

/** Drags the chart from its centre `rounds` times, there and back, 30 mouse moves a drag. */
export async function panChart(page, selector, rounds) {
  const chart = await page.locator(selector).boundingBox();
  const cx = chart.x + chart.width / 2;
  const cy = chart.y + chart.height / 2;
  for (let r = 0; r < rounds; r++) {
    await page.mouse.move(cx, cy);
    await page.mouse.down();
    const sign = r % 2 ? -1 : 1;
    for (let i = 1; i <= 30; i++) await page.mouse.move(cx - sign * i * 12, cy - sign * i * 14);
    await page.mouse.up();
  }
}
