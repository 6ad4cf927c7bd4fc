/**
 * Failed sign-ins, counted in memory per account (e-mail) and per client address over a sliding
 * window. Past the limit, sign-in is refused (even with the right password) until the window has
 * moved on: the caller is told how long to wait. In memory on purpose: the embedded default needs
 * no Redis; behind several server processes each counts its own (README "Limits").
 */
export interface ThrottleSettings {
  windowSeconds: number;
  perAccount: number;
  perAddress: number;
}

export const DEFAULT_THROTTLE: ThrottleSettings = { windowSeconds: 15 * 60, perAccount: 5, perAddress: 20 };

export class SignInThrottle {
  private readonly failures = new Map<string, number[]>();

  constructor(readonly settings: ThrottleSettings = DEFAULT_THROTTLE) {}

  private recent(key: string, now: number): number[] {
    const since = now - this.settings.windowSeconds * 1000;
    const list = (this.failures.get(key) ?? []).filter((t) => t > since);
    if (list.length) this.failures.set(key, list);
    else this.failures.delete(key);
    return list;
  }

  /** Seconds to wait before the next attempt, or 0 when one is allowed now. */
  retryAfter(email: string, address: string, now = Date.now()): { seconds: number; scope: 'account' | 'address' } | null {
    const account = this.recent(`a:${email}`, now);
    if (account.length >= this.settings.perAccount) return { seconds: Math.ceil((account[0]! + this.settings.windowSeconds * 1000 - now) / 1000), scope: 'account' };
    const ip = this.recent(`i:${address}`, now);
    if (ip.length >= this.settings.perAddress) return { seconds: Math.ceil((ip[0]! + this.settings.windowSeconds * 1000 - now) / 1000), scope: 'address' };
    return null;
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
