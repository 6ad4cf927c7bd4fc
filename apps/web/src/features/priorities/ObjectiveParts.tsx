import { formatDate } from '../../ui/dates.js';
import { useMutation } from '@apollo/client/react';
import { useState } from 'react';
import { ConfirmButton, errorOf, Field, InPlaceForm, inputProps, optionalNumber, text } from './forms.js';
import {
  DeleteMilestoneMutation,
  DeleteTargetMutation,
  LinkTargetMutation,
  SetTargetMutation,
  UnlinkTargetMutation,
  UpdateMilestoneMutation,
} from './queries.js';
import { MILESTONE_STATUS, TARGET_FIELDS, targetValues, useStoredRecord } from './stored.js';
import type { Milestone, Objective, ObjectiveTarget } from './types.js';

const MILESTONE_FIELDS = [
  { key: 'name', label: 'Milestone' },
  { key: 'due', label: 'Due', show: (v: string) => (v ? formatDate(v) : '(empty)') },
] as const;
const STATUS_FIELD = { key: 'status', label: 'Status', show: MILESTONE_STATUS } as const;

/** A milestone of an objective: mark it done, change its name and due date, delete it (confirmed). */
export function MilestoneItem({ m, changed }: { m: Milestone; changed: () => Promise<void> }) {
  const [editing, setEditing] = useState(false);
  const [update] = useMutation(UpdateMilestoneMutation);
  const [remove] = useMutation(DeleteMilestoneMutation);
  const load = useStoredRecord('Milestone', m.id, (x) => ({ name: x.name, due: x.due, status: x.milestoneStatus }));
  const done = m.status === 'COMPLETE';
  // Mark done and delete are done on the milestone as read: a stale version shows their change first.
  const base = { name: m.name, due: m.due, status: m.status };
  const step = { what: 'this milestone', fields: [...MILESTONE_FIELDS, STATUS_FIELD], base, version: m.version, load };
  return (
    <li>
      {done ? '✓ ' : ''}
      {m.name} (due {formatDate(m.due)}
      {done ? ', done' : ''}){' '}
      {m.viewerCan.update && !done && (
        <ConfirmButton
          label="Mark done"
          quiet
          ariaLabel={`Mark done: “${m.name}”`}
          versioned={step}
          onConfirm={async (version) => {
            await update({ variables: { input: { id: m.id, version, status: 'COMPLETE' } } });
            await changed();
          }}
        />
      )}
      {m.viewerCan.update && (
        <button
          type="button"
          className="button button--quiet"
          aria-label={`Edit milestone “${m.name}”`}
          aria-expanded={editing}
          onClick={() => setEditing(!editing)}
        >
          Edit
        </button>
      )}
      {m.viewerCan.delete && (
        <ConfirmButton
          label="Delete"
          ariaLabel={`Delete milestone “${m.name}”`}
          question={`Delete the milestone “${m.name}”? It cannot be undone.`}
          confirmLabel="Yes, delete it"
          versioned={step}
          onConfirm={async (version) => {
            await remove({ variables: { id: m.id, version } });
            await changed();
          }}
        />
      )}
      {editing && (
        <InPlaceForm
          title={`Edit milestone “${m.name}”`}
          submitLabel="Save"
          fields={['name', 'due']}
          onCancel={() => setEditing(false)}
          versioned={{
            what: 'this milestone',
            fields: MILESTONE_FIELDS,
            base,
            version: m.version,
            values: (d) => ({ name: text(d, 'name'), due: text(d, 'due'), status: m.status }),
            load,
          }}
          onSubmit={async (d, version) => {
            await update({ variables: { input: { id: m.id, version, name: text(d, 'name'), due: text(d, 'due') } } });
            setEditing(false);
            await changed();
          }}
        >
          {(f, v) => (
            <>
              <Field id={`me-name-${m.id}`} label="Milestone" error={errorOf(f, 'name')}>
                <input {...inputProps(`me-name-${m.id}`, 'name', f)} defaultValue={v.name} />
              </Field>
              <Field id={`me-due-${m.id}`} label="Due" error={errorOf(f, 'due')}>
                <input {...inputProps(`me-due-${m.id}`, 'due', f)} type="date" defaultValue={v.due} />
              </Field>
            </>
          )}
        </InPlaceForm>
      )}
    </li>
  );
}

/**
 * A target measuring an objective: change its value, tolerance or period (setTarget at its version;
 * another period is another target, linked in this one's place), unlink it from the objective, or
 * delete it (both confirmed).
 */
