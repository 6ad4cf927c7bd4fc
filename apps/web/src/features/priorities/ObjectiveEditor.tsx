import { useApolloClient, useMutation, useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { ConfirmButton, errorOf, Field, InPlaceForm, inputProps, text } from './forms.js';
import { MilestoneItem, TargetItem } from './ObjectiveParts.js';
import {
  CreateMilestoneMutation,
  DeleteObjectiveMutation,
  LinkTargetMutation,
  SetTargetMutation,
  TargetIndicatorsQuery,
  UpdateObjectiveMutation,
} from './queries.js';
import { useStoredRecord } from './stored.js';
import type { Objective, Priority } from './types.js';

const OBJECTIVE_FIELDS = [
  { key: 'name', label: 'Objective' },
  { key: 'description', label: 'Description' },
] as const;

/** An objective delivering the priority: edit or delete it, and its milestones and targets. */
export function ObjectiveEditor({
  o,
  p,
  councilId,
  changed,
}: {
  o: Objective;
  p: Priority;
  councilId: string;
  changed: () => Promise<void>;
}) {
  const [open, setOpen] = useState<null | 'edit' | 'milestone' | 'target'>(null);
  const [addMilestone] = useMutation(CreateMilestoneMutation);
  const [updateObjective] = useMutation(UpdateObjectiveMutation);
  const [deleteObjective] = useMutation(DeleteObjectiveMutation);
  const [setTarget] = useMutation(SetTargetMutation);
  const [link] = useMutation(LinkTargetMutation);
  const client = useApolloClient();
  const indicators = useQuery(TargetIndicatorsQuery, { skip: open !== 'target' });
  const values = (x: { name: string; description?: string | null }) => ({ name: x.name, description: x.description ?? '' });
  const load = useStoredRecord('Objective', o.id, values);
  return (
    <li aria-label={o.name}>
      <strong>{o.name}</strong> <span className="small muted">{o.service.name}</span>
      {o.description && <p className="small">{o.description}</p>}
      <ul className="small">
        {o.milestones.map((m) => (
          <MilestoneItem key={m.id} m={m} changed={changed} />
        ))}
        {o.targets.map((t) => (
          <TargetItem key={t.id} t={t} o={o} councilId={councilId} changed={changed} />
        ))}
      </ul>
      <p className="actions">
        {o.viewerCan.update && (
          <button
            type="button"
            className="button"
            aria-label={`Edit objective “${o.name}”`}
            aria-expanded={open === 'edit'}
            onClick={() => setOpen(open === 'edit' ? null : 'edit')}
          >
            Edit objective
          </button>
        )}
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
        {o.viewerCan.delete && (
          <ConfirmButton
            label="Delete objective"
            ariaLabel={`Delete objective “${o.name}”`}
            question={`Delete the objective “${o.name}” with its ${o.milestones.length} milestones? Its targets stay. It cannot be undone.`}
            confirmLabel="Yes, delete it"
            versioned={{ what: 'this objective', fields: OBJECTIVE_FIELDS, base: values(o), version: o.version, load }}
            onConfirm={async (version) => {
              await deleteObjective({ variables: { id: o.id, version } });
              await changed();
            }}
          />
        )}
      </p>
      {open === 'edit' && (
        <InPlaceForm
          title={`Edit objective “${o.name}”`}
          submitLabel="Save the objective"
          fields={['name', 'description']}
          onCancel={() => setOpen(null)}
          versioned={{
            what: 'this objective',
            fields: OBJECTIVE_FIELDS,
            base: values(o),
            version: o.version,
            values: (d) => ({ name: text(d, 'name'), description: text(d, 'description') }),
            load,
          }}
          onSubmit={async (d, version) => {
            const input = { id: o.id, version, name: text(d, 'name'), description: text(d, 'description') };
            await updateObjective({ variables: { input } });
            setOpen(null);
            await changed();
          }}
        >
          {(f, v) => (
            <>
              <Field id={`oe-name-${o.id}`} label="Objective" error={errorOf(f, 'name')}>
                <input {...inputProps(`oe-name-${o.id}`, 'name', f)} defaultValue={v.name} />
              </Field>
              <Field id={`oe-desc-${o.id}`} label="Description" error={errorOf(f, 'description')}>
                <textarea {...inputProps(`oe-desc-${o.id}`, 'description', f)} defaultValue={v.description} rows={2} />
              </Field>
            </>
          )}
        </InPlaceForm>
      )}
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
