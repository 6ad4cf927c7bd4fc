/**
 * Published answers kept (issue 19, item 3): the data of successful query answers for viewers who
 * see published data only (anonymous callers, partners' API keys), kept by one server process under
 * the data version they were computed at (readDataVersion in @goldenthread/db: one number database
 * triggers raise after every committed change, whoever writes: this server, another process, the
 * CLI, raw SQL).
 *
 * A request reads the version first (one statement). A newer version than the cache knows drops
 * everything kept (it was computed at an older one); a request that read an older one (it raced a
 * commit) neither reads nor keeps. Entries are weighed in bytes (twice their JSON: the text sent and
 * the data behind it) and the least recently
 * used go first when the total passes the budget; an answer bigger than the whole budget is not kept.
 * Requests that miss on the same key and version at once share the first one's answer. One instance
 * per server (createServer), never module-level state.
 */

/** The data of one answer (what `data` holds in the response). */
export type AnswerData = Record<string, unknown>;

interface Entry {
  data: AnswerData;
  bytes: number;
}

/** Apollo's encoding of a response with data only (prettyJSONStringify of { data }). */
const responseText = (json: string) => `{"data":${json}}\n`;

export interface AnswerCacheStats {
  /** The data version the kept answers were computed at (-1: none read yet). */
  version: number;
  entries: number;
  bytes: number;
  maxBytes: number;
  hits: number;
  /** Requests that waited for the same answer being computed by another request, and got it. */
  shared: number;
  misses: number;
  stored: number;
  evicted: number;
}

/** A miss being answered: later requests for the same key at the same version wait for it. */
interface Pending {
  answer: Promise<AnswerData | null>;
  settle: (data: AnswerData | null) => void;
}

export class AnswerCache {
  private readonly entries = new Map<string, Entry>();
  private readonly pending = new Map<string, Pending>();
  private version = -1;
  private bytes = 0;
  private readonly figures = { hits: 0, shared: 0, misses: 0, stored: 0, evicted: 0 };
  /** The response text of each kept answer's data, encoded once (see `text`). */
  private readonly texts = new WeakMap<AnswerData, string>();

  /** @param maxBytes the budget, in bytes of the answers' JSON (0 turns the cache off). */
  constructor(readonly maxBytes: number) {}

  get enabled(): boolean {
    return this.maxBytes > 0;
  }

  /**
   * Moves the cache to `version` when it is newer (dropping every answer kept at an older one); true
   * when answers may be read and kept at it (false for a version older than the cache's).
   */
  at(version: number): boolean {
    if (version > this.version) {
      this.entries.clear();
      this.bytes = 0;
      this.version = version;
    }
    return version === this.version;
  }

  /** The kept answer of `key` at the cache's version (most recently used from now on). */
  get(key: string): AnswerData | undefined {
    const hit = this.entries.get(key);
    if (!hit) return undefined;
    this.entries.delete(key);
    this.entries.set(key, hit);
    this.figures.hits++;
    return hit.data;
  }

  /**
   * The answer another request is computing for `key` at `version`, or null after registering this
   * request as the one computing it (it must call settle, whatever happens). Waiters give up after
   * `waitMs` and compute their own.
   */
  join(key: string, version: number, waitMs: number): Promise<AnswerData | null> | null {
    const id = `${version}\u0000${key}`;
    const running = this.pending.get(id);
    if (running) {
      let timer: NodeJS.Timeout | undefined;
      const gaveUp = new Promise<null>((resolve) => {
        timer = setTimeout(() => resolve(null), waitMs);
      });
      return Promise.race([running.answer, gaveUp]).then((data) => {
        clearTimeout(timer);
        if (data) this.figures.shared++;
        else this.figures.misses++;
        return data;
      });
    }
    this.figures.misses++;
    let settle!: (data: AnswerData | null) => void;
    const answer = new Promise<AnswerData | null>((resolve) => {
      settle = resolve;
    });
    this.pending.set(id, { answer, settle });
    return null;
  }

  /**
   * Ends the computation of `key` registered by join: keeps `data` (null: an answer that must not be
   * kept, such as an error) when it was computed at the cache's version, and hands it to the waiters.
   */
  settle(key: string, version: number, data: AnswerData | null): void {
    const id = `${version}\u0000${key}`;
    const running = this.pending.get(id);
    if (running) {
      this.pending.delete(id);
      running.settle(data);
    }
    if (!data || version !== this.version) return;
    const json = JSON.stringify(data);
    // The text sent and the data behind it: about twice the JSON.
    const bytes = key.length + 2 * json.length;
    if (bytes > this.maxBytes) return;
    const old = this.entries.get(key);
    if (old) {
      this.entries.delete(key);
      this.bytes -= old.bytes;
    }
    this.entries.set(key, { data, bytes });
    this.texts.set(data, responseText(json));
    this.bytes += bytes;
    this.figures.stored++;
    for (const [k, entry] of this.entries) {
      if (this.bytes <= this.maxBytes) break;
      this.entries.delete(k);
      this.bytes -= entry.bytes;
      this.figures.evicted++;
    }
  }

  /**
   * The response text of a kept answer's data, as Apollo would encode `{ data }`: a kept answer is
   * encoded once, not on every request (the server's stringifyResult). Undefined for any other data.
   */
  text(data: unknown): string | undefined {
    return data && typeof data === 'object' ? this.texts.get(data as AnswerData) : undefined;
  }

  stats(): AnswerCacheStats {
    return { version: this.version, entries: this.entries.size, bytes: this.bytes, maxBytes: this.maxBytes, ...this.figures };
  }
}
