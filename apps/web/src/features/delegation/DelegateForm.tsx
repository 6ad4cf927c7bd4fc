import { useMutation, useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { CouncilOfficersQuery } from '../../ui/people.queries.js';
import { Feedback, SearchSelectField, TextField, useSubmit } from '../../ui/forms.js';
import { DelegateMutation, SubDelegateMutation } from './delegation.queries.js';
import { Buttons, type FormProps, pounds } from './form-parts.js';
import { ScopeField, type ScopeValue, WHOLE_COUNCIL } from './ScopeField.js';

/**
 * Delegating a power from its body (`power`) or passing on a delegation (`parent`) to a person of the
 * council, over the whole council, a directorate or a service (`scope` prefills it; default: the whole
 * council, or the parent's own scope when passing one on).
 */
export function DelegateForm({
  councilId,
  power,
  parent,
  scope: initialScope,
  onSaved,
  onCancel,
}: FormProps & {
  power?: { id: string; name: string; sourceBody: { id: string } };
  parent?: { id: string; version: number; power: { name: string }; scopeKind?: string; scopeId?: string };
  scope?: ScopeValue;
}) {
  const people = useQuery(CouncilOfficersQuery, { variables: { councilId } });
  const parentScope: ScopeValue | undefined =
    parent?.scopeKind && parent.scopeKind !== 'COUNCIL' ? { kind: parent.scopeKind as ScopeValue['kind'], id: parent.scopeId } : undefined;
  const [person, setPerson] = useState('');
  const [limit, setLimit] = useState('');
  const [may, setMay] = useState(false);
  const [scope, setScope] = useState<ScopeValue>(initialScope ?? parentScope ?? WHOLE_COUNCIL);
  const [delegate] = useMutation(DelegateMutation);
  const [subDelegate] = useMutation(SubDelegateMutation);
  const [outcome, submit] = useSubmit(async () => {
    const common = {
      toPersonId: person,
      scope: { kind: scope.kind as never, id: scope.kind === 'COUNCIL' ? null : (scope.id ?? null) },
      financialLimit: pounds(limit),
      maySubDelegate: may,
    };
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
      <ScopeField councilId={councilId} value={scope} onChange={setScope} outcome={outcome} />
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
      <Feedback outcome={outcome} besideFields={['toPersonId', 'financialLimit', 'scope', 'scope.id']} />
      <Buttons outcome={outcome} label={parent ? 'Pass it on' : 'Delegate'} onCancel={onCancel} />
    </form>
  );
}
