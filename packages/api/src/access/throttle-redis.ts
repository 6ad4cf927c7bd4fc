/**
 * The sign-in throttle shared by every server process, in Redis (REDIS_URL): the same rule as
 * SignInThrottle (README "Limits"), each account's and each address's attempts a sorted set of their
 * times. One Lua script drops what left the window, checks both limits and takes the slot in both sets,
 * atomically for all processes: attempts sent at once to different processes get no more passwords
 * checked than the limit. A slot is a failure until released (the right password); an attempt whose
 * process dies stays counted as a failure, the safe side.
 */
import { randomUUID } from 'node:crypto';
import { secondsUntilFree, type SignInThrottleStore, type ThrottleSettings, type ThrottleSlot } from './throttle.js';

/** The part of an ioredis client this needs (so the API does not depend on ioredis). */
export interface RedisEval {
  eval(script: string, numKeys: number, ...args: Array<string | number>): Promise<unknown>;
  del(...keys: string[]): Promise<unknown>;
}

const BEGIN = `
local now = tonumber(ARGV[1])
local window = tonumber(ARGV[2])
local limits = { tonumber(ARGV[3]), tonumber(ARGV[4]) }
for i = 1, 2 do redis.call('ZREMRANGEBYSCORE', KEYS[i], '-inf', now - window) end
for i = 1, 2 do
  if redis.call('ZCARD', KEYS[i]) >= limits[i] then
    local oldest = redis.call('ZRANGE', KEYS[i], 0, 0, 'WITHSCORES')
    return { i, oldest[2] }
  end
end
for i = 1, 2 do
  redis.call('ZADD', KEYS[i], now, ARGV[5])
  redis.call('PEXPIRE', KEYS[i], window)
end
return { 0, '0' }
`;

const RELEASE = `for i = 1, #KEYS do redis.call('ZREM', KEYS[i], ARGV[1]) end return 1`;

export class RedisSignInThrottle implements SignInThrottleStore {
  constructor(
    private readonly redis: RedisEval,
    readonly settings: ThrottleSettings,
    private readonly prefix = 'gt:throttle:',
  ) {}

  private keys(email: string, address: string): [string, string] {
    return [`${this.prefix}a:${email}`, `${this.prefix}i:${address}`];
  }

  async begin(email: string, address: string): Promise<ThrottleSlot> {
    const now = Date.now();
    const keys = this.keys(email, address);
    const member = `${now}:${randomUUID()}`;
    const { windowSeconds, perAccount, perAddress } = this.settings;
    const [which, oldest] = (await this.redis.eval(BEGIN, 2, ...keys, now, windowSeconds * 1000, perAccount, perAddress, member)) as [
      number,
      string,
    ];
    if (which)
      return { refused: { seconds: secondsUntilFree(Number(oldest), windowSeconds, now), scope: which === 1 ? 'account' : 'address' } };
    let done = false;
    return {
      attempt: {
        released: async () => {
          if (done) return;
          done = true;
          await this.redis.eval(RELEASE, 2, ...keys, member);
        },
        // A failure is the slot left in place until it leaves the window.
        failed: () => {
          done = true;
        },
      },
    };
  }

  async succeed(email: string): Promise<void> {
    await this.redis.del(`${this.prefix}a:${email}`);
  }
}
