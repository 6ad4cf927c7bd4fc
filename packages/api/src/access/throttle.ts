/**
 * Failed sign-ins, counted in memory per account (e-mail) and per client address over a sliding
 * window. An attempt is counted before its password is checked (an attempt in flight counts as a
 * failure until it succeeds), so attempts sent at once get no more passwords checked than the
 * limit. Past the limit, sign-in is refused (even with the right password) until the window has
 * moved on: the caller is told how long to wait. In memory here: the embedded default needs no Redis;
 * several server processes share one count through RedisSignInThrottle (throttle-redis.ts).
 */
export interface ThrottleSettings {
  windowSeconds: number;
  perAccount: number;
  perAddress: number;
}

export const DEFAULT_THROTTLE: ThrottleSettings = { windowSeconds: 15 * 60, perAccount: 5, perAddress: 20 };

/** A sign-in attempt holding a slot: a failure unless released because the password was right. */
export interface SignInAttempt {
  /** The password was right: the attempt is not a failure (succeed() then forgets the account's failures). */
  released(): void | Promise<void>;
  /** The attempt failed: it stays counted as a failure for the window. */
  failed(): void | Promise<void>;
}

export type ThrottleRefusal = { seconds: number; scope: 'account' | 'address' };

export type ThrottleSlot = { refused: ThrottleRefusal } | { attempt: SignInAttempt };

/**
 * Where failed sign-ins are counted: this process's memory (SignInThrottle, the embedded default) or a
 * store every server process shares (RedisSignInThrottle, with REDIS_URL). begin() takes the slot
 * atomically with the check, before the password is checked.
 */
export interface SignInThrottleStore {
  readonly settings: ThrottleSettings;
  begin(email: string, address: string): ThrottleSlot | Promise<ThrottleSlot>;
  succeed(email: string): void | Promise<void>;
}

/** Seconds until the oldest counted attempt leaves the window (at least 1). */
export function secondsUntilFree(oldestMs: number, windowSeconds: number, now: number): number {
  return Math.max(1, Math.ceil((oldestMs + windowSeconds * 1000 - now) / 1000));
}

export class SignInThrottle implements SignInThrottleStore {
  private readonly failures = new Map<string, number[]>();
  /** Attempts whose password is being checked: they count as failures until they succeed. */
  private readonly inFlight = new Map<string, number[]>();

  constructor(readonly settings: ThrottleSettings = DEFAULT_THROTTLE) {}

  private recent(key: string, now: number): number[] {
    const since = now - this.settings.windowSeconds * 1000;
    const list = (this.failures.get(key) ?? []).filter((t) => t > since);
    if (list.length) this.failures.set(key, list);
    else this.failures.delete(key);
    return list;
  }

  /** Failures and attempts in flight, oldest first. */
  private counted(key: string, now: number): number[] {
    const pending = this.inFlight.get(key);
    const failed = this.recent(key, now);
    return pending?.length ? [...failed, ...pending].sort((a, b) => a - b) : failed;
  }

  private refusal(key: string, limit: number, now: number): number | null {
    const list = this.counted(key, now);
    if (list.length < limit) return null;
    // The slot frees when the oldest counted attempt leaves the window (one in flight: at the
    // earliest when it started plus the window).
    return secondsUntilFree(list[0]!, this.settings.windowSeconds, now);
  }

  /** Seconds to wait before the next attempt, or null when one is allowed now. */
  retryAfter(email: string, address: string, now = Date.now()): ThrottleRefusal | null {
    const account = this.refusal(`a:${email}`, this.settings.perAccount, now);
    if (account !== null) return { seconds: account, scope: 'account' };
    const ip = this.refusal(`i:${address}`, this.settings.perAddress, now);
    if (ip !== null) return { seconds: ip, scope: 'address' };
    return null;
  }

  /**
   * Takes a slot for an attempt, synchronously (no await between the check and the count), before
   * its password is checked: attempts sent at once cannot all pass the check while the first ones
   * are still hashing. Refused when the account or the address has no slot left.
   */
  begin(email: string, address: string, now = Date.now()): ThrottleSlot {
    const refused = this.retryAfter(email, address, now);
    if (refused) return { refused };
    const keys = [`a:${email}`, `i:${address}`];
    for (const key of keys) this.inFlight.set(key, [...(this.inFlight.get(key) ?? []), now]);
    let done = false;
    const release = () => {
      if (done) return false;
      done = true;
      for (const key of keys) {
        const list = this.inFlight.get(key) ?? [];
        const at = list.indexOf(now);
        if (at >= 0) list.splice(at, 1);
        if (list.length) this.inFlight.set(key, list);
        else this.inFlight.delete(key);
      }
      return true;
    };
    return {
      attempt: {
        released: () => {
          release();
        },
        failed: () => {
          if (release()) this.fail(email, address, now);
        },
      },
    };
  }

  fail(email: string, address: string, now = Date.now()): void {
    for (const key of [`a:${email}`, `i:${address}`]) this.failures.set(key, [...this.recent(key, now), now]);
    if (this.failures.size > 100_000) this.sweep(now);
  }

  succeed(email: string): void {
    this.failures.delete(`a:${email}`);
  }

  private sweep(now: number): void {
    for (const key of [...this.failures.keys()]) this.recent(key, now);
  }
}
