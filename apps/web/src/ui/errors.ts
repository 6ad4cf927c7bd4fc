import { CombinedGraphQLErrors, ServerError } from '@apollo/client';

export interface ApiError {
  message: string;
  code: string | null;
  field: string | null;
  extensions: Record<string, unknown>;
}

/** The first GraphQL error of a failed operation, with its code and field (README "Using the API"). */
export function apiError(error: unknown): ApiError {
  if (CombinedGraphQLErrors.is(error)) {
    const e = error.errors[0];
    const ext = (e?.extensions ?? {}) as Record<string, unknown>;
    return {
      message: humanMessage(error),
      code: typeof ext.code === 'string' ? ext.code : null,
      field: typeof ext.field === 'string' ? ext.field : null,
      extensions: ext,
    };
  }
  return { message: humanMessage(error), code: null, field: null, extensions: {} };
}

const CONNECTION = 'The server could not be reached. Check your connection and try again.';
const SERVER_FAULT =
  'Something went wrong on the server, so this could not be done. Try again in a moment; if it keeps happening, ' +
  "tell the council's system administrator.";

/** An HTTP status (a failed request with no GraphQL answer) in words a person can act on. */
function statusWords(status: number): string {
  if (status === 401) return 'You have been signed out. Sign in again to carry on.';
  if (status === 403) return 'You may not do this. Ask an administrator of the council if you should be able to.';
  if (status === 404) return 'This could not be found. It may have been removed; go back and try again.';
  if (status === 413) return 'This is too large to send. Send a smaller file or fewer rows at a time.';
  if (status === 429) return 'Too many requests in a short time. Wait a minute, then try again.';
  if (status === 502 || status === 503 || status === 504) return 'The server is not answering just now. Try again in a minute.';
  if (status >= 500) return SERVER_FAULT;
  return `The server refused the request (error ${status}). Reload the page and try again.`;
}

/**
 * What went wrong, for a person: the server's own message for a refusal it explains (a GraphQL error
 * with a code), and words instead of transport text ("Response not successful: Received status code
 * 500", "Failed to fetch") for everything else. Every error the app shows goes through this.
 */
export function humanMessage(error: unknown): string {
  if (CombinedGraphQLErrors.is(error)) {
    const e = error.errors[0];
    if (e?.extensions?.code === 'INTERNAL_SERVER_ERROR') return SERVER_FAULT;
    return e?.message ?? SERVER_FAULT;
  }
  if (ServerError.is(error)) return statusWords(error.statusCode);
  const message = error instanceof Error ? error.message : typeof error === 'string' ? error : String(error);
  if (/Failed to fetch|NetworkError|Load failed/i.test(message)) return CONNECTION;
  const status = /status code (\d{3})/i.exec(message) ?? /^The server answered (\d{3})\.?$/.exec(message);
  if (status) return statusWords(Number(status[1]));
  return message;
}

/** "value: 'abc' is not ..." -> "'abc' is not ..." when the field is shown next to the input. */
export function withoutField(message: string, field: string | null): string {
  return field && message.startsWith(`${field}: `) ? message.slice(field.length + 2) : message;
}
