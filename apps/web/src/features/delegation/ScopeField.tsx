import { useQuery } from '@apollo/client/react';
import { type Choice, type Outcome, SelectField } from '../../ui/forms.js';
import { DelegationScopesQuery } from './delegation.queries.js';

/** A delegation's scope as the form holds it: COUNCIL, or DIRECTORATE / SERVICE with the global id. */
export interface ScopeValue {
  kind: 'COUNCIL' | 'DIRECTORATE' | 'SERVICE';
  id?: string | null;
}

export const WHOLE_COUNCIL: ScopeValue = { kind: 'COUNCIL' };
const encode = (s: ScopeValue) => (s.kind === 'COUNCIL' ? 'COUNCIL' : `${s.kind}:${s.id}`);
const decode = (v: string): ScopeValue => {
  const [kind, id] = v.split(':') as [ScopeValue['kind'], string | undefined];
  return kind === 'COUNCIL' ? WHOLE_COUNCIL : { kind, id };
};

/**
 * What a delegation covers, picked from the whole council, a directorate, or a service (or team) of one,
 * listed under their directorate. The server's refusal of the scope (scope or scope.id) is shown here.
 */
export function ScopeField({
  councilId,
  value,
  onChange,
  outcome,
}: {
  councilId: string;
  value: ScopeValue;
  onChange: (v: ScopeValue) => void;
  outcome: Outcome;
}) {
  const q = useQuery(DelegationScopesQuery, { variables: { councilId } });
  const choices: Choice[] = [{ value: 'COUNCIL', label: 'The whole council' }];
  for (const d of q.data?.council?.directorates.nodes ?? []) {
    choices.push({ value: `DIRECTORATE:${d.id}`, label: `${d.name} (directorate)` });
    for (const s of d.services.nodes) {
      choices.push({ value: `SERVICE:${s.id}`, label: `${d.name} › ${s.name}` });
      for (const t of s.children.nodes) choices.push({ value: `SERVICE:${t.id}`, label: `${d.name} › ${s.name} › ${t.name}` });
    }
  }
  const current = encode(value);
  if (!choices.some((c) => c.value === current)) choices.push({ value: current, label: 'The scope given' });
  const scopeError = outcome.errors['scope.id'] ?? outcome.errors.scope;
  const shown = scopeError ? { ...outcome, errors: { ...outcome.errors, scope: scopeError } } : outcome;
  return (
    <SelectField
      label="Over"
      name="scope"
      value={current}
      onChange={(v) => onChange(decode(v))}
      choices={choices}
      outcome={shown}
      hint="The whole council, a directorate, or a service with its teams"
    />
  );
}

/** The names of the council's directorates and services by global id, to say what a delegation covers. */
export function useScopeNames(councilId: string): ReadonlyMap<string, string> {
  const q = useQuery(DelegationScopesQuery, { variables: { councilId } });
  const names = new Map<string, string>();
  for (const d of q.data?.council?.directorates.nodes ?? []) {
    names.set(d.id, d.name);
    for (const s of d.services.nodes) {
      names.set(s.id, s.name);
      for (const t of s.children.nodes) names.set(t.id, t.name);
    }
  }
  return names;
}
