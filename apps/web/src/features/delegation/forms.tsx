import { useMutation, useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { CouncilOfficersQuery } from '../../ui/people.queries.js';
import { Feedback, SearchSelectField, SelectField, TextField, useSubmit, type Outcome } from '../../ui/forms.js';
import { CreateDecisionBodyMutation, CreateDecisionPowerMutation, DelegateMutation, SubDelegateMutation } from './delegation.queries.js';

const BODY_KINDS = [
  { value: 'COMMITTEE', label: 'Committee' },
  { value: 'EXECUTIVE', label: 'Executive (cabinet)' },
  { value: 'FULL_COUNCIL', label: 'Full council' },
];

/** Pounds typed in a box: null when empty, NaN (refused by the server on the field) when not a number. */
const pounds = (s: string): number | null => (s.trim() === '' ? null : Number(s.replace(/[£,\s]/g, '')));

function Buttons({ outcome, label, onCancel }: { outcome: Outcome; label: string; onCancel: () => void }) {
  return (
    <p className="actions">
      <button type="submit" className="button button--primary" disabled={outcome.busy}>
        {label}
      </button>
      <button type="button" className="button" onClick={onCancel}>
        Cancel
      </button>
    </p>
  );
}

interface FormProps {
  councilId: string;
  onSaved: () => Promise<void>;
  onCancel: () => void;
}

export function BodyForm({ councilId, onSaved, onCancel }: FormProps) {
  const [name, setName] = useState('');
  const [kind, setKind] = useState('COMMITTEE');
  const [create] = useMutation(CreateDecisionBodyMutation);
  const [outcome, submit] = useSubmit(async () => {
    await create({ variables: { input: { councilId, name, kind: kind as never } } });
    await onSaved();
    return `Added “${name.trim()}”.`;
  });
  return (
    <form
      className="card card--inset"
      aria-label="A new decision body"
      onSubmit={(e) => void submit(e)}
      onKeyDown={(e) => e.key === 'Escape' && onCancel()}
      noValidate
    >
      <h3>A new decision body</h3>
      <TextField label="Name" name="name" value={name} onChange={setName} outcome={outcome} required />
      <SelectField label="Kind" name="kind" value={kind} onChange={setKind} choices={BODY_KINDS} outcome={outcome} />
      <Feedback outcome={outcome} besideFields={['name', 'kind']} />
      <Buttons outcome={outcome} label="Add the body" onCancel={onCancel} />
    </form>
  );
}

export function PowerForm({ councilId, bodies, onSaved, onCancel }: FormProps & { bodies: ReadonlyArray<{ id: string; name: string }> }) {
  const [name, setName] = useState('');
  const [kind, setKind] = useState('');
  const [body, setBody] = useState(bodies[0]?.id ?? '');
  const [limit, setLimit] = useState('');
  const [create] = useMutation(CreateDecisionPowerMutation);
  const [outcome, submit] = useSubmit(async () => {
    await create({ variables: { input: { councilId, name, kind, sourceBodyId: body, financialLimit: pounds(limit) } } });
    await onSaved();
    return `Added the power “${name.trim()}”.`;
  });
  return (
    <form
      className="card card--inset"
      aria-label="A new decision power"
      onSubmit={(e) => void submit(e)}
      onKeyDown={(e) => e.key === 'Escape' && onCancel()}
      noValidate
    >
      <h3>A new decision power</h3>
      <TextField
        label="Name"
        name="name"
        value={name}
        onChange={setName}
        outcome={outcome}
        required
        hint="e.g. Approve adult care packages"
      />
      <TextField
        label="Kind of decision"
        name="kind"
        value={kind}
        onChange={setKind}
        outcome={outcome}
        required
        hint="A short code, e.g. CARE_PACKAGE"
      />
      <SelectField
        label="Held by"
        name="sourceBodyId"
        value={body}
        onChange={setBody}
        choices={bodies.map((b) => ({ value: b.id, label: b.name }))}
        outcome={outcome}
      />
      <TextField
        label="Financial limit (£)"
        name="financialLimit"
        value={limit}
        onChange={setLimit}
        outcome={outcome}
        hint="Leave empty for no limit"
      />
      <Feedback outcome={outcome} besideFields={['name', 'kind', 'sourceBodyId', 'financialLimit']} />
      <Buttons outcome={outcome} label="Add the power" onCancel={onCancel} />
    </form>
  );
}

/** Delegating a power from its body (`power`) or passing on a delegation (`parent`) to a person of the council, over the whole council. */
export function DelegateForm({
  councilId,
  power,
  parent,
  onSaved,
  onCancel,
}: FormProps & {
  power?: { id: string; name: string; sourceBody: { id: string } };
  parent?: { id: string; version: number; power: { name: string } };
}) {
  const people = useQuery(CouncilOfficersQuery, { variables: { councilId } });
  const [person, setPerson] = useState('');
  const [limit, setLimit] = useState('');
  const [may, setMay] = useState(false);
  const [delegate] = useMutation(DelegateMutation);
  const [subDelegate] = useMutation(SubDelegateMutation);
  const [outcome, submit] = useSubmit(async () => {
    const common = { toPersonId: person, scope: { kind: 'COUNCIL' as never }, financialLimit: pounds(limit), maySubDelegate: may };
    if (parent) await subDelegate({ variables: { input: { ...common, parentId: parent.id, parentVersion: parent.version } } });
    else await delegate({ variables: { input: { ...common, powerId: power!.id, fromBodyId: power!.sourceBody.id } } });
    await onSaved();
    return 'Delegated.';
  });
  const label = parent ? `Pass on “${parent.power.name}”` : `Delegate “${power!.name}”`;
  const choices = (people.data?.council?.people.nodes ?? []).map((p) => ({
    value: p.id,
    label: `${p.name}${p.jobTitle ? `, ${p.jobTitle}` : ''}`,
  }));
  return (
    <form
      className="card card--inset"
      aria-label={label}
      onSubmit={(e) => void submit(e)}
      onKeyDown={(e) => e.key === 'Escape' && onCancel()}
      noValidate
    >
      <h3>{label}</h3>
      <SearchSelectField
        label="To"
        name="toPersonId"
        value={person}
        onChange={setPerson}
        choices={choices}
        empty="Choose a person"
        outcome={outcome}
        required
      />
      <TextField
        label="Financial limit (£)"
        name="financialLimit"
        value={limit}
        onChange={setLimit}
        outcome={outcome}
        hint={
          parent ? 'At most the delegation’s own limit; leave empty to inherit it' : 'At most the power’s limit; leave empty to inherit it'
        }
      />
      <label className="checkbox">
        <input type="checkbox" checked={may} onChange={(e) => setMay(e.target.checked)} /> May pass it on (sub-delegate)
      </label>
      <Feedback outcome={outcome} besideFields={['toPersonId', 'financialLimit', 'scope']} />
      <Buttons outcome={outcome} label={parent ? 'Pass it on' : 'Delegate'} onCancel={onCancel} />
    </form>
  );
}
