import { CombinedGraphQLErrors } from '@apollo/client';

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
      message: e?.message ?? error.message,
      code: typeof ext.code === 'string' ? ext.code : null,
      field: typeof ext.field === 'string' ? ext.field : null,
      extensions: ext,
    };
  }
  const message = error instanceof Error ? error.message : String(error);
  return {
    message: /Failed to fetch|NetworkError/i.test(message)
      ? 'The server could not be reached. Check your connection and try again.'
      : message,
    code: null,
    field: null,
    extensions: {},
  };
}

/** "value: 'abc' is not ..." -> "'abc' is not ..." when the field is shown next to the input. */
export function withoutField(message: string, field: string | null): string {
  return field && message.startsWith(`${field}: `) ? message.slice(field.length + 2) : message;
}
