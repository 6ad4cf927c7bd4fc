import { createRequire } from 'node:module';
import fs from 'node:fs';
import type { Page } from 'playwright-core';

const require = createRequire(import.meta.url);
/** axe-core's browser build, injected into the page under test. */
const AXE_SOURCE = fs.readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

interface Violation {
  id: string;
  impact: string | null;
  help: string;
  targets: string[];
}

const WCAG21 = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];
/** WCAG 2.2 adds target size (24 by 24 px) at level AA to 2.1's rules. */
const WCAG22 = [...WCAG21, 'wcag22aa'];

/**
 * Runs axe-core (WCAG 2.1 A and AA rules, or 2.2's with `wcag: '2.2'`) on the page as it is now, and gives
 * its violations, each with the elements it found: an empty list is a clean page.
 */
export async function axeViolations(page: Page, options: { include?: string; wcag?: '2.1' | '2.2' } = {}): Promise<Violation[]> {
  // Evaluated through the debugger protocol, so the app's Content-Security-Policy (no inline scripts) does not stop it.
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(AXE_SOURCE);
  const tags = options.wcag === '2.2' ? WCAG22 : WCAG21;
  return page.evaluate(
    async ({ include, tags }) => {
      const axe = (window as unknown as { axe: { run: (ctx: unknown, opts: unknown) => Promise<any> } }).axe;
      const result = await axe.run(include ? { include: [include] } : document, {
        runOnly: { type: 'tag', values: tags },
      });
      return result.violations.map((v: any) => ({
        id: v.id,
        impact: v.impact ?? null,
        help: v.help,
        targets: v.nodes.map((n: any) => String(n.target.join(' '))),
      }));
    },
    { include: options.include ?? null, tags },
  );
}
