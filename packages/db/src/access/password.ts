import { createHash } from 'node:crypto';
import { hash, verify } from '@node-rs/argon2';

/** Passwords people choose: at least 10 characters (NCSC guidance favours length over complexity). */
export const PASSWORD_MIN_LENGTH = 10;
export const PASSWORD_MAX_LENGTH = 200;

/** argon2id with the library's defaults (19 MiB, 2 passes: the OWASP baseline); a PHC string. */
export function hashPassword(password: string): Promise<string> {
  return hash(password);
}

/** A fixed hash verified when no account matches, so a wrong e-mail takes as long as a wrong password. */
let dummy: Promise<string> | undefined;

export async function verifyPassword(passwordHash: string | null, password: string): Promise<boolean> {
  if (!passwordHash) {
    dummy ??= hash('not-a-real-password-0000');
    await verify(await dummy, password).catch(() => false);
    return false;
  }
  return verify(passwordHash, password).catch(() => false);
}

/** Hex SHA-256, for high-entropy secrets (refresh tokens, API keys) that need no slow hash. */
export function sha256(secret: string): string {
  return createHash('sha256').update(secret).digest('hex');
}
