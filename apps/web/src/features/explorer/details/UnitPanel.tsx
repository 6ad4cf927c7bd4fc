/** The side panel of a council, directorate, service or team: facts, who answers for it, and its line of managers. */
import { useQuery } from '@apollo/client/react';
import type { TreeRow } from '../../../charts/tree/layout.js';
import { graphql } from '../../../graphql/index.js';
import { ErrorState, Loading } from '../../../ui/Status.js';
import { AddDirectorate, AddPersonForm, DirectorateActions, MiForm, OwnerForm, StructureActions } from './lazy-forms.js';
import { chainOf, Facts, noLineManager, PeopleList, PersonLink, Section, type Card, type OnPick, type ShownChain } from './parts.js';

/** The people list of a unit: those this viewer may see, of the unit's headcount (the tree's figure: everyone working there). */
function UnitPeople({ people, headcount, onPick }: { people: { totalCount: number; nodes: Card[] }; headcount: number; onPick: OnPick }) {
  const hidden = headcount - people.totalCount;
  return (
    <>
      <PeopleList people={people.nodes} total={people.totalCount} onPick={onPick} />
      {hidden > 0 && (
        <p className="muted small">
          {people.totalCount ? `${hidden.toLocaleString('en-GB')} more` : `All ${hidden.toLocaleString('en-GB')}`} not shown to this viewer:
          only the council’s own staff and councillors see the names of everyone working here.
        </p>
      )}
    </>
  );
}

export const UnitPeopleFragment = graphql(`
  fragment UnitPeople on PersonConnection {
    totalCount
    nodes {
      ...PersonCard
    }
  }
`);

export const UnitDetailsQuery = graphql(`
  query UnitDetails($id: ID!) {
    node(id: $id) {
      __typename
      id
      ... on Council {
        name
        gssCode
        type
        region
        version
        viewerCan {
          setMiResponsible
          addDirectorate
          addPerson
        }
        miResponsible {
          ...PersonCard
          ...ManagerChain
        }
      }
      ... on Directorate {
        name
        code
        version
        viewerCan {
          update
          delete
          addService
        }
        council {
          id
          viewerCan {
            addPerson
          }
        }
        director {
          ...PersonCard
          ...ManagerChain
        }
        people(first: 25) {
          ...UnitPeople
        }
      }
      ... on Service {
        name
        kind
        version
        council {
          id
          viewerCan {
            addPerson
          }
        }
        viewerCan {
          setAccountableOwner
          update
          delete
          addTeam
        }
        directorate {
          id
          name
        }
        parent {
          id
          name
        }
        accountableOwner {
          ...PersonCard
          ...ManagerChain
        }
        people(first: 25) {
          ...UnitPeople
        }
      }
    }
  }
`);

function OwnerChain({ owner, onPick, ownerLabel }: { owner: ShownChain | null | undefined; onPick: OnPick; ownerLabel: string }) {
  if (!owner) return null;
  const chain = chainOf(owner);
  return (
    <Section title="Line manager chain">
      <ol className="chain">
        <li>
          <PersonLink person={owner} onPick={onPick} /> <span className="chain__role">{ownerLabel}</span>
        </li>
        {chain.map((p) => (
          <li key={p.id}>
            <PersonLink person={p} onPick={onPick} />
          </li>
        ))}
      </ol>
      {chain.length === 0 && <p className="muted">{noLineManager(owner)}</p>}
    </Section>
  );
}

