/**
 * "Make owner" / "Change owner" on a service or team, for those the server allows (`viewerCan.setAccountableOwner`):
 * a searchable list of the council's people, confirmed before it writes; the server's refusal is shown on the field.
 * The Findings view offers it too, on an unowned service's finding, prefilled with the person the finding suggests.
 */
import { useMutation } from '@apollo/client/react';
import { graphql } from '../../../graphql/index.js';
import { useConflictForm, useStoredNodeOf } from '../../../ui/conflict-form.js';
import { type PersonChoice, PersonChoiceForm, useOfficerName } from './PersonChoiceForm.js';
import { StoredOrganisationRecordQuery } from './stored.queries.js';

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
  councilId,
  suggestedId,
  onChanged,
}: {
  service: { id: string; name: string; version: number; accountableOwner?: { id: string; name: string } | null };
  councilId: string;
  suggestedId?: string | null;
  onChanged?: (done: string) => void;
}) {
  const [save] = useMutation(SetAccountableOwnerMutation, {
    refetchQueries: ['UnitDetails', 'WhoIsAccountable', 'AllFindings'],
    awaitRefetchQueries: true,
  });
  const current = service.accountableOwner;
  const read = useStoredNodeOf(StoredOrganisationRecordQuery, service.id, 'Service', (n) => ({ personId: n.accountableOwner?.id ?? '' }));
  const show = useOfficerName(councilId, 'Nobody');
  const c = useConflictForm<PersonChoice>([{ key: 'personId', label: 'Accountable owner', show }], read);
  const label = current ? 'Change owner' : 'Make owner';
  return (
    <PersonChoiceForm
      councilId={councilId}
      label={label}
      formLabel={`Accountable owner of ${service.name}`}
      field="Accountable owner"
      question={(name) =>
        `Make ${name} the one person who answers for ${service.name}’s performance${current ? ` instead of ${current.name}` : ''}?`
      }
      confirmLabel="Yes, make them owner"
      initialId={suggestedId ?? null}
      save={async (personId, name) => {
        await save({ variables: { input: { serviceId: service.id, version: c.version(service.version), personId } } });
        return `${name} now answers for ${service.name}.`;
      }}
      {...(onChanged ? { onDone: onChanged } : {})}
      conflict={{ c, what: `who answers for ${service.name}`, recorded: current?.id ?? '' }}
    />
  );
}
