import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serverAudits, type AuditResult } from 'graphql-http';
import { dialects, startTestServer, type TestServer } from '../testkit/index.js';

/** The GraphQL-over-HTTP specification's audit suite (graphql-http), against the live server. */
describe.each(dialects())('GraphQL over HTTP audits on %s', (dialect) => {
  let server: TestServer;
  let results: AuditResult[];
  beforeAll(async () => {
    server = await startTestServer(dialect, { seed: 'reference' });
    const audits = serverAudits({ url: `${server.url}/graphql`, fetchFn: fetch });
    results = [];
    for (const audit of audits) results.push(await audit.fn());
  });
  afterAll(async () => {
    await server?.close();
  });

  it('passes every MUST and SHOULD audit (no errors)', () => {
    const errors = results.filter((r) => r.status === 'error').map((r) => `${r.name}: ${'reason' in r ? r.reason : ''}`);
    expect(errors).toEqual([]);
    expect(results.filter((r) => r.status === 'ok').length).toBeGreaterThan(20);
  });

  it('has no warnings either: legacy application/json clients get 200 for document and variable errors', () => {
    const warnings = results.filter((r) => r.status === 'warn').map((r) => `${r.name}: ${'reason' in r ? r.reason : ''}`);
    expect(warnings).toEqual([]);
  });
});
