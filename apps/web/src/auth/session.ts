/**
 * The signed-in session. The refresh token lives in an HttpOnly cookie the server sets on
 * /auth/sign-in and rotates on /auth/refresh (scripts, this app's included, cannot read it); the access
 * token lives in this tab's memory only and goes as `Authorization: Bearer` on every GraphQL request.
 * It is renewed through /auth/refresh a minute before it expires or when the server answers 401. A new
 * tab (or a reload) restores the session from the cookie before its first request, so a shared link
 * opens signed in. Tabs renew one at a time (a Web Lock), since a refresh token used twice ends the
 * session; signing in or out in one tab is told to the others (BroadcastChannel). Only the fact that
 * this browser has a session, never a token, is kept in localStorage, so that signed-out visitors make
 * no /auth call at all.
 */
export interface Tokens {
  accessToken: string;
  accessTokenExpiresAt: string;
  refreshTokenExpiresAt: string;
}

const HINT_KEY = 'goldenthread.hasSession';
const CHANNEL = 'goldenthread.session';
const LOCK = 'goldenthread.refresh';
/** Renew this long before the access token expires. */
const RENEW_BEFORE_MS = 60_000;
/** The header the server's /auth routes require (a cross-site form cannot send it). */
const SESSION_HEADER = 'x-golden-thread-session';

export class AuthError extends Error {
  constructor(
    message: string,
    readonly code: string,
    /** Seconds to wait, for TOO_MANY_REQUESTS. */
    readonly retryAfter: number | null = null,
  ) {
    super(message);
  }
}

type Listener = () => void;

function local(): Storage | null {
  try {
    return typeof window !== 'undefined' ? window.localStorage : null;
  } catch {
    return null;
  }
}

/** Minutes or seconds in words, for "try again in ...". */
export function waitInWords(seconds: number): string {
  if (seconds < 60) return `${seconds} second${seconds === 1 ? '' : 's'}`;
  const minutes = Math.ceil(seconds / 60);
  return `${minutes} minute${minutes === 1 ? '' : 's'}`;
}

interface AuthAnswer {
  accessToken?: string;
  accessTokenExpiresAt?: string;
  refreshTokenExpiresAt?: string;
  errors?: Array<{ message: string; extensions?: { code?: string; retryAfter?: number } }>;
}

interface CallResult {
  status: number;
  headers: Headers;
  body: AuthAnswer;
}

/** Runs fn holding the browser-wide refresh lock (every tab of this origin), or directly without Web Locks. */
function withLock<T>(fn: () => Promise<T>): Promise<T> {
  const locks = typeof navigator !== 'undefined' ? (navigator as Navigator & { locks?: LockManager }).locks : undefined;
  return locks ? (locks.request(LOCK, fn) as Promise<T>) : fn();
}

export class Session {
  private tokens: Tokens | null = null;
  private listeners = new Set<Listener>();
  private renewing: Promise<boolean> | null = null;
  private timer: ReturnType<typeof setTimeout> | null = null;
  private channel: BroadcastChannel | null = null;
  /** Settles once the session this browser holds (if any) is restored: requests wait for it. */
  ready: Promise<void>;
  /** Bumped on every sign-in and sign-out: the app resets its cache when it changes. */
  generation = 0;

  constructor(
    private readonly base = '',
    private readonly fetchImpl: typeof fetch = (...args) => fetch(...args),
  ) {
    if (typeof window !== 'undefined' && typeof BroadcastChannel !== 'undefined') {
      this.channel = new BroadcastChannel(CHANNEL);
      this.channel.onmessage = (event: MessageEvent) => {
        if (event.data === 'signed-out' && this.tokens) this.set(null, false);
        if (event.data === 'signed-in' && !this.tokens) void this.restore();
      };
    }
    // Before the first request: nothing was sent yet, so nothing needs resetting when it comes back.
    this.ready = local()?.getItem(HINT_KEY) ? this.restore(true) : Promise.resolve();
  }

  get signedIn(): boolean {
    return this.tokens !== null;
  }

  /** False when this browser holds no session at all (no sign-in hint): the viewer is anonymous before any answer. */
  get mayBeSignedIn(): boolean {
    return this.tokens !== null || Boolean(local()?.getItem(HINT_KEY));
  }

  subscribe = (listener: Listener): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  getGeneration = (): number => this.generation;

  /** Takes the session from the cookie (a new tab, a reload, another tab signing in). */
  private async restore(quiet = false): Promise<void> {
    const ok = await this.renew(quiet ? 'quietly' : 'restoring');
    if (!ok && !this.tokens) local()?.removeItem(HINT_KEY);
  }

  private set(tokens: Tokens | null, tell = true): void {
    const was = this.tokens !== null;
    this.tokens = tokens;
    if (tokens) local()?.setItem(HINT_KEY, '1');
    else local()?.removeItem(HINT_KEY);
    if (tell && was !== (tokens !== null)) this.channel?.postMessage(tokens ? 'signed-in' : 'signed-out');
    this.generation++;
    this.schedule();
    for (const l of this.listeners) l();
  }

