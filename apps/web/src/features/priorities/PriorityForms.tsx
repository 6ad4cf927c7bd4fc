import { useMutation, useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { SearchSelectField } from '../../ui/forms.js';
import { errorOf, Field, InPlaceForm, inputProps, optionalNumber, text, today } from './forms.js';
import { OwnerChoicesQuery, RecordCommunicationMutation, UpdatePriorityMutation } from './queries.js';
import type { Priority } from './types.js';

interface FormProps {
  p: Priority;
  onCancel: () => void;
  onDone: () => Promise<void>;
}

/** Name, description and resources (budget and FTE). */
export function EditDetailsForm({ p, onCancel, onDone }: FormProps) {
  const [update] = useMutation(UpdatePriorityMutation);
  return (
    <InPlaceForm
      title="Edit details"
      submitLabel="Save"
      fields={['name', 'description', 'budget', 'fte']}
      onCancel={onCancel}
      onSubmit={async (d) => {
        const input = {
          id: p.id,
          version: p.version,
          name: text(d, 'name'),
          description: text(d, 'description'),
          budget: optionalNumber(d, 'budget'),
          fte: optionalNumber(d, 'fte'),
        };
        await update({ variables: { input } });
        await onDone();
      }}
    >
      {(f) => (
        <>
          <Field id="pe-name" label="Name" error={errorOf(f, 'name')}>
            <input {...inputProps('pe-name', 'name', f)} defaultValue={p.name} />
          </Field>
          <Field id="pe-description" label="Description" error={errorOf(f, 'description')}>
            <textarea {...inputProps('pe-description', 'description', f)} defaultValue={p.description ?? ''} rows={3} />
          </Field>
          <Field id="pe-budget" label="Budget (£)" error={errorOf(f, 'budget')}>
            <input {...inputProps('pe-budget', 'budget', f)} inputMode="decimal" defaultValue={p.budget ?? ''} />
          </Field>
          <Field id="pe-fte" label="Staff time (FTE)" error={errorOf(f, 'fte')}>
            <input {...inputProps('pe-fte', 'fte', f)} inputMode="decimal" defaultValue={p.fte ?? ''} />
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
  return (
    <InPlaceForm
      title="Change owner"
      submitLabel="Save the owner"
      fields={['ownerId']}
      onCancel={onCancel}
      onSubmit={async () => {
        await update({ variables: { input: { id: p.id, version: p.version, ownerId: owner || null } } });
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
  return (
    <InPlaceForm
      title="Mark as not a priority"
      submitLabel="Mark as not a priority"
      fields={['nonPriorityReason', 'isNonPriority']}
      onCancel={onCancel}
      onSubmit={async (d) => {
        const input = { id: p.id, version: p.version, isNonPriority: true, nonPriorityReason: text(d, 'nonPriorityReason') };
        await update({ variables: { input } });
        await onDone();
      }}
    >
      {(f) => (
        <>
          <p className="small muted">It is then listed under “What we will not prioritise”, with the reason, and no longer counts.</p>
          <Field id="pnp-reason" label="Why we will not prioritise it" error={errorOf(f, 'nonPriorityReason')}>
            <textarea {...inputProps('pnp-reason', 'nonPriorityReason', f)} rows={3} />
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
