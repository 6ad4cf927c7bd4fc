/**
 * A target's form: an indicator's value for a year (with its tolerance) for the council or one service, set with
 * setTarget (at the version read when it replaces one) and, when `linkTo` names a priority, linked to it (linkTarget).
 * The indicator's page and the UNMEASURED_PRIORITY finding's fix use it; it asks before it writes when `confirm` is set.
 */
import { useMutation, useQuery } from '@apollo/client/react';
import { useRef, useState } from 'react';
import { graphql } from '../../graphql/index.js';
import { ConflictAnswer, nodeOf, useConflictForm, useStoredNode } from '../../ui/conflict-form.js';
import { SearchSelectField, SelectField, TextField, type Choice } from '../../ui/forms.js';
import { InPlaceForm } from '../priorities/forms.js';
import { LinkTargetMutation, SetTargetMutation } from '../priorities/queries.js';
import { StoredIndicatorRecordQuery } from './stored.queries.js';

export const TargetServicesQuery = graphql(`
  query TargetServices($councilId: ID!) {
    node(id: $councilId) {
      ... on Council {
        __typename
        id
        directorates(first: 100) {
          nodes {
            id
            name
            services(first: 300) {
              nodes {
                id
                name
              }
            }
          }
        }
      }
    }
  }
`);

/** The form's values, as typed. */
export interface TargetValues {
  indicatorId: string;
  value: string;
  tolerance: string;
  period: string;
  /** '' for the council's target. */
  serviceId: string;
}

/** A number typed in a box: null when empty, NaN (refused by the server on the field) when not a number. */
const numberOf = (s: string): number | null => (s.trim() === '' ? null : Number(s.replace(/,/g, '')));

/** The services of the council to set a target for, each with its directorate, and the council's own first. */
export function useTargetServices(councilId: string): Choice[] {
  const q = useQuery(TargetServicesQuery, { variables: { councilId } });
  const council = q.data?.node?.__typename === 'Council' ? q.data.node : null;
  const services = (council?.directorates.nodes ?? []).flatMap((d) =>
    d.services.nodes.map((s) => ({ value: s.id, label: `${s.name} (${d.name})` })),
  );
  return [{ value: '', label: 'The council as a whole' }, ...services];
}

export function TargetForm({
  councilId,
  title,
  submitLabel,
  initial,
  indicators,
  indicatorName,
  version,
  targetId,
  linkTo,
  confirm,
  onCancel,
  onSaved,
}: {
  councilId: string;
  title: string;
  submitLabel: string;
  initial: TargetValues;
  /** The indicators to choose from; null when the form is for one indicator (`indicatorName`). */
  indicators: readonly Choice[] | null;
  indicatorName?: string;
  /** The version of the target read, when the form changes one (same indicator, period and service). */
  version?: number | null;
  /** The target read (with `version`): a stale save shows their change and offers keep mine / take theirs. */
  targetId?: string;
  /** A priority the new target is linked to. */
  linkTo?: { id: string; name: string };
  /** The question asked before the write, from the values typed; none when the form writes at once. */
  confirm?: (v: TargetValues, indicator: string, service: string) => string;
  onCancel: () => void;
  onSaved: (done: string, targetId: string) => Promise<void>;
}) {
  const [v, setV] = useState<TargetValues>(initial);
  const services = useTargetServices(councilId);
  const [set] = useMutation(SetTargetMutation);
  const [link] = useMutation(LinkTargetMutation);
  const put = (k: keyof TargetValues) => (x: string) => setV((old) => ({ ...old, [k]: x }));
  const indicator = indicatorName ?? indicators?.find((c) => c.value === v.indicatorId)?.label ?? 'the indicator';
  const service = (v.serviceId && services.find((c) => c.value === v.serviceId)?.label) || 'the council as a whole';
  // The version read applies to the target it was read of; another period or service is another target.
  const same = v.period === initial.period && v.serviceId === initial.serviceId && v.indicatorId === initial.indicatorId;
  const read = useStoredNode(StoredIndicatorRecordQuery, targetId, (d) => {
    const n = nodeOf(d.node, 'Target');
    return n
      ? { version: n.version, values: { ...initial, value: String(n.value), tolerance: n.tolerance == null ? '' : String(n.tolerance) } }
      : null;
  });
  const c = useConflictForm<TargetValues>(
    [
      { key: 'value', label: 'Target value' },
      { key: 'tolerance', label: 'Tolerance', show: (t) => t || "The indicator's own" },
    ],
    read,
  );
  const inside = useRef<HTMLDivElement>(null);
  return (
    <InPlaceForm
      title={title}
      submitLabel={submitLabel}
      {...(confirm ? { confirm: { question: confirm(v, indicator, service), yes: `Yes, ${submitLabel.toLowerCase()}` } } : {})}
      fields={['indicatorId', 'value', 'tolerance', 'period', 'serviceId', 'priorityId']}
      onCancel={onCancel}
      onSubmit={async () => {
        const input = {
          councilId,
          indicatorId: v.indicatorId,
          serviceId: v.serviceId || null,
          period: v.period.trim(),
          value: numberOf(v.value) ?? Number.NaN,
          tolerance: numberOf(v.tolerance),
          ...(same && version != null ? { version: c.version(version) } : {}),
        };
        const r = await c.quiet(initial, v, () => set({ variables: { input } }));
        // A stale version: the panel shows their change and the choice.
        if (!r) return;
        const id = r.data!.setTarget.target.id;
        if (linkTo) await link({ variables: { input: { targetId: id, priorityId: linkTo.id } } });
        await onSaved(
          `The ${input.period} target of ${indicator} for ${service} is ${v.value.trim()}${linkTo ? `, measuring “${linkTo.name}”` : ''}.`,
          id,
        );
      }}
    >
      {(f) => (
        <>
          <div ref={inside}>
            <ConflictAnswer
              c={c}
              what="this target"
              busy={false}
              submit={() => inside.current?.closest('form')?.requestSubmit()}
              show={(t) => setV((old) => ({ ...old, value: t.value, tolerance: t.tolerance }))}
            />
          </div>
          {indicators && (
            <SearchSelectField
              label="Indicator"
              name="indicatorId"
              value={v.indicatorId}
              onChange={put('indicatorId')}
              choices={indicators}
              empty="Choose an indicator"
              outcome={f ?? undefined}
              required
            />
          )}
          <TextField label="Target value" name="value" value={v.value} onChange={put('value')} outcome={f ?? undefined} required />
          <TextField
            label="Tolerance"
            name="tolerance"
            value={v.tolerance}
            onChange={put('tolerance')}
            outcome={f ?? undefined}
            hint="How far from the target still counts as near it; empty: the indicator's own"
          />
          <TextField label="Year" name="period" value={v.period} onChange={put('period')} outcome={f ?? undefined} hint="e.g. 2024-25" />
          <SelectField
            label="For"
            name="serviceId"
            value={v.serviceId}
            onChange={put('serviceId')}
            choices={services}
            outcome={f ?? undefined}
          />
        </>
      )}
    </InPlaceForm>
  );
}
