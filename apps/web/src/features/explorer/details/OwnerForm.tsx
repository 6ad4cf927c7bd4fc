/**
 * "Make owner" / "Change owner" on a service or team, for those the server allows (`viewerCan.setAccountableOwner`):
 * a searchable list of the council's people, confirmed before it writes; the server's refusal is shown on the field.
 */
import { useMutation, useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { graphql } from '../../../graphql/index.js';
import { Feedback, SearchSelectField, useSubmit } from '../../../ui/forms.js';

export const OwnerChoicesQuery = graphql(`
  query OwnerChoices($id: ID!) {
    node(id: $id) {
      ... on Service {
        id
        council {
          id
          people(first: 500, kind: OFFICER) {
            nodes {
              id
              name
              jobTitle
            }
          }
        }
      }
    }
  }
`);

export const SetAccountableOwnerMutation = graphql(`
  mutation SetAccountableOwner($input: SetAccountableOwnerInput!) {
    setAccountableOwner(input: $input) {
      service {
        id
        version
        accountableOwner {
          id
          name
        }
      }
    }
  }
`);

export function OwnerForm({
  service,
  onChanged,
}: {
  service: { id: string; name: string; version: number; accountableOwner?: { id: string; name: string } | null };
  onChanged?: () => void;
}) {
  const [open, setOpen] = useState(false);
  const [personId, setPersonId] = useState('');
  const [confirming, setConfirming] = useState(false);
  const choices = useQuery(OwnerChoicesQuery, { variables: { id: service.id }, skip: !open });
  const [save] = useMutation(SetAccountableOwnerMutation, {
    refetchQueries: ['UnitDetails', 'WhoIsAccountable', 'AllFindings'],
    awaitRefetchQueries: true,
  });
  const people = choices.data?.node && 'council' in choices.data.node ? choices.data.node.council.people.nodes : [];
  const chosen = people.find((p) => p.id === personId);
  const [outcome, submit] = useSubmit(async () => {
    await save({ variables: { input: { serviceId: service.id, version: service.version, personId } } });
    setOpen(false);
    setConfirming(false);
    onChanged?.();
    return `${chosen?.name ?? 'They'} now answers for ${service.name}.`;
  });
  const label = service.accountableOwner ? 'Change owner' : 'Make owner';
  if (!open) {
    return (
      <>
        <Feedback outcome={outcome} />
        <button type="button" className="button" onClick={() => setOpen(true)}>
          {label}
        </button>
      </>
    );
  }
  return (
    <form
      className="card card--inset"
      aria-label={`Accountable owner of ${service.name}`}
      onSubmit={(e) => {
        e.preventDefault();
        if (!confirming) setConfirming(true);
        else void submit();
      }}
      onKeyDown={(e) => e.key === 'Escape' && setOpen(false)}
    >
      <SearchSelectField
        label="Accountable owner"
        name="personId"
        value={personId}
        onChange={(v) => {
          setPersonId(v);
          setConfirming(false);
        }}
        choices={people.map((p) => ({ value: p.id, label: p.jobTitle ? `${p.name} (${p.jobTitle})` : p.name }))}
        empty={choices.loading ? 'Loading people…' : 'Choose a person'}
        outcome={outcome}
        required
      />
      {confirming && chosen && (
        <p role="alert">
          Make {chosen.name} the one person who answers for {service.name}’s performance
          {service.accountableOwner ? ` instead of ${service.accountableOwner.name}` : ''}?
        </p>
      )}
      <Feedback outcome={outcome} />
      <p className="actions">
        <button type="submit" className="button button--primary" disabled={!personId || outcome.busy}>
          {confirming ? 'Yes, make them owner' : label}
        </button>
        <button type="button" className="button" onClick={() => setOpen(false)}>
          Cancel
        </button>
      </p>
    </form>
  );
}