  private schedule(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    if (!this.tokens || typeof window === 'undefined') return;
    const due = Date.parse(this.tokens.accessTokenExpiresAt) - RENEW_BEFORE_MS - Date.now();
    this.timer = setTimeout(() => void this.renew(), Math.max(due, 1_000));
  }

  private async call(route: 'sign-in' | 'refresh' | 'sign-out', body: Record<string, unknown> = {}): Promise<CallResult> {
    const headers: Record<string, string> = { 'content-type': 'application/json', accept: 'application/json', [SESSION_HEADER]: '1' };
    const res = await this.fetchImpl(`${this.base}/auth/${route}`, {
      method: 'POST',
      headers,
      body: JSON.stringify(body),
      credentials: 'same-origin',
    });
    let answer: AuthAnswer = {};
    try {
      answer = (await res.json()) as AuthAnswer;
    } catch {
      answer = { errors: [{ message: `The server answered ${res.status}.`, extensions: { code: 'INTERNAL_SERVER_ERROR' } }] };
    }
    return { status: res.status, headers: res.headers, body: answer };
  }

  private static tokensOf(body: AuthAnswer): Tokens | null {
    const { accessToken, accessTokenExpiresAt, refreshTokenExpiresAt } = body;
    return accessToken && accessTokenExpiresAt && refreshTokenExpiresAt
      ? { accessToken, accessTokenExpiresAt, refreshTokenExpiresAt }
      : null;
  }

  /** Signs in; throws AuthError with a message a person understands (wrong details, throttled, offline). */
  async signIn(email: string, password: string): Promise<void> {
    let result: CallResult;
    try {
      result = await this.call('sign-in', { email, password });
    } catch {
      throw new AuthError('The server could not be reached. Check your connection and try again.', 'NETWORK');
    }
    const { status, headers, body } = result;
    const tokens = Session.tokensOf(body);
    if (status === 200 && tokens) {
      this.set(tokens);
      return;
    }
    const err = body.errors?.[0];
    const code = err?.extensions?.code ?? (status === 429 ? 'TOO_MANY_REQUESTS' : 'INTERNAL_SERVER_ERROR');
    if (code === 'TOO_MANY_REQUESTS') {
      const header = Number(headers.get('retry-after'));
      const retryAfter = err?.extensions?.retryAfter ?? (Number.isFinite(header) && header > 0 ? header : 900);
      throw new AuthError(
        `Too many failed sign-ins. For your security, signing in is paused: try again in ${waitInWords(retryAfter)}.`,
        code,
        retryAfter,
      );
    }
    if (code === 'UNAUTHENTICATED')
      throw new AuthError('That e-mail address and password do not match an account. Check them and try again.', code);
    if (code === 'BAD_USER_INPUT') throw new AuthError(err?.message ?? 'Enter your e-mail address and password.', code);
    throw new AuthError(err?.message ?? 'Signing in failed. Try again in a moment.', code);
  }

  /**
   * Renews the access token from the cookie (one renewal at a time in this tab, and one at a time
   * across the browser's tabs). False when there is no session (any more).
   */
  renew(restoring: false | 'restoring' | 'quietly' = false): Promise<boolean> {
    if (!this.tokens && !restoring) return Promise.resolve(false);
    if (this.renewing) return this.renewing;
    this.renewing = (async () => {
      try {
        const { status, body } = await withLock(() => this.call('refresh'));
        const tokens = Session.tokensOf(body);
        if (status === 200 && tokens) {
          if (this.tokens || restoring === 'quietly') {
            // Same identity (or nothing asked yet): keep the generation so the app does not reset its cache.
            this.tokens = tokens;
            this.schedule();
          } else {
            this.set(tokens, false);
          }
          return true;
        }
        if (this.tokens) this.set(null);
        return false;
      } catch {
        return false; // offline: keep the tokens and try again on the next request
      } finally {
        this.renewing = null;
      }
    })();
    return this.renewing;
  }

  /** Ends the session on the server (revoking the refresh token and clearing its cookie), in every tab. */
  async signOut(): Promise<void> {
    const had = this.tokens !== null;
    this.set(null);
    if (!had) return;
    try {
      await withLock(() => this.call('sign-out'));
    } catch {
      // Offline: the access token is forgotten here; the session expires on the server.
    }
  }

  /** The access token to send now, renewed first when it is about to expire. */
  async accessToken(): Promise<string | null> {
    await this.ready;
    if (!this.tokens) return null;
    if (Date.parse(this.tokens.accessTokenExpiresAt) - Date.now() < RENEW_BEFORE_MS) await this.renew();
    return this.tokens?.accessToken ?? null;
  }

  /** fetch for Apollo's HttpLink: adds the bearer token; on 401 renews once and retries. */
  fetch: typeof fetch = async (input, init) => {
    const send = async (token: string | null) => {
      const headers = new Headers(init?.headers);
      if (token) headers.set('authorization', `Bearer ${token}`);
      else headers.delete('authorization');
      return this.fetchImpl(input, { ...init, headers });
    };
    const token = await this.accessToken();
    const res = await send(token);
    if (res.status !== 401 || !token) return res;
    const renewed = await this.renew();
    if (renewed) return send(this.tokens?.accessToken ?? null);
    // The session is over (revoked or expired): carry on as anonymous; the app shows "Sign in".
    return send(null);
  };
}
