import type { ReactNode } from 'react';
import { ErrorState, Loading } from '../../ui/Status.js';

/** What a view's query gives: its data once there, its error, and a way to ask again. */
interface Answer<T> {
  data?: T;
  error?: { message: string };
  refetch: () => unknown;
}

/** A view's records once its query answers; until then its loading state, or its error with "Try again". */
export function Loaded<T>({
  q,
  failed,
  loading,
  children,
}: {
  q: Answer<T>;
  /** What could not be loaded, e.g. "The themes could not be loaded". */
  failed: string;
  loading: string;
  children: (data: T) => ReactNode;
}) {
  if (q.error && !q.data) return <ErrorState title={failed} error={q.error} onRetry={() => void q.refetch()} />;
  if (!q.data) return <Loading label={loading} />;
  return <>{children(q.data)}</>;
}
