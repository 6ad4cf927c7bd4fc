/**
 * A directorate where it is shown, for those `viewerCan` allows: rename it (and its code), add a service at its top level,
 * delete it (asked first; the server refuses while it has services or people, in its words); and, on the council, add one.
 */
import { useMutation } from '@apollo/client/react';
import { useState } from 'react';
import { graphql } from '../../../graphql/index.js';
import { ConflictAnswer, type ConflictForm, useConflictForm, useStoredNodeOf } from '../../../ui/conflict-form.js';
import { Feedback, TextField, useSubmit } from '../../../ui/forms.js';
import { ConfirmButton } from '../../priorities/forms.js';
import { StoredOrganisationRecordQuery } from './stored.queries.js';
import { CreateUnitMutation } from './StructureActions.js';

export const CreateDirectorateMutation = graphql(`
  mutation CreateDirectorate($input: CreateDirectorateInput!) {
    createDirectorate(input: $input) {
      directorate {
        id
        name
      }
    }
  }
`);
export const UpdateDirectorateMutation = graphql(`
  mutation UpdateDirectorate($input: UpdateDirectorateInput!) {
    updateDirectorate(input: $input) {
      directorate {
        id
        name
        code
        version
      }
    }
  }
`);
export const DeleteDirectorateMutation = graphql(`
  mutation DeleteDirectorate($id: ID!, $version: Int) {
    deleteDirectorate(id: $id, version: $version) {
      message
    }
  }
`);

const refetchQueries = ['UnitDetails', 'OrganisationTree'];

interface Directorate {
  id: string;
  name: string;
  code?: string | null;
  version: number;
  can: { update: boolean; delete: boolean; addService: boolean };
}

interface NameValues {
  name: string;
  code: string;
}

/**
 * A name (and a code) typed in place: the form behind "Rename", "Add a service" and "Add a directorate". A rename
 * (`conflict`) answers a stale version with keep mine / take theirs.
 */
function NameForm({
  title,
  nameLabel,
  submitLabel,
  start = { name: '', code: '' },
  withCode,
  save,
  onClose,
  conflict,
}: {
  title: string;
  nameLabel: string;
  submitLabel: string;
  start?: NameValues;
  withCode: boolean;
  save: (name: string, code: string | null) => Promise<string>;
  onClose: (done: string | null) => void;
  conflict?: { c: ConflictForm<NameValues>; what: string };
}) {
  const [name, setName] = useState(start.name);
  const [code, setCode] = useState(start.code);
  const [answer, submit] = useSubmit(async () => {
    const write = () => save(name.trim(), code.trim() || null);
    const done = conflict ? await conflict.c.guard(start, { name, code }, write) : await write();
    onClose(done);
    return done;
  });
  const outcome = conflict ? conflict.c.outcome(answer) : answer;
  return (
    <form
      className="card card--inset"
      aria-label={title}
      onSubmit={(e) => void submit(e)}
      onKeyDown={(e) => e.key === 'Escape' && onClose(null)}
    >
      {conflict && (
        <ConflictAnswer
          c={conflict.c}
          what={conflict.what}
          busy={outcome.busy}
          submit={submit}
          show={(t) => {
            setName(t.name);
            setCode(t.code);
          }}
        />
      )}
      <TextField label={nameLabel} name="name" value={name} onChange={setName} outcome={outcome} />
      {withCode && <TextField label="Code" name="code" value={code} onChange={setCode} outcome={outcome} hint="Optional, e.g. ASC" />}
      <Feedback outcome={outcome} besideFields={['name', 'code']} />
      <p className="actions">
        <button type="submit" className="button button--primary" disabled={outcome.busy}>
          {submitLabel}
        </button>
        <button type="button" className="button" onClick={() => onClose(null)}>
          Cancel
        </button>
      </p>
    </form>
  );
}

function Done({ done }: { done: string | null }) {
  return done ? (
    <p className="form-ok" role="status">
      ✓ {done}
    </p>
  ) : null;
}

