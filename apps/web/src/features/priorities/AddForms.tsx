import { useMutation, useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { useViewer } from '../../auth/viewer.js';
import { errorOf, Field, InPlaceForm, inputProps, text } from './forms.js';
import { CreateObjectiveMutation, CreatePriorityMutation, DirectoratesQuery } from './queries.js';
import type { Priority } from './types.js';

/** Adding under a priority: a priority one level down, and an objective delivering it. */
export function AddChild({
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

export function AddObjective({ p, changed }: { p: Priority; changed: () => Promise<void> }) {
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
