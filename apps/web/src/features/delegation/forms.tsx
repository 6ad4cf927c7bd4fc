import { useApolloClient, useMutation } from '@apollo/client/react';
import { useState } from 'react';
import { ConflictAnswer, useConflictForm } from '../../ui/conflict-form.js';
import type { ConflictField, Stored } from '../../ui/conflict.js';
import { Feedback, SelectField, TextField, useSubmit } from '../../ui/forms.js';
import { Buttons, type FormProps, pounds, poundsText } from './form-parts.js';
import {
  CreateDecisionBodyMutation,
  CreateDecisionPowerMutation,
  StoredSchemeRecordQuery,
  UpdateDecisionBodyMutation,
  UpdateDecisionPowerMutation,
} from './delegation.queries.js';

export { DelegateForm } from './DelegateForm.js';
export type { FormProps } from './form-parts.js';

const BODY_KINDS = [
  { value: 'COMMITTEE', label: 'Committee' },
  { value: 'EXECUTIVE', label: 'Executive (cabinet)' },
  { value: 'FULL_COUNCIL', label: 'Full council' },
];

/**
 * The stored record (a body or a power): read past the cache ('no-cache') so the form keeps my values
 * while I choose, or into it ('network-only') after "take theirs", so the page and the version sent are the stored ones.
 */
export function useStored<V>(id: string | undefined, values: (node: Record<string, unknown>) => V) {
  const client = useApolloClient();
  return async (fetchPolicy: 'no-cache' | 'network-only' = 'no-cache'): Promise<Stored<V> | null> => {
    if (!id) return null;
    const res = await client.query({ query: StoredSchemeRecordQuery, variables: { id }, fetchPolicy });
    const node = res.data?.node as (Record<string, unknown> & { version?: number }) | null | undefined;
    return node && typeof node.version === 'number' ? { version: node.version, values: values(node) } : null;
  };
}

interface BodyValues {
  name: string;
  kind: string;
}
/** A body as the conflict panel compares it (its form's save, its delete). */
export const BODY_FIELDS: ConflictField<BodyValues>[] = [
  { key: 'name', label: 'Name' },
  { key: 'kind', label: 'Kind', show: (v) => BODY_KINDS.find((k) => k.value === v)?.label ?? v },
];
export const storedBody = (n: Record<string, unknown>): BodyValues => ({ name: String(n.name ?? ''), kind: String(n.bodyKind ?? '') });

/** A new decision body, or (with `initial`) a change to one, answering a stale version with keep mine / take theirs. */
export function BodyForm({
  councilId,
  onSaved,
  onCancel,
  initial,
}: FormProps & { initial?: { id: string; version: number; name: string; kind: string } }) {
  const base: BodyValues = { name: initial?.name ?? '', kind: initial?.kind ?? 'COMMITTEE' };
  const [name, setName] = useState(base.name);
  const [kind, setKind] = useState(base.kind);
  const [create] = useMutation(CreateDecisionBodyMutation);
  const [update] = useMutation(UpdateDecisionBodyMutation);
  const stored = useStored(initial?.id, storedBody);
  const c = useConflictForm<BodyValues>(BODY_FIELDS, stored);
  const [outcome, submit] = useSubmit(async () => {
    if (initial) {
      const version = c.version(initial.version);
      const input = { id: initial.id, version, name, kind: kind as never };
      await c.guard(base, { name, kind }, () => update({ variables: { input } }));
      await onSaved();
      return `Saved “${name.trim()}”.`;
    }
    await create({ variables: { input: { councilId, name, kind: kind as never } } });
    await onSaved();
    return `Added “${name.trim()}”.`;
  });
  const title = initial ? `Change “${initial.name}”` : 'A new decision body';
  const shown = c.outcome(outcome);
  return (
    <form
      className="card card--inset"
      aria-label={title}
      onSubmit={(e) => void submit(e)}
      onKeyDown={(e) => e.key === 'Escape' && onCancel()}
      noValidate
    >
      <h3>{title}</h3>
      <ConflictAnswer
        c={c}
        what="this decision body"
        busy={outcome.busy}
        submit={submit}
        show={(theirs) => {
          setName(theirs.name);
          setKind(theirs.kind);
        }}
      />
      <TextField label="Name" name="name" value={name} onChange={setName} outcome={shown} required />
      <SelectField label="Kind" name="kind" value={kind} onChange={setKind} choices={BODY_KINDS} outcome={shown} />
      <Feedback outcome={shown} besideFields={['name', 'kind']} />
      <Buttons outcome={outcome} label={initial ? 'Save the body' : 'Add the body'} onCancel={onCancel} />
    </form>
  );
}

