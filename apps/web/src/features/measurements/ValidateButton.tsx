import { useStoredNodeOf } from '../../ui/conflict-form.js';
import { ConfirmButton } from '../priorities/forms.js';
import { StoredIndicatorRecordQuery } from './stored.queries.js';

interface Read {
  value?: number | null;
  valueStatus: string;
  note?: string | null;
}

/** A figure as the conflict panel of a stale validate compares it (its value, or why there is none, and its note). */
const values = (m: Read) => ({
  value: m.valueStatus === 'VALUE' ? String(m.value ?? '') : m.valueStatus.toLowerCase().replace('_', ' '),
  note: m.note ?? '',
});
const FIELDS = [
  { key: 'value', label: 'Value' },
  { key: 'note', label: 'Note' },
] as const;

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
  figure: Read & { id: string; version: number; period: string };
  label?: string;
  ariaLabel?: string;
  onValidate: (version: number) => Promise<void>;
}) {
  const load = useStoredNodeOf(StoredIndicatorRecordQuery, m.id, 'Measurement', (n) => values({ ...n, value: n.figureValue }));
  return (
    <ConfirmButton
      label={label}
      {...(ariaLabel ? { ariaLabel } : {})}
      versioned={{ what: `the figure for ${m.period}`, fields: FIELDS, base: values(m), version: m.version, load }}
      onConfirm={onValidate}
    />
  );
}
