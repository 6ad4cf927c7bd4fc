import { randomBytes, randomUUID, timingSafeEqual } from 'node:crypto';
import { errors as joseErrors, jwtVerify, SignJWT } from 'jose';
import { sha256 } from '@goldenthread/db';

/** How sessions and keys work (README "Signing in"). */
export interface AuthSettings {
  /** HMAC key for access tokens: at least 32 bytes. */
  jwtSecret: Uint8Array;
  /** Access-token lifetime (default 15 minutes). */
  accessTokenSeconds?: number;
  /** Refresh-token lifetime (default 30 days); each refresh issues a new one. */
  refreshTokenDays?: number;
}

export const ISSUER = 'golden-thread';
export const API_KEY_PREFIX = 'gtk_';
export const REFRESH_TOKEN_PREFIX = 'gtr_';

export interface AccessClaims {
  accountId: number;
  personId: number;
  councilId: number;
  admin: boolean;
  email: string;
  /** The refresh-token family: signing out revokes it, and with it every access token it issued. */
  sessionId: string;
}

export function secretBytes(secret: string | Uint8Array): Uint8Array {
  const bytes = typeof secret === 'string' ? new TextEncoder().encode(secret) : secret;
  if (bytes.length < 32) throw new Error('GT_JWT_SECRET must be at least 32 characters long.');
  return bytes;
}

export async function signAccessToken(settings: AuthSettings, claims: AccessClaims): Promise<{ token: string; expiresAt: Date }> {
  const seconds = settings.accessTokenSeconds ?? 900;
  const expiresAt = new Date(Date.now() + seconds * 1000);
  const token = await new SignJWT({
    pid: claims.personId,
    cid: claims.councilId,
    adm: claims.admin,
    eml: claims.email,
    sid: claims.sessionId,
  })
    .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
    .setSubject(String(claims.accountId))
    .setIssuer(ISSUER)
    .setAudience(ISSUER)
    .setIssuedAt()
    .setJti(randomUUID())
    .setExpirationTime(Math.floor(expiresAt.getTime() / 1000))
    .sign(settings.jwtSecret);
  return { token, expiresAt };
}

/** Leeway for clocks of several server processes (exp, iat). */
const CLOCK_TOLERANCE_SECONDS = 5;

export type VerifyResult = { ok: true; claims: AccessClaims } | { ok: false; reason: 'expired' | 'invalid' };

/** Tokens already verified, per settings (secret): each request of a session brings the same token again. */
const verifiedTokens = new WeakMap<AuthSettings, Map<string, { claims: AccessClaims; iat: number; exp: number }>>();
/** How many verified tokens are kept per settings (the oldest go first): a token is 15 minutes' worth of one session. */
const VERIFIED_TOKENS_KEPT = 10_000;

/**
 * An access token's claims if its signature, issuer, audience and times hold. A token verified before is
 * not verified again (HMAC through WebCrypto costs more than the rest of a small request): its times are
 * checked again on every use, exactly as jwtVerify checks them, so it expires at the same second.
 */
export async function verifyAccessToken(settings: AuthSettings, token: string): Promise<VerifyResult> {
  let kept = verifiedTokens.get(settings);
  const seen = kept?.get(token);
  if (seen) {
    const now = Math.floor(Date.now() / 1000);
    const seconds = settings.accessTokenSeconds ?? 900;
    if (now >= seen.exp + CLOCK_TOLERANCE_SECONDS) return { ok: false, reason: 'expired' };
    if (now - seen.iat > seconds + CLOCK_TOLERANCE_SECONDS) return { ok: false, reason: 'expired' };
    return { ok: true, claims: seen.claims };
  }
  const result = await verifySigned(settings, token);
  if (result.ok) {
    if (!kept) {
      kept = new Map();
      verifiedTokens.set(settings, kept);
    }
    if (kept.size >= VERIFIED_TOKENS_KEPT) kept.delete(kept.keys().next().value!);
    kept.set(token, result);
    return { ok: true, claims: result.claims };
  }
  return result;
}

async function verifySigned(
  settings: AuthSettings,
  token: string,
): Promise<{ ok: true; claims: AccessClaims; iat: number; exp: number } | { ok: false; reason: 'expired' | 'invalid' }> {
  try {
    // Every claim we rely on must be there: a token without an expiry (or an issue time) would be
    // good for ever if the secret signed it. maxTokenAge refuses an iat older than the lifetime or
    // in the future; exp - iat may not exceed the lifetime either, so no token outlives 15 minutes.
    const seconds = settings.accessTokenSeconds ?? 900;
    const { payload } = await jwtVerify(token, settings.jwtSecret, {
      issuer: ISSUER,
      audience: ISSUER,
      algorithms: ['HS256'],
      requiredClaims: ['exp', 'iat', 'sub', 'sid'],
      maxTokenAge: seconds,
      clockTolerance: CLOCK_TOLERANCE_SECONDS,
    });
    if (payload.exp! - payload.iat! > seconds) return { ok: false, reason: 'invalid' };
    const accountId = Number(payload.sub);
    if (
      !Number.isInteger(accountId) ||
      typeof payload.sid !== 'string' ||
      typeof payload.pid !== 'number' ||
      typeof payload.cid !== 'number'
    )
      return { ok: false, reason: 'invalid' };
    return {
      ok: true,
      iat: payload.iat!,
      exp: payload.exp!,
      claims: {
        accountId,
        personId: payload.pid,
        councilId: payload.cid,
        admin: payload.adm === true,
        email: String(payload.eml ?? ''),
        sessionId: payload.sid,
      },
    };
  } catch (error) {
    return { ok: false, reason: error instanceof joseErrors.JWTExpired ? 'expired' : 'invalid' };
  }
}

function random(bytes: number): string {
  return randomBytes(bytes).toString('base64url');
}

export function newRefreshToken(): { token: string; hash: string } {
  const token = `${REFRESH_TOKEN_PREFIX}${random(32)}`;
  return { token, hash: sha256(token) };
}

/** `gtk_<prefix>_<secret>`: the prefix identifies the key (lists, logs, rate limits); the whole string is the secret. */
export function newApiKey(): { key: string; prefix: string; hash: string } {
  const prefix = randomBytes(6).toString('hex');
  const key = `${API_KEY_PREFIX}${prefix}_${random(32)}`;
  return { key, prefix, hash: sha256(key) };
}

/** The prefix of a well-formed API key, or null. */
export function apiKeyPrefix(key: string): string | null {
  const m = /^gtk_([0-9a-f]{12})_[A-Za-z0-9_-]{43}$/.exec(key);
  return m ? m[1]! : null;
}

export function sameHash(a: string, b: string): boolean {
  const x = Buffer.from(a, 'hex');
  const y = Buffer.from(b, 'hex');
  return x.length === y.length && timingSafeEqual(x, y);
}
