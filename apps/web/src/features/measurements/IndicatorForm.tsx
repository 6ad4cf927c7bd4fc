import { useMutation } from '@apollo/client/react';
import { useEffect, useRef, useState } from 'react';
import type { IndicatorEditQuery, IndicatorFrequency, Polarity, ToleranceKind } from '../../graphql/graphql.js';
import { ConflictAnswer, useConflictForm, useStoredNodeOf } from '../../ui/conflict-form.js';
import type { ConflictField } from '../../ui/conflict.js';
import { Feedback, SelectField, TextField, useSubmit } from '../../ui/forms.js';
import { CreateIndicatorMutation, UpdateIndicatorMutation } from './indicators.queries.js';
import { StoredIndicatorRecordQuery } from './stored.queries.js';

type Edited = NonNullable<IndicatorEditQuery['indicator']>;

const POLARITIES = [
  { value: 'HIGHER_IS_BETTER', label: 'Higher is better' },
  { value: 'LOWER_IS_BETTER', label: 'Lower is better' },
  { value: 'WITHIN_BAND', label: 'Best within a band' },
];
const FREQUENCIES = [
  { value: 'MONTHLY', label: 'Monthly' },
  { value: 'QUARTERLY', label: 'Quarterly' },
  { value: 'ANNUAL', label: 'Annual' },
];
const TOLERANCES = [
  { value: 'ABSOLUTE', label: 'In the indicator’s unit' },
  { value: 'PERCENT', label: 'Per cent of the target' },
];

interface Values {
  code: string;
  title: string;
  definition: string;
  unit: string;
  polarity: string;
  frequency: string;
  tolerance: string;
  toleranceKind: string;
  bandLow: string;
  bandHigh: string;
}

const numberOrNull = (v: string) => (v.trim() === '' ? null : Number(v));
const shown = (v: number | null | undefined) => (v == null ? '' : String(v));
const labelOf = (choices: ReadonlyArray<{ value: string; label: string }>) => (v: string) => choices.find((c) => c.value === v)?.label ?? v;

type Definition = Pick<Edited, 'title' | 'definition' | 'unit' | 'polarity' | 'tolerance' | 'toleranceKind' | 'bandLow' | 'bandHigh'> &
  Partial<Pick<Edited, 'code' | 'frequency'>>;

/** An indicator's definition as the form's values (a new one's defaults when there is none). */
export const valuesOf = (indicator?: Definition): Values => ({
  code: indicator?.code ?? '',
  title: indicator?.title ?? '',
  definition: indicator?.definition ?? '',
  unit: indicator?.unit ?? '',
  polarity: indicator?.polarity ?? 'HIGHER_IS_BETTER',
  frequency: indicator?.frequency ?? 'MONTHLY',
  tolerance: shown(indicator?.tolerance),
  toleranceKind: indicator?.toleranceKind ?? 'ABSOLUTE',
  bandLow: shown(indicator?.bandLow),
  bandHigh: shown(indicator?.bandHigh),
});

/** An indicator's definition as stored, as the form's values (its code and frequency as read: they stay). */
export const useStoredIndicator = (indicator?: Edited) =>
  useStoredNodeOf(StoredIndicatorRecordQuery, indicator?.id, 'Indicator', (n) =>
    valuesOf({ ...n, code: indicator?.code, frequency: indicator?.frequency }),
  );

export const FIELDS: ConflictField<Values>[] = [
  { key: 'title', label: 'Title' },
  { key: 'definition', label: 'Definition' },
  { key: 'unit', label: 'Unit' },
  { key: 'polarity', label: 'Which way is better', show: labelOf(POLARITIES) },
  { key: 'tolerance', label: 'Tolerance' },
  { key: 'toleranceKind', label: 'Tolerance is', show: labelOf(TOLERANCES) },
  { key: 'bandLow', label: 'Band from' },
  { key: 'bandHigh', label: 'Band to' },
];

/**
 * A local indicator's definition: a new one (code, frequency and the rest) or changes to one (its
 * code and frequency stay: its figures are kept by them). The server's refusals land on their fields;
 * Escape cancels.
 */
