import { useMutation, useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { SearchSelectField } from '../../ui/forms.js';
import { errorOf, Field, InPlaceForm, inputProps, optionalNumber, text, today } from './forms.js';
import { OwnerChoicesQuery, RecordCommunicationMutation, UpdatePriorityMutation } from './queries.js';
import { numberText, useStoredRecord } from './stored.js';
import type { Priority } from './types.js';

interface FormProps {
  p: Priority;
  onCancel: () => void;
  onDone: () => Promise<void>;
}

interface Details {
  name: string;
  description: string;
  budget: string;
  fte: string;
}

const details = (p: { name: string; description?: string | null; budget?: number | null; fte?: number | null }): Details => ({
  name: p.name,
  description: p.description ?? '',
  budget: numberText(p.budget),
  fte: numberText(p.fte),
});

/** Name, description and resources (budget and FTE); a stale version answered with keep mine / take theirs. */
export function EditDetailsForm({ p, onCancel, onDone }: FormProps) {
  const [update] = useMutation(UpdatePriorityMutation);
  const load = useStoredRecord('Priority', p.id, details);
  return (
    <InPlaceForm
      title="Edit details"
      submitLabel="Save"
      fields={['name', 'description', 'budget', 'fte']}
      onCancel={onCancel}
      versioned={{
        what: 'this priority',
        fields: [
          { key: 'name', label: 'Name' },
          { key: 'description', label: 'Description' },
          { key: 'budget', label: 'Budget (£)' },
          { key: 'fte', label: 'Staff time (FTE)' },
        ],
        base: details(p),
        version: p.version,
        values: (d) => ({ name: text(d, 'name'), description: text(d, 'description'), budget: text(d, 'budget'), fte: text(d, 'fte') }),
        load,
      }}
      onSubmit={async (d, version) => {
        const input = {
          id: p.id,
          version,
          name: text(d, 'name'),
          description: text(d, 'description'),
          budget: optionalNumber(d, 'budget'),
          fte: optionalNumber(d, 'fte'),
        };
        await update({ variables: { input } });
        await onDone();
      }}
    >
      {(f, v) => (
        <>
          <Field id="pe-name" label="Name" error={errorOf(f, 'name')}>
            <input {...inputProps('pe-name', 'name', f)} defaultValue={v.name} />
          </Field>
          <Field id="pe-description" label="Description" error={errorOf(f, 'description')}>
            <textarea {...inputProps('pe-description', 'description', f)} defaultValue={v.description} rows={3} />
          </Field>
          <Field id="pe-budget" label="Budget (£)" error={errorOf(f, 'budget')}>
            <input {...inputProps('pe-budget', 'budget', f)} inputMode="decimal" defaultValue={v.budget} />
          </Field>
          <Field id="pe-fte" label="Staff time (FTE)" error={errorOf(f, 'fte')}>
            <input {...inputProps('pe-fte', 'fte', f)} inputMode="decimal" defaultValue={v.fte} />
          </Field>
        </>
      )}
    </InPlaceForm>
  );
}

/** Who answers for the priority, picked from the council's staff (an agreed priority keeps one: the server says so on the field). */
export function OwnerForm({ p, councilId, onCancel, onDone }: FormProps & { councilId: string }) {
  const [update] = useMutation(UpdatePriorityMutation);
  const [owner, setOwner] = useState(p.owner?.id ?? '');
  const people = useQuery(OwnerChoicesQuery, { variables: { councilId } });
  const council = people.data?.node?.__typename === 'Council' ? people.data.node : null;
  const choices = (council?.people.nodes ?? []).map((x) => ({ value: x.id, label: x.jobTitle ? `${x.name}, ${x.jobTitle}` : x.name }));
  if (p.owner && !choices.some((c) => c.value === p.owner!.id)) choices.unshift({ value: p.owner.id, label: p.owner.name });
  const load = useStoredRecord('Priority', p.id, (n) => ({ ownerId: n.owner?.id ?? '' }));
  const who = (id: string) => (id === '' ? 'Nobody' : (choices.find((c) => c.value === id)?.label ?? 'Someone else'));
  return (
    <InPlaceForm
      title="Change owner"
      submitLabel="Save the owner"
      fields={['ownerId']}
      onCancel={onCancel}
      versioned={{
        what: 'this priority',
        fields: [{ key: 'ownerId', label: 'Owner', show: who }],
        base: { ownerId: p.owner?.id ?? '' },
        version: p.version,
        values: () => ({ ownerId: owner }),
        load,
        onTheirs: (v) => setOwner(v.ownerId),
      }}
      onSubmit={async (_d, version) => {
        await update({ variables: { input: { id: p.id, version, ownerId: owner || null } } });
        await onDone();
      }}
    >
      {(f) => (
        <SearchSelectField
          label="Owner (who answers for it)"
          name="ownerId"
          searchLabel="Search the council's staff"
          value={owner}
          onChange={setOwner}
          choices={choices}
          empty="Nobody"
          outcome={f ?? undefined}
        />
      )}
    </InPlaceForm>
  );
}

/** "We will not prioritise this, because ...": listed apart, never counted. */
export function NonPriorityForm({ p, onCancel, onDone }: FormProps) {
  const [update] = useMutation(UpdatePriorityMutation);
  const reason = (n: { name: string; isNonPriority: boolean; nonPriorityReason?: string | null }) => ({
    name: n.name,
    nonPriorityReason: n.isNonPriority ? (n.nonPriorityReason ?? '') : '',
  });
  const load = useStoredRecord('Priority', p.id, reason);
  return (
    <InPlaceForm
      title="Mark as not a priority"
      submitLabel="Mark as not a priority"
      fields={['nonPriorityReason', 'isNonPriority']}
      onCancel={onCancel}
      versioned={{
        what: 'this priority',
        fields: [
          { key: 'name', label: 'Name' },
          { key: 'nonPriorityReason', label: 'Why we will not prioritise it' },
        ],
        base: reason(p),
        version: p.version,
        values: (d) => ({ name: p.name, nonPriorityReason: text(d, 'nonPriorityReason') }),
        load,
      }}
      onSubmit={async (d, version) => {
        const input = { id: p.id, version, isNonPriority: true, nonPriorityReason: text(d, 'nonPriorityReason') };
        await update({ variables: { input } });
        await onDone();
      }}
    >
      {(f, v) => (
        <>
          <p className="small muted">It is then listed under “What we will not prioritise”, with the reason, and no longer counts.</p>
          <Field id="pnp-reason" label="Why we will not prioritise it" error={errorOf(f, 'nonPriorityReason')}>
            <textarea {...inputProps('pnp-reason', 'nonPriorityReason', f)} defaultValue={v.nonPriorityReason} rows={3} />
          </Field>
        </>
      )}
    </InPlaceForm>
  );
}

/** A communication back to staff about the priority (needed before it is marked communicated). */
/** Records a communication about the priority; from a NOT_COMMUNICATED finding, it asks first (`confirm`). */
export function CommunicationForm({
  p,
  councilId,
  onCancel,
  onDone,
  confirm,
}: Omit<FormProps, 'p'> & { p: { id: string; name: string }; councilId: string; confirm?: boolean }) {
  const [record] = useMutation(RecordCommunicationMutation);
  return (
    <InPlaceForm
      title="Record a communication"
      submitLabel="Record it"
      {...(confirm ? { confirm: { question: `Record that people were told about “${p.name}”?`, yes: 'Yes, record it' } } : {})}
      fields={['date', 'channel', 'groups']}
      onCancel={onCancel}
      onSubmit={async (d) => {
        const group = text(d, 'groups');
        const groups = group ? [{ kind: 'STAFF' as const, name: group }] : [];
        await record({
          variables: { input: { councilId, date: text(d, 'date'), channel: text(d, 'channel'), groups, priorityIds: [p.id] } },
        });
        await onDone();
      }}
    >
      {(f) => (
        <>
          <Field id="pc-date" label="Date" error={errorOf(f, 'date')}>
            <input {...inputProps('pc-date', 'date', f)} type="date" defaultValue={today()} />
          </Field>
          <Field id="pc-channel" label="How (channel)" error={errorOf(f, 'channel')}>
            <input {...inputProps('pc-channel', 'channel', f)} placeholder="Staff briefing" />
          </Field>
          <Field id="pc-groups" label="Who was told (staff group)" error={errorOf(f, 'groups')}>
            <input {...inputProps('pc-groups', 'groups', f)} placeholder="All staff of the directorate" />
          </Field>
        </>
      )}
    </InPlaceForm>
  );
}
