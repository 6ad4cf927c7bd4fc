import { useStoredNodeOf } from '../../ui/conflict-form.js';
import { ConfirmButton } from '../priorities/forms.js';
import { FIGURE_FIELDS, type FigureRead, figureValues } from './stale-figures.js';
import { StoredIndicatorRecordQuery } from './stored.queries.js';

/**
 * Validates one figure at the version the page read (one click): a stale one (corrected since) is answered with
 * their change and do it anyway / cancel (ConfirmButton's `versioned`), never validated unseen.
 */
export function ValidateButton({
  figure: m,
  label = `Validate ${m.period}`,
  ariaLabel,
  onValidate,
}: {
  figure: FigureRead & { id: string; version: number; period: string };
  label?: string;
  ariaLabel?: string;
  onValidate: (version: number) => Promise<void>;
}) {
  const load = useStoredNodeOf(StoredIndicatorRecordQuery, m.id, 'Measurement', (n) =>
    figureValues({ ...n, value: n.figureValue, status: null }),
  );
  return (
    <ConfirmButton
      label={label}
      {...(ariaLabel ? { ariaLabel } : {})}
      versioned={{
        what: `the figure for ${m.period}`,
        fields: FIGURE_FIELDS,
        base: figureValues({ ...m, status: null }),
        version: m.version,
        load,
      }}
      onConfirm={onValidate}
    />
  );
}
