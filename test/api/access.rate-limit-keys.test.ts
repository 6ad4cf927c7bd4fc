import { randomBytes } from 'node:crypto';
import { afterEach, describe, expect, it } from 'vitest';
import { dialects, errorCode, startTestServer, type GqlResult, type TestServer } from '../testkit/index.js';

const VIEWER = `{ viewer { kind } }`;
const RATE = { perKey: 5, perAddress: 10, windowMs: 60_000 };

/** A key of the right shape that was never issued. */
function forgedKey(prefix = randomBytes(6).toString('hex')): string {
  return `gtk_${prefix}_${randomBytes(32).toString('base64url')}`;
}

/** Sends the requests in batches of 50 at once; the answers in order. */
async function send(n: number, request: (i: number) => Promise<GqlResult>): Promise<GqlResult[]> {
  const results: GqlResult[] = [];
  for (let from = 0; from < n; from += 50)
    results.push(...(await Promise.all(Array.from({ length: Math.min(50, n - from) }, (_, i) => request(from + i)))));
  return results;
}

// A request is counted against its API key only once the key has been verified; anything else
// (no key, a person's token, a key that does not verify) counts against the client address.
describe.each(dialects())('rate-limit buckets keyed by verified credentials on %s', (dialect) => {
  let server: TestServer | undefined;
  afterEach(async () => {
    await server?.close();
    server = undefined;
  });

  /** A fresh server with small limits and one real API key (3 requests of the address used). */
  async function withKey(): Promise<{ server: TestServer; key: string; prefix: string }> {
    server = await startTestServer(dialect, { rateLimit: RATE });
    const admin = await server.adminOf('E10000029');
    const councilId = (await admin.gql(`{ council(gssCode: "E10000029") { id } }`)).data.council.id;
    const made = await admin.gql(`mutation($input: CreateApiKeyInput!) { createApiKey(input: $input) { secret apiKey { prefix } } }`, {
      input: { councilId, name: 'Partner' },
    });
    expect(made.errors).toBeUndefined();
    return { server, key: made.data.createApiKey.secret, prefix: made.data.createApiKey.apiKey.prefix };
  }

  it("600 forged requests carrying a real key's prefix do not put the real key on 429", async () => {
    const { server, key, prefix } = await withKey();
    const forged = await send(600, () => server.gql(VIEWER, undefined, { 'x-api-key': forgedKey(prefix) }));
    // Each is refused: 401 while the address has allowance left, then 429 (they count against it).
    expect(forged.every((r) => r.status === 401 || r.status === 429)).toBe(true);
    expect(forged.filter((r) => r.status === 401).length).toBeLessThanOrEqual(RATE.perAddress);
    expect(forged.filter((r) => r.status === 429).length).toBeGreaterThanOrEqual(600 - RATE.perAddress);
    for (const r of forged.filter((x) => x.status === 401)) expect(errorCode(r)).toBe('UNAUTHENTICATED');
    // The real partner still gets its whole allowance.
    for (let i = 0; i < RATE.perKey; i++) {
      const real = await server.gql(VIEWER, undefined, { 'x-api-key': key });
      expect(real.status).toBe(200);
      expect(real.data.viewer.kind).toBe('PARTNER');
    }
    const also = await server.gql(VIEWER, undefined, { authorization: `Bearer ${forgedKey(prefix)}` });
    expect(also.status).toBe(429);
  });

  it('forged keys with random prefixes are limited by the address bucket', async () => {
    server = await startTestServer(dialect, { rateLimit: RATE });
    const results = await send(40, (i) =>
      server!.gql(VIEWER, undefined, i % 2 ? { 'x-api-key': forgedKey() } : { authorization: `Bearer ${forgedKey()}` }),
    );
    expect(results.filter((r) => r.status === 401).length).toBe(RATE.perAddress);
    const refused = results.filter((r) => r.status === 429);
    expect(refused.length).toBe(40 - RATE.perAddress);
    for (const r of refused) {
      expect(errorCode(r)).toBe('TOO_MANY_REQUESTS');
      expect(Number(r.headers.get('retry-after'))).toBeGreaterThan(0);
      expect(r.errors![0]!.message).toMatch(/Too many requests: at most 10 every 60 seconds/);
    }
    // The address is spent for anonymous callers too.
    expect((await server.gql(VIEWER)).status).toBe(429);
  });

  it('a real key has its own allowance, and its use does not spend the address', async () => {
    const { server, key } = await withKey();
    const keyed = await send(RATE.perKey + 3, () => server.gql(VIEWER, undefined, { 'x-api-key': key }));
    expect(keyed.filter((r) => r.status === 200).length).toBe(RATE.perKey);
    const over = keyed.filter((r) => r.status === 429);
    expect(over.length).toBe(3);
    expect(errorCode(over[0]!)).toBe('TOO_MANY_REQUESTS');
    expect(Number(over[0]!.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(over[0]!.errors![0]!.message).toMatch(/at most 5 every 60 seconds/);
    // The address has used 3 of its 10 (signing in, the council's id, creating the key): 7 left.
    const anonymous = await send(8, () => server.gql(VIEWER));
    expect(anonymous.filter((r) => r.status === 200).length).toBe(RATE.perAddress - 3);
    expect(anonymous.at(-1)!.status).toBe(429);
  });
});
