/** Loading and error states: a view is never blank while it waits, and says what went wrong. */
import { humanMessage } from './errors.js';

export function Loading({ label, compact = false }: { label: string; compact?: boolean }) {
  return (
    <div className={`status${compact ? ' status--compact' : ''}`} role="status" aria-live="polite">
      <span className="spinner" aria-hidden="true" />
      <span>{label}</span>
    </div>
  );
}

export function ErrorState({
  title,
  error,
  onRetry,
  compact = false,
}: {
  title: string;
  error: { message: string } | string;
  onRetry?: () => void;
  compact?: boolean;
}) {
  const message = typeof error === 'string' ? error : humanMessage(error);
  return (
    <div className={`status status--error${compact ? ' status--compact' : ''}`} role="alert">
      <strong>⚠ {title}</strong>
      <span>{message}</span>
      {onRetry && (
        <button type="button" className="button" onClick={onRetry}>
          Try again
        </button>
      )}
    </div>
  );
}