export function TargetItem({
  t,
  o,
  councilId,
  changed,
}: {
  t: ObjectiveTarget;
  o: Objective;
  councilId: string;
  changed: () => Promise<void>;
}) {
  const [editing, setEditing] = useState(false);
  const [set] = useMutation(SetTargetMutation);
  const [link] = useMutation(LinkTargetMutation);
  const [unlink] = useMutation(UnlinkTargetMutation);
  const [remove] = useMutation(DeleteTargetMutation);
  const load = useStoredRecord('Target', t.target?.id ?? '', targetValues);
  const what = `${t.indicatorName} ${t.value} in ${t.period}`;
  const base = targetValues({ value: t.value, tolerance: t.target?.tolerance, period: t.period });
  // Unlink and delete are done on the target as read: a change since is shown first (do it anyway / cancel).
  const step = t.target ? { what: 'this target', fields: TARGET_FIELDS, base, version: t.target.version, load } : undefined;
  return (
    <li>
      Target: {what}
      {t.target?.tolerance != null ? ` (± ${t.target.tolerance})` : ''}{' '}
      {t.viewerCan.update && t.target && (
        <button
          type="button"
          className="button button--quiet"
          aria-label={`Edit target ${what}`}
          aria-expanded={editing}
          onClick={() => setEditing(!editing)}
        >
          Edit
        </button>
      )}
      {o.viewerCan.update && (
        <ConfirmButton
          label="Unlink"
          ariaLabel={`Unlink target ${what}`}
          question={`Unlink the target ${what} from “${o.name}”? The target stays; it no longer measures this objective.`}
          confirmLabel="Yes, unlink it"
          versioned={step}
          onConfirm={async (version) => {
            await unlink({ variables: { input: { targetId: t.id, objectiveId: o.id }, version: step ? version : null } });
            await changed();
          }}
        />
      )}
      {t.viewerCan.delete && t.target && (
        <ConfirmButton
          label="Delete"
          ariaLabel={`Delete target ${what}`}
          question={`Delete the target ${what}? It goes from every objective and priority it measures, and cannot be undone.`}
          confirmLabel="Yes, delete it"
          versioned={step}
          onConfirm={async (version) => {
            await remove({ variables: { id: t.id, version } });
            await changed();
          }}
        />
      )}
      {editing && t.target && (
        <InPlaceForm
          title={`Edit target ${what}`}
          submitLabel="Save the target"
          fields={['value', 'tolerance', 'period']}
          onCancel={() => setEditing(false)}
          versioned={{
            what: 'this target',
            fields: TARGET_FIELDS,
            base,
            version: t.target.version,
            values: (d) => ({ value: text(d, 'value'), tolerance: text(d, 'tolerance'), period: text(d, 'period') }),
            load,
          }}
          onSubmit={async (d, version) => {
            const period = text(d, 'period');
            const moved = period !== t.period;
            const input = {
              councilId,
              indicatorId: t.indicatorId,
              serviceId: t.serviceId,
              period,
              value: Number(text(d, 'value') || Number.NaN),
              tolerance: optionalNumber(d, 'tolerance'),
              ...(moved ? {} : { version }),
            };
            const r = await set({ variables: { input } });
            if (moved && r.data) {
              await link({ variables: { input: { targetId: r.data.setTarget.target.id, objectiveId: o.id } } });
              await unlink({ variables: { input: { targetId: t.id, objectiveId: o.id } } });
            }
            setEditing(false);
            await changed();
          }}
        >
          {(f, v) => (
            <>
              <Field id={`te-value-${t.id}`} label="Value" error={errorOf(f, 'value')}>
                <input {...inputProps(`te-value-${t.id}`, 'value', f)} inputMode="decimal" defaultValue={v.value} />
              </Field>
              <Field id={`te-tol-${t.id}`} label="Tolerance (blank: the indicator's)" error={errorOf(f, 'tolerance')}>
                <input {...inputProps(`te-tol-${t.id}`, 'tolerance', f)} inputMode="decimal" defaultValue={v.tolerance} />
              </Field>
              <Field id={`te-period-${t.id}`} label="Period" error={errorOf(f, 'period')}>
                <input {...inputProps(`te-period-${t.id}`, 'period', f)} defaultValue={v.period} />
              </Field>
              <p className="small muted">Another period sets the target of that period and links it here in this one's place.</p>
            </>
          )}
        </InPlaceForm>
      )}
    </li>
  );
}
