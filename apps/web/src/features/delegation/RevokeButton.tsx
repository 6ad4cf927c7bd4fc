import { useMutation } from '@apollo/client/react';
import { dateShown, useStoredNodeOf } from '../../ui/conflict-form.js';
import { ConfirmButton } from '../priorities/forms.js';
import { RevokeDelegationMutation } from './delegation.queries.js';
import { money } from './SchemeRecords.js';
import { StoredDelegationQuery } from './stored.queries.js';

interface Read {
  financialLimit?: number | null;
  conditions?: string | null;
  maySubDelegate: boolean;
  effectiveTo?: string | null;
  revokedOn?: string | null;
}

/** A delegation as the conflict panel of a stale revoke compares it. */
const values = (d: Read) => ({
  limit: money(d.financialLimit ?? null),
  conditions: d.conditions ?? '',
  passOn: d.maySubDelegate ? 'Yes' : 'No',
  effectiveTo: d.effectiveTo ?? '',
  revokedOn: d.revokedOn ?? '',
});
const FIELDS = [
  { key: 'limit', label: 'Financial limit' },
  { key: 'conditions', label: 'Conditions' },
  { key: 'passOn', label: 'May pass it on' },
  { key: 'effectiveTo', label: 'In force until', show: dateShown },
  { key: 'revokedOn', label: 'Revoked on', show: dateShown },
] as const;

/**
 * Revokes a delegation after confirming, at the version the page read: a stale one (someone changed it since) is
 * answered with their change and do it anyway / cancel (ConfirmButton's `versioned`).
 */
export function RevokeButton({
  delegation: d,
  question,
  onDone,
}: {
  delegation: Read & { id: string; version: number };
  question: string;
  onDone: () => Promise<void>;
}) {
  const [revoke] = useMutation(RevokeDelegationMutation);
  const load = useStoredNodeOf(StoredDelegationQuery, d.id, 'Delegation', values);
  return (
    <ConfirmButton
      label="Revoke"
      question={question}
      confirmLabel="Yes, revoke it"
      versioned={{ what: 'this delegation', fields: FIELDS, base: values(d), version: d.version, load }}
      onConfirm={async (version) => {
        await revoke({ variables: { input: { id: d.id, version } } });
        await onDone();
      }}
    />
  );
}
