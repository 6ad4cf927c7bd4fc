import { afterEach, describe, expect, it, vi } from 'vitest';
import { signAccessToken, verifyAccessToken, type AuthSettings } from './tokens.js';

const claims = { accountId: 7, personId: 11, councilId: 3, admin: false, email: 'a@example.org', sessionId: 'session-1' };
const settings = (): AuthSettings => ({ jwtSecret: new TextEncoder().encode('x'.repeat(40)), accessTokenSeconds: 900 });

describe('verifying access tokens', () => {
  afterEach(() => vi.useRealTimers());

  it('a token verified once is checked against the clock on every use, and expires at the same second', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2026-12-03T12:00:00Z'));
    const s = settings();
    const { token } = await signAccessToken(s, claims);
    await expect(verifyAccessToken(s, token)).resolves.toEqual({ ok: true, claims });
    // Again, within its life: the same claims (from the memo).
    vi.setSystemTime(new Date('2026-12-03T12:14:59Z'));
    await expect(verifyAccessToken(s, token)).resolves.toEqual({ ok: true, claims });
    // 15 minutes and the 5 seconds' clock tolerance later, it has expired, remembered or not.
    vi.setSystemTime(new Date('2026-12-03T12:15:05Z'));
    await expect(verifyAccessToken(s, token)).resolves.toEqual({ ok: false, reason: 'expired' });
    await expect(verifyAccessToken(settings(), token)).resolves.toEqual({ ok: false, reason: 'expired' });
  });

  it('remembers nothing for a token that does not verify, nor across secrets', async () => {
    const s = settings();
    const { token } = await signAccessToken(s, claims);
    const [head, body] = token.split('.');
    const forged = `${head}.${body}.${'A'.repeat(43)}`;
    await expect(verifyAccessToken(s, forged)).resolves.toEqual({ ok: false, reason: 'invalid' });
    await expect(verifyAccessToken(s, forged)).resolves.toEqual({ ok: false, reason: 'invalid' });
    await expect(verifyAccessToken(s, token)).resolves.toMatchObject({ ok: true });
    const other: AuthSettings = { jwtSecret: new TextEncoder().encode('y'.repeat(40)) };
    await expect(verifyAccessToken(other, token)).resolves.toEqual({ ok: false, reason: 'invalid' });
  });
});