export function UnitPanel({
  row,
  onPick,
  onChanged,
  suggestedId,
}: {
  row: TreeRow;
  onPick: OnPick;
  onChanged?: () => void;
  /** The person its finding suggests: the owner (or MI lead) form opens with them chosen. */
  suggestedId?: string | null;
}) {
  const { data, loading, error, refetch } = useQuery(UnitDetailsQuery, { variables: { id: row.id } });
  if (error) return <ErrorState title="The details could not be loaded" error={error} onRetry={() => void refetch()} compact />;
  // Only before the first answer: a refetch (after a change made here) keeps the panel, and its messages, in place.
  if (!data) return loading ? <Loading label={`Loading ${row.name}…`} compact /> : null;
  const node = data.node;
  if (!node) return <p className="muted">This no longer exists.</p>;
  const changed = onChanged ? { onChanged } : {};
  // One figure for "people working here": the tree's (the organisation tree's headcount: everyone working directly in the unit).
  const headcount = (people: { totalCount: number }) => row.headcount ?? people.totalCount;
  if (node.__typename === 'Council') {
    return (
      <>
        <Facts
          items={[
            ['GSS code', node.gssCode],
            ['Region', node.region],
          ]}
        />
        <Section title="Responsible for management information">
          {node.miResponsible ? (
            <PersonLink person={node.miResponsible} onPick={onPick} />
          ) : (
            <p className="warning-text">
              ⚠ Nobody is named: the council needs one senior manager responsible for accurate and timely management information.
            </p>
          )}
          {node.viewerCan.setMiResponsible && <MiForm council={node} suggestedId={suggestedId ?? null} {...changed} />}
        </Section>
        <OwnerChain owner={node.miResponsible} onPick={onPick} ownerLabel="MI-responsible" />
        {node.viewerCan.addDirectorate && <AddDirectorate councilId={node.id} {...changed} />}
      </>
    );
  }
  if (node.__typename === 'Directorate') {
    return (
      <>
        <Facts
          items={[
            ['Code', node.code ?? '—'],
            ['People working here', headcount(node.people).toLocaleString('en-GB')],
          ]}
        />
        <DirectorateActions directorate={{ ...node, can: node.viewerCan }} {...changed} />
        <Section title="Director">
          {node.director ? <PersonLink person={node.director} onPick={onPick} /> : <p className="warning-text">⚠ No director.</p>}
        </Section>
        <OwnerChain owner={node.director} onPick={onPick} ownerLabel="director" />
        <Section title={`Everyone in the directorate (${node.people.totalCount})`}>
          <PeopleList people={node.people.nodes} total={node.people.totalCount} onPick={onPick} />
          {node.council.viewerCan.addPerson && (
            <AddPersonForm councilId={node.council.id} unit={{ ...node, kind: 'directorate' }} manager={node.director} {...changed} />
          )}
        </Section>
      </>
    );
  }
  if (node.__typename === 'Service') {
    const what = node.kind === 'TEAM' ? 'team' : 'service';
    return (
      <>
        <Facts
          items={[
            ['Kind', node.kind === 'TEAM' ? 'Team' : 'Service'],
            ['Directorate', node.directorate.name],
            ...(node.parent ? ([['Part of', node.parent.name]] as Array<[string, string]>) : []),
            ['People working here', headcount(node.people).toLocaleString('en-GB')],
          ]}
        />
        <StructureActions
          unit={{ id: node.id, name: node.name, version: node.version, directorateId: node.directorate.id, can: node.viewerCan }}
          {...(onChanged ? { onChanged } : {})}
        />
        <Section title="Accountable owner">
          {node.accountableOwner ? (
            <PersonLink person={node.accountableOwner} onPick={onPick} />
          ) : (
            <p className="warning-text">⚠ Nobody answers for this {what}'s performance.</p>
          )}
          {node.viewerCan.setAccountableOwner && (
            <OwnerForm service={node} councilId={node.council.id} suggestedId={suggestedId ?? null} {...changed} />
          )}
        </Section>
        <OwnerChain owner={node.accountableOwner} onPick={onPick} ownerLabel="accountable owner" />
        <Section title={`People (${node.people.totalCount})`}>
          <UnitPeople people={node.people} headcount={headcount(node.people)} onPick={onPick} />
          {node.council.viewerCan.addPerson && (
            <AddPersonForm councilId={node.council.id} unit={{ ...node, kind: 'service' }} manager={node.accountableOwner} {...changed} />
          )}
        </Section>
      </>
    );
  }
  return null;
}
