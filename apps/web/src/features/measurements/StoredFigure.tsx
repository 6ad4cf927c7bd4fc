import { useApolloClient } from '@apollo/client/react';
import { useRef, useState } from 'react';
import type { StoredFigureQuery as StoredFigureResult } from '../../graphql/graphql.js';
import { StatusTag } from '../../ui/Rag.js';
import { useVersionConflict, type ConflictField, type VersionConflict } from '../../ui/conflict.js';
import type { MeasurementForm } from './validation.js';
import { StoredFigureQuery } from './queries.js';
import type { FigurePrecision } from '../../ui/figures.js';
import { shownValue } from './WorkListParts.js';

type Stored = StoredFigureResult['measurements']['nodes'][number];

/** The parts of a figure a clash compares, as the form holds them. */
export interface FigureValues {
  value: string;
  numerator: string;
  denominator: string;
  note: string;
}

export const EMPTY_FIGURE: FigureValues = { value: '', numerator: '', denominator: '', note: '' };

export const figureOf = (form: MeasurementForm, note: string): FigureValues => ({
  value: form.value.trim(),
  numerator: form.numerator.trim(),
  denominator: form.denominator.trim(),
  note: note.trim(),
});

const FIELDS: ReadonlyArray<ConflictField<FigureValues>> = [
  { key: 'value', label: 'Value' },
  { key: 'numerator', label: 'Numerator' },
  { key: 'denominator', label: 'Denominator' },
  { key: 'note', label: 'Note' },
];

const valueText = (m: Stored) =>
  m.valueStatus === 'SUPPRESSED' ? '[c]' : m.valueStatus === 'NOT_AVAILABLE' || m.value == null ? '[x]' : String(m.value);

/**
 * When saving a figure clashes with one stored for the period (entered by someone else, or an import), the
 * stored figure is read (not from the cache, so the form keeps my values) and offered: keep mine (sent with
 * its version, a correction when it is validated or published) or take theirs.
 */
export function useStoredFigure(
  councilId: string,
  indicatorId: string,
  period: () => string,
): {
  vc: VersionConflict<FigureValues>;
  figure: Stored | null;
  keptStatus: () => string | null;
  saved: () => void;
  /** Whether the last clash found the stored figure (else the caller shows the server's message). */
  found: () => boolean;
} {
  const client = useApolloClient();
  const [figure, setFigure] = useState<Stored | null>(null);
  const kept = useRef<string | null>(null);
  const found = useRef(false);
  const vc = useVersionConflict<FigureValues>(FIELDS, async () => {
    const res = await client.query({ query: StoredFigureQuery, variables: { councilId, indicatorId }, fetchPolicy: 'no-cache' });
    const m = res.data?.measurements.nodes.find((n) => n.period === period()) ?? null;
    setFigure(m);
    found.current = m !== null;
    if (!m) return null;
    const values = {
      value: valueText(m),
      numerator: m.numerator?.toString() ?? '',
      denominator: m.denominator?.toString() ?? '',
      note: m.note ?? '',
    };
    return { version: m.version, values };
  });
  return {
    vc: {
      ...vc,
      keepMine: () => {
        kept.current = figure?.status ?? null;
        vc.keepMine();
      },
    },
    figure,
    keptStatus: () => kept.current,
    found: () => found.current,
    saved: () => {
      kept.current = null;
      setFigure(null);
    },
  };
}

/** The figure stored for the period, as it is now. */
export function StoredFigure({
  figure,
  unit,
  precision,
}: {
  figure: Stored | null;
  unit?: string | null;
  precision?: FigurePrecision | null;
}) {
  if (!figure) return null;
  return (
    <section className="card card--inset" aria-label={`The figure stored for ${figure.period}`}>
      <h3>Already stored for {figure.period}</h3>
      <p>
        <strong>{shownValue(figure, unit, precision)}</strong> <StatusTag status={figure.status} /> (version {figure.version})
        {figure.note ? <span className="muted"> · {figure.note}</span> : null}
      </p>
      {figure.status !== 'DRAFT' && (
        <p className="small muted">Keeping yours records a correction: the figure goes back to draft to be validated again.</p>
      )}
    </section>
  );
}
