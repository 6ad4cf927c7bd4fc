import { describe, expect, it } from 'vitest';
import { DerivedCache } from './derived-cache.js';

const value = (label: string, weight = 10) => ({ label, weight });
const weigh = (v: { weight: number }) => v.weight;

describe('DerivedCache', () => {
  it('builds once per key and stamp, and rebuilds when the stamp moves', async () => {
    const cache = new DerivedCache(100);
    let calls = 0;
    const build = (label: string) => async () => {
      calls++;
      return value(label);
    };
    expect((await cache.get('a', 1, build('a@1'), weigh)).label).toBe('a@1');
    expect((await cache.get('a', 1, build('again'), weigh)).label).toBe('a@1');
    expect(calls).toBe(1);
    expect((await cache.get('a', 2, build('a@2'), weigh)).label).toBe('a@2');
    expect(calls).toBe(2);
    expect(cache.stats()).toEqual({ entries: 1, weight: 10, hits: 1, builds: 2 });
  });

  it('shares one build between lookups arriving together', async () => {
    const cache = new DerivedCache(100);
    let calls = 0;
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    const build = async () => {
      calls++;
      await gate;
      return value('slow');
    };
    const all = Promise.all([cache.get('k', 7, build, weigh), cache.get('k', 7, build, weigh), cache.get('k', 7, build, weigh)]);
    release();
    const got = await all;
    expect(calls).toBe(1);
    expect(got.map((g) => g.label)).toEqual(['slow', 'slow', 'slow']);
  });

  it('does not keep a failed build', async () => {
    const cache = new DerivedCache(100);
    await expect(cache.get('k', 1, async () => Promise.reject(new Error('database went away')), weigh)).rejects.toThrow(
      'database went away',
    );
    expect(cache.stats().entries).toBe(0);
    expect((await cache.get('k', 1, async () => value('ok'), weigh)).label).toBe('ok');
  });

  it('drops the least recently used entries past its budget, and never keeps one bigger than the budget', async () => {
    const cache = new DerivedCache(30);
    await cache.get('a', 1, async () => value('a'), weigh);
    await cache.get('b', 1, async () => value('b'), weigh);
    await cache.get('c', 1, async () => value('c'), weigh);
    await cache.get('a', 1, async () => value('a rebuilt'), weigh); // a is now the most recent
    await cache.get('d', 1, async () => value('d'), weigh); // b goes
    expect(cache.stats()).toMatchObject({ entries: 3, weight: 30 });
    expect((await cache.get('b', 1, async () => value('b rebuilt'), weigh)).label).toBe('b rebuilt');
    expect((await cache.get('a', 1, async () => value('a rebuilt'), weigh)).label).toBe('a');
    const huge = await cache.get('huge', 1, async () => value('huge', 31), weigh);
    expect(huge.label).toBe('huge');
    expect(cache.stats().weight).toBeLessThanOrEqual(30);
    expect((await cache.get('huge', 1, async () => value('huge again', 31), weigh)).label).toBe('huge again');
  });

  it('with a budget of 0 builds every time and keeps nothing', async () => {
    const cache = new DerivedCache(0);
    let calls = 0;
    const build = async () => {
      calls++;
      return value('a');
    };
    await cache.get('a', 1, build, weigh);
    await cache.get('a', 1, build, weigh);
    expect(calls).toBe(2);
    expect(cache.stats()).toEqual({ entries: 0, weight: 0, hits: 0, builds: 0 });
  });
});
