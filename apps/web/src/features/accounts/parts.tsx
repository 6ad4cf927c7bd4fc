/** Pieces the administration's sections share: dates as words, and a section's outcome. */

export const when = (iso: string | null | undefined) =>
  iso ? new Date(iso).toLocaleString('en-GB', { dateStyle: 'medium', timeStyle: 'short' }) : 'never';
export const day = (iso: string | null | undefined) => (iso ? new Date(iso).toLocaleDateString('en-GB', { dateStyle: 'medium' }) : '—');

export function Feedback({ error, done }: { error: string | null; done: string | null }) {
  return (
    <div aria-live="polite">
      {error && (
        <p className="form-error" role="alert">
          <strong>⚠ Not done</strong> <span>{error}</span>
        </p>
      )}
      {done && (
        <p className="form-ok" role="status">
          ✓ {done}
        </p>
      )}
    </div>
  );
}
