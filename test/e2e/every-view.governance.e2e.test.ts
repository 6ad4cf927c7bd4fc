import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { AREAS } from '../../apps/web/src/features/governance/paths.js';
import { startTestServer, type TestServer } from '../testkit/index.js';
import { launchBrowser, webDist } from './browser.js';
import { GSS, lookUpIds, type Ids, type Visit } from './every-view.routes.js';
import { walk } from './every-view.walk.js';

const literal = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Every area of Governance (features/governance/paths.ts), signed out where it is public, and signed in. */
const AREA_VISITS: readonly Visit[] = AREAS.map((a) => ({
  view: 'governance',
  name: `governance-${a.key}`,
  path: () => `/councils/${GSS}/governance/${a.key}`,
  heading: new RegExp(`^${literal(a.label)}$`),
  who: a.members ? ['councillor', 'admin'] : ['anonymous', 'admin'],
}));

// Issue 17 (phones, tablets, accessibility): the every-view test's checks for each area of Governance.
describe('web app: every area of Governance at 1440, 768 and 390 px, in chromium', () => {
  let server: TestServer;
  let browser: Browser;
  let ids: Ids;
  const titles = new Map<string, string>();

  beforeAll(async () => {
    server = await startTestServer('sqlite', { seed: 'demo', webDist });
    browser = await launchBrowser();
    ids = await lookUpIds(server);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  for (const who of ['anonymous', 'councillor', 'admin'] as const) {
    it(`opens every area ${who === 'anonymous' ? 'signed out' : `as the ${who}`}, clean at each width`, async () => {
      const { problems, errors } = await walk({ browser, server, ids }, who, AREA_VISITS, titles);
      expect(problems).toEqual([]);
      expect(errors).toEqual([]);
    }, 240_000);
  }

  it('gives each area a title of its own', () => {
    expect(new Set(titles.values()).size).toBe(AREAS.length);
  });
});