interface PowerValues {
  name: string;
  kind: string;
  description: string;
  sourceBodyId: string;
  financialLimit: string;
}

interface StoredPower {
  id: string;
  version: number;
  name: string;
  kind: string;
  description?: string | null;
  financialLimit: number | null;
  sourceBody: { id: string };
}

const powerValues = (p: Partial<StoredPower> | undefined, bodyId: string): PowerValues => ({
  name: p?.name ?? '',
  kind: p?.kind ?? '',
  description: p?.description ?? '',
  sourceBodyId: p?.sourceBody?.id ?? bodyId,
  financialLimit: poundsText(p?.financialLimit),
});

/** A power as the conflict panel compares it (its form's save, its delete), the bodies named by `bodyName`. */
export const powerFields = (bodyName: (id: string) => string): ConflictField<PowerValues>[] => [
  { key: 'name', label: 'Name' },
  { key: 'kind', label: 'Kind of decision' },
  { key: 'description', label: 'Description' },
  { key: 'sourceBodyId', label: 'Held by', show: bodyName },
  { key: 'financialLimit', label: 'Financial limit (£)', show: (s) => (s === '' ? 'No limit' : `£${Number(s).toLocaleString('en-GB')}`) },
];
export const storedPower = (n: Record<string, unknown>) => powerValues(n as Partial<StoredPower>, '');
export { powerValues };

/** A new decision power, or (with `initial`) a change to one, answering a stale version with keep mine / take theirs. */
export function PowerForm({
  councilId,
  bodies,
  onSaved,
  onCancel,
  initial,
}: FormProps & { bodies: ReadonlyArray<{ id: string; name: string }>; initial?: StoredPower }) {
  const base = powerValues(initial, bodies[0]?.id ?? '');
  const [v, setV] = useState<PowerValues>(base);
  const set = (key: keyof PowerValues) => (value: string) => setV((old) => ({ ...old, [key]: value }));
  const [create] = useMutation(CreateDecisionPowerMutation);
  const [update] = useMutation(UpdateDecisionPowerMutation);
  const bodyName = (id: string) => bodies.find((b) => b.id === id)?.name ?? id;
  const fields = powerFields(bodyName);
  const stored = useStored(initial?.id, storedPower);
  const c = useConflictForm<PowerValues>(fields, stored);
  const [outcome, submit] = useSubmit(async () => {
    const common = {
      name: v.name,
      kind: v.kind,
      description: v.description,
      sourceBodyId: v.sourceBodyId,
      financialLimit: pounds(v.financialLimit),
    };
    if (initial) {
      const input = { id: initial.id, version: c.version(initial.version), ...common };
      await c.guard(base, v, () => update({ variables: { input } }));
      await onSaved();
      return `Saved the power “${v.name.trim()}”.`;
    }
    await create({ variables: { input: { councilId, ...common, description: common.description || null } } });
    await onSaved();
    return `Added the power “${v.name.trim()}”.`;
  });
  const title = initial ? `Change “${initial.name}”` : 'A new decision power';
  const shown = c.outcome(outcome);
  return (
    <form
      className="card card--inset"
      aria-label={title}
      onSubmit={(e) => void submit(e)}
      onKeyDown={(e) => e.key === 'Escape' && onCancel()}
      noValidate
    >
      <h3>{title}</h3>
      <ConflictAnswer c={c} what="this power" busy={outcome.busy} submit={submit} show={setV} />
      <TextField
        label="Name"
        name="name"
        value={v.name}
        onChange={set('name')}
        outcome={shown}
        required
        hint="e.g. Approve adult care packages"
      />
      <TextField
        label="Kind of decision"
        name="kind"
        value={v.kind}
        onChange={set('kind')}
        outcome={shown}
        required
        hint="A short code, e.g. CARE_PACKAGE"
      />
      {initial && (
        <TextField label="Description" name="description" value={v.description} onChange={set('description')} outcome={shown} multiline />
      )}
      <SelectField
        label="Held by"
        name="sourceBodyId"
        value={v.sourceBodyId}
        onChange={set('sourceBodyId')}
        choices={bodies.map((b) => ({ value: b.id, label: b.name }))}
        outcome={shown}
      />
      <TextField
        label="Financial limit (£)"
        name="financialLimit"
        value={v.financialLimit}
        onChange={set('financialLimit')}
        outcome={shown}
        hint="Leave empty for no limit"
      />
      <Feedback outcome={shown} besideFields={['name', 'kind', 'description', 'sourceBodyId', 'financialLimit']} />
      <Buttons outcome={outcome} label={initial ? 'Save the power' : 'Add the power'} onCancel={onCancel} />
    </form>
  );
}
