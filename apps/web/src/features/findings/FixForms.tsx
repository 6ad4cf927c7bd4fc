/**
 * The fixes of the Findings view that have no form elsewhere to borrow: a delegation to a service's owner over the
 * service (ACCOUNTABILITY_WITHOUT_AUTHORITY), an objective linked to a priority of its year (ORPHAN_OBJECTIVE), and
 * the communication back to a consultation's groups (NOT_COMMUNICATED about a consultation). Each is prefilled from
 * the finding and its records, and asks before it writes.
 */
import { useMutation, useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { graphql } from '../../graphql/index.js';
import { DelegateMutation } from '../delegation/delegation.queries.js';
import { RecordCommunicationMutation, UpdateObjectiveMutation } from '../priorities/queries.js';
import { InPlaceForm, today } from '../priorities/forms.js';
import { CouncilOfficersQuery } from '../../ui/people.queries.js';
import { SearchSelectField, SelectField, TextField } from '../../ui/forms.js';
import type { EngagementGroupKind } from '../../graphql/graphql.js';

const FixPowersQuery = graphql(`
  query FixPowers($councilId: ID!) {
    council(id: $councilId) {
      id
      decisionPowers {
        id
        name
        sourceBody {
          id
          name
        }
      }
    }
  }
`);

const FixPrioritiesQuery = graphql(`
  query FixPriorities($councilId: ID!, $period: String!) {
    node(id: $councilId) {
      ... on Council {
        __typename
        id
        priorities(period: $period) {
          id
          name
          level
          isNonPriority
          directorate {
            id
          }
          service {
            id
          }
        }
      }
    }
  }
`);

/** A power delegated to the service's owner (the finding's person) over the service and its teams. */
export function DelegateFix({
  councilId,
  service,
  ownerId,
  onCancel,
  onDone,
}: {
  councilId: string;
  service: { id: string; name: string };
  ownerId: string | null;
  onCancel: () => void;
  onDone: (done: string) => Promise<void>;
}) {
  const powers = useQuery(FixPowersQuery, { variables: { councilId } });
  const people = useQuery(CouncilOfficersQuery, { variables: { councilId } });
  const [power, setPower] = useState('');
  const [person, setPerson] = useState(ownerId ?? '');
  const [delegate] = useMutation(DelegateMutation);
  const powerRows = powers.data?.council?.decisionPowers ?? [];
  const chosen = powerRows.find((p) => p.id === power);
  const personChoices = (people.data?.council?.people.nodes ?? []).map((p) => ({
    value: p.id,
    label: `${p.name}${p.jobTitle ? `, ${p.jobTitle}` : ''}`,
  }));
  const who = (people.data?.council?.people.nodes ?? []).find((p) => p.id === person)?.name ?? 'them';
  return (
    <InPlaceForm
      title={`Delegate a power over ${service.name}`}
      submitLabel="Delegate"
      confirm={{
        question: `Delegate “${chosen?.name ?? 'the power'}” from ${chosen?.sourceBody.name ?? 'its body'} to ${who} over ${service.name}?`,
        yes: 'Yes, delegate it',
      }}
      fields={['powerId', 'toPersonId', 'scope', 'fromBodyId']}
      onCancel={onCancel}
      onSubmit={async () => {
        const input = {
          powerId: power,
          fromBodyId: chosen?.sourceBody.id ?? '',
          toPersonId: person,
          scope: { kind: 'SERVICE' as never, id: service.id },
          maySubDelegate: false,
        };
        await delegate({ variables: { input } });
        await onDone(`${who} now holds “${chosen?.name}” over ${service.name}.`);
      }}
    >
      {(f) => (
        <>
          <SelectField
            label="Power"
            name="powerId"
            value={power}
            onChange={setPower}
            choices={powerRows.map((p) => ({ value: p.id, label: `${p.name} (${p.sourceBody.name})` }))}
            empty="Choose a power"
            outcome={f ?? undefined}
            required
          />
          <SearchSelectField
            label="To"
            name="toPersonId"
            value={person}
            onChange={setPerson}
            choices={personChoices}
            empty="Choose a person"
            outcome={f ?? undefined}
            required
          />
        </>
      )}
    </InPlaceForm>
  );
}

export interface OrphanObjective {
  id: string;
  name: string;
  version: number;
  period: string;
  service: { id: string; name: string; directorate: { id: string } };
  priorities: ReadonlyArray<{ id: string; period: string }>;
}

/** The objective linked to a priority of its year, prefilled with its own service's priority (else its directorate's). */
export function LinkObjectiveFix({
  councilId,
  objective,
  onCancel,
  onDone,
}: {
  councilId: string;
  objective: OrphanObjective;
  onCancel: () => void;
  onDone: (done: string) => Promise<void>;
}) {
  const q = useQuery(FixPrioritiesQuery, { variables: { councilId, period: objective.period } });
  const all = q.data?.node?.__typename === 'Council' ? q.data.node.priorities.filter((p) => !p.isNonPriority) : [];
  const suggested =
    all.find((p) => p.service?.id === objective.service.id) ?? all.find((p) => p.directorate?.id === objective.service.directorate.id);
  const [chosen, setChosen] = useState<string | null>(null);
  const priority = chosen ?? suggested?.id ?? '';
  const [update] = useMutation(UpdateObjectiveMutation);
  const name = all.find((p) => p.id === priority)?.name ?? 'the priority';
  const level = (l: string) => l.charAt(0) + l.slice(1).toLowerCase();
  return (
    <InPlaceForm
      title={`Link “${objective.name}” to a priority`}
      submitLabel="Link it"
      confirm={{ question: `Link “${objective.name}” to “${name}”, which it then delivers?`, yes: 'Yes, link it' }}
      fields={['priorityIds']}
      onCancel={onCancel}
      onSubmit={async () => {
        // Links of its own year stay (non-priorities among them); the priority chosen is added.
        const kept = objective.priorities.filter((p) => p.period === objective.period).map((p) => p.id);
        const priorityIds = [...new Set([...kept, priority].filter(Boolean))];
        await update({ variables: { input: { id: objective.id, version: objective.version, priorityIds } } });
        await onDone(`“${objective.name}” now delivers “${name}”.`);
      }}
    >
      {(f) => (
        <SelectField
          label={`Priority of ${objective.period} it delivers`}
          name="priorityIds"
          value={priority}
          onChange={setChosen}
          choices={all.map((p) => ({ value: p.id, label: `${p.name} (${level(p.level)})` }))}
          empty="Choose a priority"
          outcome={f ?? undefined}
          required
        />
      )}
    </InPlaceForm>
  );
}

export interface ConsultationToTell {
  id: string;
  title: string;
  groups: ReadonlyArray<{ kind: EngagementGroupKind; name: string }>;
}

/** The communication back to every group of a consultation about the priorities it informed. */
export function TellBackFix({
  councilId,
  consultation,
  priorities,
  onCancel,
  onDone,
}: {
  councilId: string;
  consultation: ConsultationToTell;
  priorities: ReadonlyArray<{ id: string; name: string }>;
  onCancel: () => void;
  onDone: (done: string) => Promise<void>;
}) {
  const [date, setDate] = useState(today());
  const [channel, setChannel] = useState('');
  const [record] = useMutation(RecordCommunicationMutation);
  const names = consultation.groups.map((g) => g.name).join(', ');
  const about = priorities.map((p) => `“${p.name}”`).join(', ');
  return (
    <InPlaceForm
      title={`Tell “${consultation.title}”’s groups back`}
      submitLabel="Record it"
      confirm={{ question: `Record that ${names} were told on ${date} what became of ${about}?`, yes: 'Yes, record it' }}
      fields={['date', 'channel', 'groups', 'priorityIds']}
      onCancel={onCancel}
      onSubmit={async () => {
        const groups = consultation.groups.map((g) => ({ kind: g.kind, name: g.name }));
        const input = { councilId, date, channel, groups, priorityIds: priorities.map((p) => p.id) };
        await record({ variables: { input } });
        await onDone(`Recorded telling ${names} back about ${about}.`);
      }}
    >
      {(f) => (
        <>
          <p className="small">
            To: {names}. About: {about}.
          </p>
          <TextField label="Date" name="date" type="date" value={date} onChange={setDate} outcome={f ?? undefined} required />
          <TextField
            label="How (channel)"
            name="channel"
            value={channel}
            onChange={setChannel}
            outcome={f ?? undefined}
            hint="e.g. Newsletter, Public meeting, Easy-read leaflet"
            required
          />
        </>
      )}
    </InPlaceForm>
  );
}
