import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dialects, errorCode, startTestServer, type TestServer } from '../testkit/index.js';

describe.each(dialects())('error responses on %s', (dialect) => {
  let prod: TestServer;
  beforeAll(async () => {
    prod = await startTestServer(dialect, { seed: 'reference', mode: 'production' });
  });
  afterAll(async () => {
    await prod?.close();
  });

  it('carry a code and a human message, and no stack trace, for bad input', async () => {
    const res = await prod.gql(`{ council(gssCode: "nope") { id } }`);
    expect(errorCode(res)).toBe('BAD_USER_INPUT');
    expect(res.errors![0]!.extensions!.stacktrace).toBeUndefined();
    expect(JSON.stringify(res.errors)).not.toMatch(/\.ts:\d+|node_modules/);
  });

  it('answer a malformed query with a parse error code', async () => {
    const res = await prod.gql(`{ councils { totalCount `);
    expect(errorCode(res)).toBe('GRAPHQL_PARSE_FAILED');
    expect(res.errors![0]!.extensions!.stacktrace).toBeUndefined();
  });

  it('mask unexpected failures in production: a generic message, no internals', async () => {
    // Make the database unreachable underneath the running server.
    const counter = await prod.gql(`{ councils { totalCount } }`);
    expect(counter.data.councils.totalCount).toBe(153);
    await prod.orm.close(true);
    const res = await prod.gql(`{ councils { totalCount } }`);
    expect(errorCode(res)).toBe('INTERNAL_SERVER_ERROR');
    expect(res.errors![0]!.message).toMatch(/went wrong on our side/);
    const text = JSON.stringify(res.errors);
    expect(text).not.toMatch(/stack|knex|sqlite|postgres|select /i);
    await prod.orm.reconnect();
  });
});
