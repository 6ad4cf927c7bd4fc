/**
 * The signed-in session: tokens kept in memory and in sessionStorage (this tab only, gone when it
 * closes), the access token sent as `Authorization: Bearer` on every GraphQL request, renewed with
 * the refresh token a minute before it expires or when the server answers UNAUTHENTICATED, and
 * revoked on sign-out. Sign-in, refresh and sign-out go straight to /graphql with fetch (not through
 * Apollo), so the Apollo link can wait for a renewal without recursion.
 */
export interface Tokens {
  accessToken: string;
  accessTokenExpiresAt: string;
  refreshToken: string;
  refreshTokenExpiresAt: string;
}

const STORAGE_KEY = 'goldenthread.session';
/** Renew this long before the access token expires. */
const RENEW_BEFORE_MS = 60_000;

/** The fields of the tokens that signIn and refreshSession answer with. */
const TOKEN_FIELDS = 'accessToken accessTokenExpiresAt refreshToken refreshTokenExpiresAt';

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

function storage(): Storage | null {
  try {
    return typeof window !== 'undefined' ? window.sessionStorage : null;
  } catch {
    return null;
  }
}

function readStored(): Tokens | null {
  const raw = storage()?.getItem(STORAGE_KEY);
  if (!raw) return null;
  try {
    const t = JSON.parse(raw) as Tokens;
    if (!t.accessToken || !t.refreshToken) return null;
    if (Date.parse(t.refreshTokenExpiresAt) <= Date.now()) return null;
    return t;
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

interface GqlResponse<T> {
  data?: T | null;
  errors?: Array<{ message: string; extensions?: { code?: string; retryAfter?: number } }>;
}

interface CallResult<T> {
  status: number;
  headers: Headers;
  body: GqlResponse<T>;
}

export class Session {
  private tokens: Tokens | null;
  private listeners = new Set<Listener>();
  private renewing: Promise<boolean> | null = null;
  private timer: ReturnType<typeof setTimeout> | null = null;
  /** Bumped on every sign-in and sign-out: the app resets its cache when it changes. */
  generation = 0;

  constructor(
    private readonly uri = '/graphql',
    private readonly fetchImpl: typeof fetch = (...args) => fetch(...args),
  ) {
    this.tokens = readStored();
    this.schedule();
  }

  get signedIn(): boolean {
    return this.tokens !== null;
  }

  subscribe = (listener: Listener): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  getGeneration = (): number => this.generation;

  private set(tokens: Tokens | null): void {
    this.tokens = tokens;
    const s = storage();
    if (tokens) s?.setItem(STORAGE_KEY, JSON.stringify(tokens));
    else s?.removeItem(STORAGE_KEY);
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

  private async call<T>(query: string, variables: Record<string, unknown>, bearer?: string): Promise<CallResult<T>> {
    const headers: Record<string, string> = { 'content-type': 'application/json', accept: 'application/json' };
    if (bearer) headers.authorization = `Bearer ${bearer}`;
    const res = await this.fetchImpl(this.uri, { method: 'POST', headers, body: JSON.stringify({ query, variables }) });
    let body: GqlResponse<T> = {};
    try {
      body = (await res.json()) as GqlResponse<T>;
    } catch {
      body = { errors: [{ message: `The server answered ${res.status}.`, extensions: { code: 'INTERNAL_SERVER_ERROR' } }] };
    }
    return { status: res.status, headers: res.headers, body };
  }

  /** Signs in; throws AuthError with a message a person understands (wrong details, throttled, offline). */
  async signIn(email: string, password: string): Promise<void> {
    let result: CallResult<{ signIn: Tokens }>;
    try {
      result = await this.call<{ signIn: Tokens }>(
        `mutation SignIn($email: String!, $password: String!) { signIn(email: $email, password: $password) { ${TOKEN_FIELDS} } }`,
        { email, password },
      );
    } catch {
      throw new AuthError('The server could not be reached. Check your connection and try again.', 'NETWORK');
    }
    const { status, headers, body } = result;
    if (body.data?.signIn) {
      this.set(body.data.signIn);
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

  /** Renews the tokens with the refresh token (one renewal at a time). False when the session is over. */
  renew(): Promise<boolean> {
    if (!this.tokens) return Promise.resolve(false);
    if (this.renewing) return this.renewing;
    const refreshToken = this.tokens.refreshToken;
    this.renewing = (async () => {
      try {
        const { body } = await this.call<{ refreshSession: Tokens }>(
          `mutation Refresh($refreshToken: String!) { refreshSession(refreshToken: $refreshToken) { ${TOKEN_FIELDS} } }`,
          { refreshToken },
        );
        if (body.data?.refreshSession) {
          // Same identity: keep the generation so the app does not reset its cache.
          this.tokens = body.data.refreshSession;
          storage()?.setItem(STORAGE_KEY, JSON.stringify(this.tokens));
          this.schedule();
          return true;
        }
        this.set(null);
        return false;
      } catch {
        return false; // offline: keep the tokens and try again on the next request
      } finally {
        this.renewing = null;
      }
    })();
    return this.renewing;
  }

  /** Ends the session on the server (revoking the refresh token), then forgets the tokens. */
  async signOut(): Promise<void> {
    const t = this.tokens;
    this.set(null);
    if (!t) return;
    try {
      await this.call(
        'mutation SignOut($refreshToken: String) { signOut(refreshToken: $refreshToken) { sessionsEnded } }',
        { refreshToken: t.refreshToken },
        t.accessToken,
      );
    } catch {
      // Offline: the refresh token is forgotten here; it expires on the server.
    }
  }

  /** The access token to send now, renewed first when it is about to expire. */
  async accessToken(): Promise<string | null> {
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
