import { formatDateTime } from '../../ui/dates.js';
import { useEffect, useRef } from 'react';
import type { MeasurementWorkListQuery } from '../../graphql/graphql.js';
import { type FigurePrecision, formatFigure } from '../../ui/figures.js';

export type Row = MeasurementWorkListQuery['measurements']['nodes'][number];

/** A stored figure as its indicator publishes it (its precision, ui/figures), with its unit. */
export function shownValue(
  m: { value?: number | null; valueStatus: string },
  unit?: string | null,
  precision?: FigurePrecision | null,
): string {
  if (m.valueStatus === 'SUPPRESSED') return '[c] suppressed';
  if (m.valueStatus === 'NOT_AVAILABLE' || m.value == null) return '[x] not available';
  return `${precision ? formatFigure(m.value, null, precision) : m.value.toLocaleString('en-GB')}${unit ? ` ${unit}` : ''}`;
}

/** The figure in words: "Carers assessed for 2025-04 (Male)". */
export const figureName = (m: Row) => `${m.indicator.title} for ${m.period}${m.disaggregation !== 'Total' ? ` (${m.disaggregation})` : ''}`;

const ACTION: Record<string, string> = {
  CREATED: 'Entered',
  CHANGED: 'Changed',
  VALIDATED: 'Validated',
  PUBLISHED: 'Published',
};
const when = formatDateTime;

/** Every version of a figure, oldest first, behind a "History" disclosure. */
export function History({ m }: { m: Row }) {
  // Figures loaded in bulk before versions were kept have none to show.
  if (m.history.length === 0) return null;
  return (
    <details className="wl-history">
      <summary aria-label={`History of ${figureName(m)} (${m.history.length} versions)`}>History ({m.history.length})</summary>
      <ol>
        {m.history.map((h) => (
          <li key={h.version}>
            v{h.version} · {ACTION[h.action] ?? h.action} · {shownValue(h, m.indicator.unit)} · {when(h.changedAt as string)}
            {h.changedBy ? ` by ${h.changedBy.name}` : ''}
          </li>
        ))}
      </ol>
    </details>
  );
}

/**
 * Asks before figures become public: how many, which ones, and that the public sees them at once. A modal
 * dialog (focus stays in it; Escape cancels).
 */
export function PublishDialog({ rows, onConfirm, onCancel }: { rows: Row[]; onConfirm: () => void; onCancel: () => void }) {
  const ref = useRef<HTMLDialogElement>(null);
  const cancel = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    const d = ref.current;
    if (d && !d.open) d.showModal();
    // Publishing cannot be undone: focus starts on Cancel, so Enter alone publishes nothing.
    cancel.current?.focus();
  }, []);
  const n = rows.length;
  const figures = n === 1 ? '1 figure' : `${n} figures`;
  return (
    <dialog ref={ref} className="wl-dialog" aria-labelledby="wl-confirm-title" onCancel={onCancel}>
      <h2 id="wl-confirm-title">Publish {figures}?</h2>
      <p>
        {n === 1 ? 'It becomes' : 'They become'} public at once: anyone can see {n === 1 ? 'it' : 'them'} on the council's public pages and
        in its open data. A published figure is never unpublished (a correction makes a new draft).
      </p>
      <ul>
        {rows.map((m) => (
          <li key={m.id}>
            {figureName(m)}: {shownValue(m, m.indicator.unit)}
          </li>
        ))}
      </ul>
      <div className="actions">
        <button type="button" className="button button--primary" onClick={onConfirm}>
          Publish {figures}
        </button>
        <button type="button" className="button" onClick={onCancel} ref={cancel}>
          Cancel
        </button>
      </div>
    </dialog>
  );
}
