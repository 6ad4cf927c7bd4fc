import { useApolloClient, useMutation, useQuery } from '@apollo/client/react';
import { useState } from 'react';
import type { PriorityEditQuery as PriorityEditData } from '../../graphql/graphql.js';
import { useViewer } from '../../auth/viewer.js';
import { ErrorState, Loading } from '../../ui/Status.js';
import { ConfirmButton, errorOf, Field, InPlaceForm, inputProps } from './forms.js';
import {
  CreateMilestoneMutation,
  CreateObjectiveMutation,
  CreatePriorityMutation,
  DirectoratesQuery,
  LinkTargetMutation,
  PriorityEditQuery,
  RecordCommunicationMutation,
  SetTargetMutation,
  TargetIndicatorsQuery,
  UpdateMilestoneMutation,
  UpdatePriorityMutation,
} from './queries.js';
import './priorities.css';

type Priority = Extract<NonNullable<PriorityEditData['node']>, { __typename: 'Priority' }>;
type Objective = Priority['objectives'][number];

const text = (d: FormData, k: string) => String(d.get(k) ?? '').trim();
const optionalNumber = (d: FormData, k: string) => (text(d, k) === '' ? null : Number(text(d, k)));
const today = () => new Date().toISOString().slice(0, 10);

/**
 * Editing a priority where it is shown, for those the server allows (`viewerCan`): its details,
 * agreeing it, recording its communication and communicating it, a priority under it, and its
 * objectives with their milestones and targets. After each write the priority and the cascade are
 * read again.
 */
const answersFor = (owner: { name: string } | null | undefined) => (owner ? `${owner.name} answers for it` : 'it needs an owner');

export function PriorityEditor({
  priorityId,
  councilId,
  onChanged,
  onCreated,
}: {
  priorityId: string;
  councilId: string;
  onChanged: () => void;
  onCreated: (id: string) => void;
}) {
  const { data, loading, error, refetch } = useQuery(PriorityEditQuery, {
    variables: { id: priorityId },
    fetchPolicy: 'cache-and-network',
  });
  const p = data?.node?.__typename === 'Priority' ? (data.node as Priority) : null;
  const changed = async () => {
    await refetch();
    onChanged();
  };
  if (error) return <ErrorState compact title="What you can change could not be loaded" error={error} onRetry={() => void refetch()} />;
  if (loading && !p) return <Loading compact label="Loading what you can change…" />;
  if (!p) return null;
  const can = p.viewerCan;
  const anything =
    can.update ||
    can.agree ||
    can.communicate ||
    can.recordCommunication ||
    can.addPriority ||
    p.objectives.some((o) => o.viewerCan.update);
  if (!anything) return null;
  return (
    <section aria-labelledby="priority-edit-title">
      <h3 id="priority-edit-title">Change this priority</h3>
      <PriorityActions p={p} councilId={councilId} changed={changed} onCreated={onCreated} />
      {can.update && !p.isNonPriority && <AddObjective p={p} changed={changed} />}
      {p.objectives.length > 0 && (
        <ul className="edit-list" aria-label="Objectives to change">
          {p.objectives.map((o) => (
            <ObjectiveEditor key={o.id} o={o} p={p} councilId={councilId} changed={changed} />
          ))}
        </ul>
      )}
    </section>
  );
}

type Open = null | 'edit' | 'communication' | 'child';