export function IndicatorForm({
  councilId,
  indicator,
  onSaved,
  onCancel,
}: {
  councilId: string;
  indicator?: Edited;
  onSaved: (id: string) => void;
  onCancel: () => void;
}) {
  const [v, setV] = useState<Values>(() => valuesOf(indicator));
  const read = useStoredIndicator(indicator);
  const c = useConflictForm(FIELDS, read);
  const set = (k: keyof Values) => (value: string) => setV((old) => ({ ...old, [k]: value }));
  const [create] = useMutation(CreateIndicatorMutation);
  const [update] = useMutation(UpdateIndicatorMutation);
  const form = useRef<HTMLFormElement>(null);
  const [answer, submit] = useSubmit(async () => {
    const common = {
      title: v.title,
      definition: v.definition,
      unit: v.unit,
      polarity: v.polarity as Polarity,
      tolerance: numberOrNull(v.tolerance),
      toleranceKind: v.toleranceKind as ToleranceKind,
      // A band only means something for a WITHIN_BAND indicator.
      bandLow: v.polarity === 'WITHIN_BAND' ? numberOrNull(v.bandLow) : null,
      bandHigh: v.polarity === 'WITHIN_BAND' ? numberOrNull(v.bandHigh) : null,
    };
    if (indicator) {
      const input = { id: indicator.id, version: c.version(indicator.version), ...common };
      const r = await c.guard(valuesOf(indicator), v, () => update({ variables: { input } }));
      onSaved(r.data!.updateIndicator.indicator.id);
      return `Saved “${v.title.trim()}”.`;
    }
    const r = await create({
      variables: { input: { councilId, code: v.code, frequency: v.frequency as IndicatorFrequency, ...common } },
    });
    onSaved(r.data!.createIndicator.indicator.id);
    return `Created “${v.title.trim()}”.`;
  });
  const outcome = c.outcome(answer);
  useEffect(() => {
    form.current?.querySelector<HTMLElement>('input, select, textarea')?.focus();
  }, []);
  useEffect(() => {
    const named = Object.keys(outcome.errors)[0];
    if (named) form.current?.querySelector<HTMLElement>(`[name="${named}"]`)?.focus();
  }, [outcome.errors]);
  const label = indicator ? `Edit “${indicator.title}”` : 'A new local indicator';
  return (
    <form ref={form} aria-label={label} onSubmit={(e) => void submit(e)} onKeyDown={(e) => e.key === 'Escape' && onCancel()} noValidate>
      <ConflictAnswer c={c} what="this indicator" busy={outcome.busy} submit={submit} show={(t) => setV((old) => ({ ...old, ...t }))} />
      <div className="ind-form-grid">
        {!indicator && (
          <TextField
            label="Code"
            name="code"
            value={v.code}
            onChange={set('code')}
            outcome={outcome}
            required
            hint="Letters, digits, spaces and . _ - ( ) /, e.g. L-ASC-01"
          />
        )}
        <TextField label="Title" name="title" value={v.title} onChange={set('title')} outcome={outcome} required />
      </div>
      <TextField label="Definition" name="definition" value={v.definition} onChange={set('definition')} outcome={outcome} multiline />
      <div className="ind-form-grid">
        <TextField label="Unit" name="unit" value={v.unit} onChange={set('unit')} outcome={outcome} hint="e.g. %, days, people" />
        <SelectField
          label="Which way is better"
          name="polarity"
          value={v.polarity}
          onChange={set('polarity')}
          choices={POLARITIES}
          outcome={outcome}
        />
        {!indicator && (
          <SelectField
            label="How often"
            name="frequency"
            value={v.frequency}
            onChange={set('frequency')}
            choices={FREQUENCIES}
            outcome={outcome}
          />
        )}
        <TextField
          label="Tolerance"
          name="tolerance"
          type="number"
          step="any"
          value={v.tolerance}
          onChange={set('tolerance')}
          outcome={outcome}
          hint="How far off target still counts as amber"
        />
        <SelectField
          label="Tolerance is"
          name="toleranceKind"
          value={v.toleranceKind}
          onChange={set('toleranceKind')}
          choices={TOLERANCES}
          outcome={outcome}
        />
        {v.polarity === 'WITHIN_BAND' && (
          <>
            <TextField
              label="Band from"
              name="bandLow"
              type="number"
              step="any"
              value={v.bandLow}
              onChange={set('bandLow')}
              outcome={outcome}
            />
            <TextField
              label="Band to"
              name="bandHigh"
              type="number"
              step="any"
              value={v.bandHigh}
              onChange={set('bandHigh')}
              outcome={outcome}
            />
          </>
        )}
      </div>
      <Feedback outcome={outcome} besideFields={Object.keys(v)} />
      <p className="actions">
        <button type="submit" className="button button--primary" disabled={outcome.busy}>
          {indicator ? 'Save the changes' : 'Create the indicator'}
        </button>
        <button type="button" className="button" onClick={onCancel}>
          Cancel
        </button>
      </p>
    </form>
  );
}
