/**
 * Rename, add a team (or a service) under, and delete a service, team or directorate, for those `viewerCan` allows.
 * Deleting asks first; the server's refusal (it still has teams or people) is shown in its words.
 */
import { useMutation } from '@apollo/client/react';
import { useEffect, useRef, useState } from 'react';
import { graphql } from '../../../graphql/index.js';
import { ConflictAnswer, useConflictForm, useStoredNodeOf } from '../../../ui/conflict-form.js';
import { Feedback, TextField, useOutcome, useSubmit } from '../../../ui/forms.js';
import { StoredOrganisationRecordQuery } from './stored.queries.js';

export const CreateUnitMutation = graphql(`
  mutation CreateUnit($input: CreateServiceInput!) {
    createService(input: $input) {
      service {
        id
        name
      }
    }
  }
`);
export const RenameServiceMutation = graphql(`
  mutation RenameService($input: UpdateServiceInput!) {
    updateService(input: $input) {
      service {
        id
        name
        version
      }
    }
  }
`);
export const DeleteServiceMutation = graphql(`
  mutation DeleteUnit($id: ID!, $version: Int) {
    deleteService(id: $id, version: $version) {
      deletedIds
      message
    }
  }
`);

type Open = null | 'rename' | 'add' | 'delete';
interface Unit {
  id: string;
  name: string;
  version: number;
  directorateId: string;
  can: { update: boolean; delete: boolean; addTeam: boolean };
}

export function StructureActions({ unit, onChanged }: { unit: Unit; onChanged?: () => void }) {
  const [open, setOpen] = useState<Open>(null);
  const [name, setName] = useState('');
  const refetchQueries = ['UnitDetails', 'OrganisationTree'];
  const [create] = useMutation(CreateUnitMutation, { refetchQueries, awaitRefetchQueries: true });
  const [rename] = useMutation(RenameServiceMutation, { refetchQueries, awaitRefetchQueries: true });
  const [remove] = useMutation(DeleteServiceMutation, { refetchQueries, awaitRefetchQueries: true });
  const read = useStoredNodeOf(StoredOrganisationRecordQuery, unit.id, 'Service', (n) => ({ name: n.name }));
  const c = useConflictForm([{ key: 'name', label: 'Name' }], read);
  const [answer, submit] = useSubmit(async () => {
    if (open === 'rename') {
      const input = { id: unit.id, version: c.version(unit.version), name };
      await c.guard({ name: unit.name }, { name }, () => rename({ variables: { input } }));
    } else await create({ variables: { input: { directorateId: unit.directorateId, parentId: unit.id, name } } });
    const done = open === 'rename' ? `Renamed to ${name.trim()}.` : `Added ${name.trim()} to ${unit.name}.`;
    setOpen(null);
    onChanged?.();
    return done;
  });
  const outcome = c.outcome(answer);
  const [deleted, runDelete] = useOutcome();
  const confirm = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (open === 'delete') confirm.current?.focus();
  }, [open]);
  const toggle = (o: Open, start = '') => {
    setName(start);
    setOpen(open === o ? null : o);
  };
  if (!unit.can.update && !unit.can.addTeam && !unit.can.delete) return null;
  return (
    <section className="details__section" aria-label={`Change ${unit.name}`}>
      <Feedback outcome={outcome} />
      <Feedback outcome={deleted} />
      <p className="actions">
        {unit.can.update && (
          <button type="button" className="button" aria-expanded={open === 'rename'} onClick={() => toggle('rename', unit.name)}>
            Rename
          </button>
        )}
        {unit.can.addTeam && (
          <button type="button" className="button" aria-expanded={open === 'add'} onClick={() => toggle('add')}>
            Add a team
          </button>
        )}
        {unit.can.delete && (
          <button type="button" className="button" aria-expanded={open === 'delete'} onClick={() => toggle('delete')}>
            Delete
          </button>
        )}
      </p>
      {(open === 'rename' || open === 'add') && (
        <form
          className="card card--inset"
          aria-label={open === 'rename' ? `Rename ${unit.name}` : `A team in ${unit.name}`}
          onSubmit={(e) => void submit(e)}
          onKeyDown={(e) => e.key === 'Escape' && setOpen(null)}
        >
          {open === 'rename' && <ConflictAnswer c={c} what={unit.name} busy={outcome.busy} submit={submit} show={(t) => setName(t.name)} />}
          <TextField label={open === 'rename' ? 'New name' : 'Team name'} name="name" value={name} onChange={setName} outcome={outcome} />
          <p className="actions">
            <button type="submit" className="button button--primary" disabled={outcome.busy}>
              {open === 'rename' ? 'Rename' : 'Add the team'}
            </button>
            <button type="button" className="button" onClick={() => setOpen(null)}>
              Cancel
            </button>
          </p>
        </form>
      )}
      {open === 'delete' && (
        <fieldset className="card card--inset" aria-label={`Confirm: delete ${unit.name}`}>
          <p>Delete {unit.name}? This cannot be undone.</p>
          <p className="actions">
            <button
              ref={confirm}
              type="button"
              className="button button--primary"
              onClick={() =>
                void runDelete(async () => {
                  const r = await remove({ variables: { id: unit.id, version: unit.version } });
                  onChanged?.();
                  return r.data?.deleteService.message ?? 'Deleted.';
                }).then(() => setOpen(null))
              }
            >
              Yes, delete it
            </button>
            <button type="button" className="button" onClick={() => setOpen(null)}>
              Cancel
            </button>
          </p>
        </fieldset>
      )}
    </section>
  );
}
