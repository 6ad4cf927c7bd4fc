/**
 * Calls to the report routes with the session's bearer token (a plain link would be refused for the
 * staff packs), and saving what they answer as a file. Every failure comes back as a refusal in words.
 */
import type { Session } from '../../auth/session.js';
import { refusalOf, type PackRefusal } from './pack.js';

export type Answer = { ok: true; res: Response } | { ok: false; refusal: PackRefusal };

/** Sends a request to the server; a refused answer (coded JSON) or an unreachable server becomes a refusal. */
export async function callServer(session: Session, url: string, init: RequestInit = {}, what = 'The pack'): Promise<Answer> {
  try {
    const res = await session.fetch(url, init);
    if (res.ok) return { ok: true, res };
    const body = (res.headers.get('content-type') ?? '').includes('json') ? await res.json().catch(() => null) : null;
    return { ok: false, refusal: refusalOf(res.status, body) };
  } catch (error) {
    const offline = /Failed to fetch|NetworkError|Load failed/i.test(String(error));
    return {
      ok: false,
      refusal: {
        code: offline ? 'NETWORK' : 'SERVER_ERROR',
        title: `${what} could not be reached`,
        message: offline ? 'The server could not be reached. Check your connection and try again.' : String(error),
      },
    };
  }
}

/** Saves a response's body as a download named fileName; answers its size in bytes. */
export async function saveAs(res: Response, fileName: string): Promise<number> {
  const blob = await res.blob();
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
  return blob.size;
}
