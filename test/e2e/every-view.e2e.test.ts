import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { startTestServer, type TestServer } from '../testkit/index.js';
import { launchBrowser, webDist } from './browser.js';
import { lookUpIds, tableProblems, VISITS, type Ids } from './every-view.routes.js';
import { walk } from './every-view.walk.js';

// Issue 17 (phones, tablets, accessibility): every view of the app, signed out where it is public and
// signed in as those who may open it, on a desktop, a tablet and a phone, has no WCAG 2.2 AA violation
// axe-core finds, does not scroll sideways, has a title of its own and its main heading.
describe('web app: every view at 1440, 768 and 390 px, in chromium', () => {
  let server: TestServer;
  let browser: Browser;
  let ids: Ids;
  const titles = new Map<string, string>();

  beforeAll(async () => {
    server = await startTestServer('sqlite', { seed: 'demo', publishedData: true, webDist });
    browser = await launchBrowser();
    ids = await lookUpIds(server);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('visits every view of the router (a new view needs a row in every-view.routes.ts)', () => {
    expect(tableProblems()).toEqual([]);
  });

  for (const who of ['anonymous', 'councillor', 'dataOwner', 'admin'] as const) {
    it(`opens every view ${who === 'anonymous' ? 'signed out' : `as the ${who}`}, clean at each width`, async () => {
      const { problems, errors } = await walk({ browser, server, ids }, who, VISITS, titles);
      expect(problems).toEqual([]);
      expect(errors).toEqual([]);
    }, 240_000);
  }

  it('gives each view a title of its own', () => {
    const byTitle = new Map<string, string[]>();
    for (const [name, title] of titles) byTitle.set(title, [...(byTitle.get(title) ?? []), name]);
    expect([...byTitle.values()].filter((names) => names.length > 1)).toEqual([]);
  });
});
