/**
 * Naming the council's one senior manager responsible for accurate and timely management information, for those the
 * server allows (`Council.viewerCan.setMiResponsible`), confirmed first. The Findings view offers it on MI_OWNER_MISSING.
 */
import { useMutation } from '@apollo/client/react';
import { graphql } from '../../../graphql/index.js';
import { useConflictForm, useStoredNodeOf } from '../../../ui/conflict-form.js';
import { type PersonChoice, PersonChoiceForm, useOfficerName } from './PersonChoiceForm.js';
import { StoredOrganisationRecordQuery } from './stored.queries.js';

export const SetMiResponsibleMutation = graphql(`
  mutation SetMiResponsible($input: SetMiResponsibleInput!) {
    setMiResponsible(input: $input) {
      council {
        id
        version
        miResponsible {
          id
          name
        }
      }
    }
  }
`);

export function MiForm({
  council,
  suggestedId,
  onChanged,
}: {
  council: { id: string; name: string; version: number; miResponsible?: { id: string; name: string } | null };
  suggestedId?: string | null;
  onChanged?: (done: string) => void;
}) {
  const [save] = useMutation(SetMiResponsibleMutation, {
    refetchQueries: ['UnitDetails', 'AllFindings'],
    awaitRefetchQueries: true,
  });
  const current = council.miResponsible;
  const read = useStoredNodeOf(StoredOrganisationRecordQuery, council.id, 'Council', (n) => ({ personId: n.miResponsible?.id ?? '' }));
  const show = useOfficerName(council.id, 'Nobody');
  const c = useConflictForm<PersonChoice>([{ key: 'personId', label: 'Responsible for management information', show }], read);
  return (
    <PersonChoiceForm
      councilId={council.id}
      label={current ? 'Change who is responsible' : 'Name who is responsible'}
      formLabel={`Responsible for management information in ${council.name}`}
      field="Senior manager responsible for management information"
      question={(name) =>
        `Make ${name} the one senior manager responsible for ${council.name}’s management information` +
        `${current ? ` instead of ${current.name}` : ''}? They authorise the publication of its figures.`
      }
      confirmLabel="Yes, make them responsible"
      initialId={suggestedId ?? null}
      save={async (personId, name) => {
        await save({ variables: { input: { councilId: council.id, version: c.version(council.version), personId } } });
        return `${name} is now responsible for management information.`;
      }}
      {...(onChanged ? { onDone: onChanged } : {})}
      conflict={{ c, what: `who is responsible for ${council.name}’s management information`, recorded: current?.id ?? '' }}
    />
  );
}