function PriorityActions({
  p,
  councilId,
  changed,
  onCreated,
}: {
  p: Priority;
  councilId: string;
  changed: () => Promise<void>;
  onCreated: (id: string) => void;
}) {
  const [open, setOpen] = useState<Open>(null);
  const [update] = useMutation(UpdatePriorityMutation);
  const [record] = useMutation(RecordCommunicationMutation);
  const can = p.viewerCan;
  const status = async (s: 'AGREED' | 'COMMUNICATED') => {
    await update({ variables: { input: { id: p.id, version: p.version, status: s } } });
    await changed();
  };
  return (
    <>
      <p className="actions">
        {can.update && (
          <button type="button" className="button" aria-expanded={open === 'edit'} onClick={() => setOpen(open === 'edit' ? null : 'edit')}>
            Edit details
          </button>
        )}
        {can.addPriority && (
          <button
            type="button"
            className="button"
            aria-expanded={open === 'child'}
            onClick={() => setOpen(open === 'child' ? null : 'child')}
          >
            Add a priority under this
          </button>
        )}
        {can.recordCommunication && (
          <button
            type="button"
            className="button"
            aria-expanded={open === 'communication'}
            onClick={() => setOpen(open === 'communication' ? null : 'communication')}
          >
            Record a communication
          </button>
        )}
        {can.agree && (
          <ConfirmButton
            label="Agree"
            question={`Agree “${p.name}”? It moves from draft to agreed and cannot go back; ${answersFor(p.owner)}.`}
            confirmLabel="Yes, agree it"
            onConfirm={() => status('AGREED')}
          />
        )}
        {can.communicate && (
          <ConfirmButton
            label="Mark as communicated"
            question={`Mark “${p.name}” as communicated? It becomes public: anyone can see it in the cascade.`}
            confirmLabel="Yes, make it public"
            onConfirm={() => status('COMMUNICATED')}
          />
        )}
      </p>
      {p.communications.length > 0 && (
        <p className="small muted">Communicated: {p.communications.map((c) => `${c.date} (${c.channel})`).join('; ')}</p>
      )}
      {open === 'edit' && (
        <InPlaceForm
          title="Edit details"
          submitLabel="Save"
          fields={['name', 'description', 'budget', 'fte']}
          onCancel={() => setOpen(null)}
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
            setOpen(null);
            await changed();
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
      )}
      {open === 'communication' && (
        <InPlaceForm
          title="Record a communication"
          submitLabel="Record it"
          fields={['date', 'channel', 'groups']}
          onCancel={() => setOpen(null)}
          onSubmit={async (d) => {
            const group = text(d, 'groups');
            const groups = group ? [{ kind: 'STAFF' as const, name: group }] : [];
            await record({
              variables: { input: { councilId, date: text(d, 'date'), channel: text(d, 'channel'), groups, priorityIds: [p.id] } },
            });
            setOpen(null);
            await changed();
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
      )}
      {open === 'child' && <AddChild p={p} councilId={councilId} onCancel={() => setOpen(null)} onCreated={onCreated} />}
    </>
  );
}

function AddChild({
  p,
  councilId,
  onCancel,
  onCreated,
}: {
  p: Priority;
  councilId: string;
  onCancel: () => void;
  onCreated: (id: string) => void;
}) {
  const [create] = useMutation(CreatePriorityMutation);
  const me = useViewer().personId;
  const corporate = p.level === 'CORPORATE';
  const directorates = useQuery(DirectoratesQuery, { variables: { councilId }, skip: !corporate });
  const council = directorates.data?.node?.__typename === 'Council' ? directorates.data.node : null;
  const places = corporate ? (council?.directorates.nodes ?? []) : (p.directorate?.services.nodes ?? []);
  const field = corporate ? 'directorateId' : 'serviceId';
  return (
    <InPlaceForm
      title={corporate ? 'A directorate priority under this' : 'A service priority under this'}
      submitLabel="Create as a draft"
      fields={['name', 'directorateId', 'serviceId', 'ownerId']}
      onCancel={onCancel}
      onSubmit={async (d) => {
        const place = text(d, field);
        const input = {
          councilId,
          level: corporate ? ('DIRECTORATE' as const) : ('SERVICE' as const),
          name: text(d, 'name'),
          period: p.period,
          parentId: p.id,
          ownerId: me && d.get('ownerIsMe') ? me : null,
          ...(corporate ? { directorateId: place || null } : { serviceId: place || null, directorateId: p.directorate?.id ?? null }),
        };
        const r = await create({ variables: { input } });
        if (r.data) onCreated(r.data.createPriority.priority.id);
      }}
    >
      {(f) => (
        <>
          <Field id="pn-name" label="Name" error={errorOf(f, 'name')}>
            <input {...inputProps('pn-name', 'name', f)} />
          </Field>
          <Field id="pn-place" label={corporate ? 'Directorate' : 'Service'} error={errorOf(f, field)}>
            <select {...inputProps('pn-place', field, f)} defaultValue="">
              <option value="">Choose…</option>
              {places.map((x) => (
                <option key={x.id} value={x.id}>
                  {x.name}
                </option>
              ))}
            </select>
          </Field>
          {me && (
            <div className="field">
              <label>
                <input type="checkbox" name="ownerIsMe" defaultChecked /> I answer for it (owner)
              </label>
            </div>
          )}
        </>
      )}
    </InPlaceForm>
  );
}

function AddObjective({ p, changed }: { p: Priority; changed: () => Promise<void> }) {
  const [open, setOpen] = useState(false);
  const [create] = useMutation(CreateObjectiveMutation);
  const services = p.service ? [p.service] : (p.directorate?.services.nodes ?? []);
  if (!open) {
    return (
      <p className="actions">
        <button type="button" className="button" onClick={() => setOpen(true)}>
          Add an objective
        </button>
      </p>
    );
  }
  return (
    <InPlaceForm
      title="An objective delivering this priority"
      submitLabel="Add the objective"
      fields={['name', 'serviceId']}
      onCancel={() => setOpen(false)}
      onSubmit={async (d) => {
        await create({
          variables: { input: { name: text(d, 'name'), serviceId: text(d, 'serviceId'), period: p.period, priorityIds: [p.id] } },
        });
        setOpen(false);
        await changed();
      }}
    >
      {(f) => (
        <>
          <Field id="po-name" label="Objective" error={errorOf(f, 'name')}>
            <input {...inputProps('po-name', 'name', f)} />
          </Field>
          <Field id="po-service" label="Service whose plan it is in" error={errorOf(f, 'serviceId')}>
            <select {...inputProps('po-service', 'serviceId', f)} defaultValue={services[0]?.id ?? ''}>
              {services.map((s) => (
                <option key={s.id} value={s.id}>
                  {s.name}
                </option>
              ))}
            </select>
          </Field>
        </>
      )}
    </InPlaceForm>
  );
}

function ObjectiveEditor({ o, p, councilId, changed }: { o: Objective; p: Priority; councilId: string; changed: () => Promise<void> }) {
  const [open, setOpen] = useState<null | 'milestone' | 'target'>(null);
  const [addMilestone] = useMutation(CreateMilestoneMutation);
  const [updateMilestone] = useMutation(UpdateMilestoneMutation);
  const [setTarget] = useMutation(SetTargetMutation);
  const [link] = useMutation(LinkTargetMutation);
  const client = useApolloClient();
  const indicators = useQuery(TargetIndicatorsQuery, { skip: open !== 'target' });
  return (
    <li aria-label={o.name}>
      <strong>{o.name}</strong> <span className="small muted">{o.service.name}</span>
      <ul className="small">
        {o.milestones.map((m) => (
          <li key={m.id}>
            {m.status === 'COMPLETE' ? '✓ ' : ''}
            {m.name} (due {m.due}
            {m.status === 'COMPLETE' ? ', done' : ''}){' '}
            {m.viewerCan.update && m.status !== 'COMPLETE' && (
              <button
                type="button"
                className="button button--quiet"
                aria-label={`Mark “${m.name}” done`}
                onClick={async () => {
                  await updateMilestone({ variables: { input: { id: m.id, version: m.version, status: 'COMPLETE' } } });
                  await changed();
                }}
              >
                Mark done
              </button>
            )}
          </li>
        ))}
        {o.targets.map((t) => (
          <li key={t.id}>
            Target: {t.indicatorName} {t.value} in {t.period}
          </li>
        ))}
      </ul>
      <p className="actions">
        {o.viewerCan.addMilestone && (
          <button
            type="button"
            className="button"
            aria-expanded={open === 'milestone'}
            onClick={() => setOpen(open === 'milestone' ? null : 'milestone')}
          >
            Add a milestone
          </button>
        )}
        {o.viewerCan.addTarget && (
          <button
            type="button"
            className="button"
            aria-expanded={open === 'target'}
            onClick={() => setOpen(open === 'target' ? null : 'target')}
          >
            Add a target
          </button>
        )}
      </p>
      {open === 'milestone' && (
        <InPlaceForm
          title={`A milestone of “${o.name}”`}
          submitLabel="Add the milestone"
          fields={['name', 'due']}
          onCancel={() => setOpen(null)}
          onSubmit={async (d) => {
            await addMilestone({ variables: { input: { objectiveId: o.id, name: text(d, 'name'), due: text(d, 'due') } } });
            setOpen(null);
            await changed();
          }}
        >
          {(f) => (
            <>
              <Field id={`pm-name-${o.id}`} label="Milestone" error={errorOf(f, 'name')}>
                <input {...inputProps(`pm-name-${o.id}`, 'name', f)} />
              </Field>
              <Field id={`pm-due-${o.id}`} label="Due" error={errorOf(f, 'due')}>
                <input {...inputProps(`pm-due-${o.id}`, 'due', f)} type="date" />
              </Field>
            </>
          )}
        </InPlaceForm>
      )}
      {open === 'target' && (
        <InPlaceForm
          title={`A target measuring “${o.name}”`}
          submitLabel="Set the target"
          fields={['indicatorId', 'value', 'period']}
          onCancel={() => setOpen(null)}
          onSubmit={async (d) => {
            const input = {
              councilId,
              serviceId: o.service.id,
              indicatorId: text(d, 'indicatorId'),
              value: Number(text(d, 'value') || Number.NaN),
              period: p.period,
            };
            const r = await setTarget({ variables: { input } });
            if (r.data) await link({ variables: { input: { targetId: r.data.setTarget.target.id, objectiveId: o.id } } });
            await client.refetchQueries({ include: 'active' });
            setOpen(null);
            await changed();
          }}
        >
          {(f) => (
            <>
              <Field id={`pt-ind-${o.id}`} label="Indicator" error={errorOf(f, 'indicatorId')}>
                <select {...inputProps(`pt-ind-${o.id}`, 'indicatorId', f)} defaultValue="">
                  <option value="">Choose…</option>
                  {(indicators.data?.indicators.nodes ?? []).map((i) => (
                    <option key={i.id} value={i.id}>
                      {i.code} {i.title}
                    </option>
                  ))}
                </select>
              </Field>
              <Field id={`pt-value-${o.id}`} label={`Value for ${p.period}`} error={errorOf(f, 'value')}>
                <input {...inputProps(`pt-value-${o.id}`, 'value', f)} inputMode="decimal" />
              </Field>
            </>
          )}
        </InPlaceForm>
      )}
    </li>
  );
}
