/**
 * A server's cache of data derived from the database that is costly to build (the scheme of
 * delegation of a council with its findings and accountability tree: ~0.3 s for 20,000 people).
 *
 * Every entry carries the change stamp it was built at (readChangeStamp in @goldenthread/db: a
 * per-council counter that database triggers bump on every write to the tables the data comes from,
 * whoever writes: this server, another one, the CLI, raw SQL). A lookup with a different stamp
 * rebuilds, so an entry is never served after a change. Entries are weighed (roughly, in rows) and
 * the least recently used go first when the total passes the budget. Concurrent lookups of the same
 * key and stamp share one build. One instance per server (createServer), never module-level state.
 */
interface Entry {
  stamp: number;
  value: Promise<unknown>;
  weight: number;
}

export interface DerivedCacheStats {
  entries: number;
  weight: number;
  hits: number;
  builds: number;
}

export class DerivedCache {
  private readonly entries = new Map<string, Entry>();
  private weight = 0;
  private hits = 0;
  private builds = 0;

  /** @param maxWeight the budget, in the units `weigh` returns (0 turns the cache off). */
  constructor(private readonly maxWeight: number) {}

  /**
   * The value for `key` built at `stamp`: from the cache, or from `build` (then kept, weighed by
   * `weigh`). A failed build is not kept.
   */
  async get<T>(key: string, stamp: number, build: () => Promise<T>, weigh: (value: T) => number): Promise<T> {
    if (this.maxWeight <= 0) return build();
    const hit = this.entries.get(key);
    if (hit && hit.stamp === stamp) {
      this.entries.delete(key);
      this.entries.set(key, hit);
      this.hits++;
      return hit.value as Promise<T>;
    }
    if (hit) this.remove(key, hit);
    this.builds++;
    const entry: Entry = { stamp, value: build(), weight: 0 };
    this.entries.set(key, entry);
    let value: T;
    try {
      value = (await entry.value) as T;
    } catch (error) {
      if (this.entries.get(key) === entry) this.entries.delete(key);
      throw error;
    }
    if (this.entries.get(key) === entry) {
      entry.weight = Math.max(1, weigh(value));
      this.weight += entry.weight;
      this.evict(key);
    }
    return value;
  }

  stats(): DerivedCacheStats {
    return { entries: this.entries.size, weight: this.weight, hits: this.hits, builds: this.builds };
  }

  private remove(key: string, entry: Entry): void {
    this.entries.delete(key);
    this.weight -= entry.weight;
  }

  /** Least recently used first, until within budget; an entry bigger than the whole budget is not kept. */
  private evict(newest: string): void {
    for (const [key, entry] of [...this.entries]) {
      if (this.weight <= this.maxWeight) return;
      if (key !== newest) this.remove(key, entry);
    }
    const entry = this.entries.get(newest);
    if (this.weight > this.maxWeight && entry) this.remove(newest, entry);
  }
}