export function DirectorateActions({ directorate: d, onChanged }: { directorate: Directorate; onChanged?: () => void }) {
  const [open, setOpen] = useState<null | 'rename' | 'add'>(null);
  const [done, setDone] = useState<string | null>(null);
  const [update] = useMutation(UpdateDirectorateMutation, { refetchQueries, awaitRefetchQueries: true });
  const [create] = useMutation(CreateUnitMutation, { refetchQueries, awaitRefetchQueries: true });
  const [remove] = useMutation(DeleteDirectorateMutation, { refetchQueries, awaitRefetchQueries: true });
  const read = useStoredNodeOf(StoredOrganisationRecordQuery, d.id, 'Directorate', (n) => ({ name: n.name, code: n.code ?? '' }));
  const fields = [
    { key: 'name', label: 'Name' },
    { key: 'code', label: 'Code' },
  ] as const;
  const c = useConflictForm<NameValues>(fields, read);
  if (!d.can.update && !d.can.addService && !d.can.delete) return null;
  const close = (message: string | null) => {
    setOpen(null);
    if (message) {
      setDone(message);
      onChanged?.();
    }
  };
  return (
    <section className="details__section" aria-label={`Change ${d.name}`}>
      <Done done={done} />
      <p className="actions">
        {d.can.update && (
          <button
            type="button"
            className="button"
            aria-expanded={open === 'rename'}
            onClick={() => setOpen(open === 'rename' ? null : 'rename')}
          >
            Rename
          </button>
        )}
        {d.can.addService && (
          <button type="button" className="button" aria-expanded={open === 'add'} onClick={() => setOpen(open === 'add' ? null : 'add')}>
            Add a service
          </button>
        )}
        {d.can.delete && (
          <ConfirmButton
            label="Delete"
            ariaLabel={`Delete ${d.name}`}
            question={`Delete ${d.name}? This cannot be undone; a directorate with services or people is kept.`}
            confirmLabel="Yes, delete it"
            versioned={{ what: d.name, fields, base: { name: d.name, code: d.code ?? '' }, version: d.version, load: read }}
            onConfirm={async (version) => {
              await remove({ variables: { id: d.id, version } });
              onChanged?.();
            }}
          />
        )}
      </p>
      {open === 'rename' && (
        <NameForm
          title={`Rename ${d.name}`}
          nameLabel="New name"
          submitLabel="Rename"
          start={{ name: d.name, code: d.code ?? '' }}
          withCode
          save={async (name, code) => {
            await update({ variables: { input: { id: d.id, version: c.version(d.version), name, code } } });
            return `Renamed to ${name}.`;
          }}
          onClose={close}
          conflict={{ c, what: d.name }}
        />
      )}
      {open === 'add' && (
        <NameForm
          title={`A service in ${d.name}`}
          nameLabel="Service name"
          submitLabel="Add the service"
          withCode={false}
          save={async (name) => {
            await create({ variables: { input: { directorateId: d.id, name } } });
            return `Added ${name} to ${d.name}.`;
          }}
          onClose={close}
        />
      )}
    </section>
  );
}

/** "Add a directorate" on the council, for those `Council.viewerCan.addDirectorate` allows. */
export function AddDirectorate({ councilId, onChanged }: { councilId: string; onChanged?: () => void }) {
  const [open, setOpen] = useState(false);
  const [done, setDone] = useState<string | null>(null);
  const [create] = useMutation(CreateDirectorateMutation, { refetchQueries, awaitRefetchQueries: true });
  return (
    <section className="details__section" aria-label="Directorates">
      <Done done={done} />
      {open ? (
        <NameForm
          title="A new directorate"
          nameLabel="Directorate name"
          submitLabel="Add the directorate"
          withCode
          save={async (name, code) => {
            await create({ variables: { input: { councilId, name, code } } });
            return `Added the directorate ${name}.`;
          }}
          onClose={(message) => {
            setOpen(false);
            if (message) {
              setDone(message);
              onChanged?.();
            }
          }}
        />
      ) : (
        <button type="button" className="button" onClick={() => setOpen(true)}>
          Add a directorate
        </button>
      )}
    </section>
  );
}
