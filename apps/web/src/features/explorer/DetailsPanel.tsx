import { useQuery } from '@apollo/client/react';
import type { ReactNode } from 'react';
import type { TreeRow } from '../../charts/tree/layout.js';
import { KIND_LABEL } from '../../charts/tree/TreeChart.js';
import { graphql } from '../../graphql/index.js';
import { ErrorState, Loading } from '../../ui/Status.js';

export const PersonCardFragment = graphql(`
  fragment PersonCard on Person {
    id
    name
    jobTitle
  }
`);

// Six levels of line managers: deep enough for a council, and the cost depends on depth, not rows.
export const ManagerChainFragment = graphql(`
  fragment ManagerChain on Person {
    lineManager {
      ...PersonCard
      lineManager {
        ...PersonCard
        lineManager {
          ...PersonCard
          lineManager {
            ...PersonCard
            lineManager {
              ...PersonCard
              lineManager {
                ...PersonCard
              }
            }
          }
        }
      }
    }
  }
`);

export const PersonDetailsQuery = graphql(`
  query PersonDetails($id: ID!) {
    person(id: $id) {
      ...PersonCard
      email
      kind
      hasDualAccountability
      service {
        id
        name
      }
      directorate {
        id
        name
      }
      functionalManager {
        ...PersonCard
      }
      ...ManagerChain
      directReports(first: 50) {
        totalCount
        nodes {
          ...PersonCard
        }
      }
      roles {
        id
        role
        committee
        portfolio
        ward
      }
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
        miResponsible {
          ...PersonCard
          ...ManagerChain
        }
      }
      ... on Directorate {
        name
        code
        director {
          ...PersonCard
          ...ManagerChain
        }
        people(first: 25) {
          totalCount
          nodes {
            ...PersonCard
          }
        }
      }
      ... on Service {
        name
        kind
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
          totalCount
          nodes {
            ...PersonCard
          }
        }
      }
    }
  }
`);

interface Card {
  id: string;
  name: string;
  jobTitle?: string | null;
}
type Chain = Card & { lineManager?: Chain | null };

function chainOf(person: Chain | null | undefined): Card[] {
  const out: Card[] = [];
  for (let p = person?.lineManager; p; p = p.lineManager) out.push(p);
  return out;
}

const ROLE_LABEL: Record<string, string> = {
  LEADER: 'Leader of the council',
  CABINET_MEMBER: 'Cabinet member',
  PORTFOLIO_HOLDER: 'Portfolio holder',
  SCRUTINY_CHAIR: 'Scrutiny chair',
  SCRUTINY_MEMBER: 'Scrutiny member',
  COMPLAINTS_PANEL: 'Complaints panel',
  BEST_VALUE_PANEL: 'Best Value review panel',
  WARD_COUNCILLOR: 'Ward councillor',
};

export interface DetailsPanelProps {
  row: TreeRow;
  /** Links in the panel select another node (and reveal it in the tree). */
  onPick: (id: string) => void;
  onClose: () => void;
  /** Councillors of the "Elected members" group, from the people already loaded. */
  members?: Card[];
}

export function DetailsPanel({ row, onPick, onClose, members }: DetailsPanelProps) {
  return (
    <aside className="details" aria-labelledby="details-title">
      <header className="details__header">
        <div>
          <p className="details__kind">{KIND_LABEL[row.kind]}</p>
          <h2 id="details-title">{row.name}</h2>
        </div>
        <button type="button" className="icon-button" onClick={onClose} aria-label="Close details">
          ×
        </button>
      </header>
      {row.findings.length > 0 && (
        <section aria-label="Findings" className="details__findings">
          <ul>
            {row.findings.map((f) => (
              <li key={f.code} className={`finding finding--${f.severity}`}>
                <strong>{f.severity === 'info' ? 'ⓘ' : '⚠'} {f.label}</strong> {f.message}
              </li>
            ))}
          </ul>
        </section>
      )}
      {row.kind === 'PERSON' ? (
        <PersonDetails id={row.id} onPick={onPick} />
      ) : row.kind === 'GROUP' ? (
        <Section title={`Councillors (${members?.length ?? 0})`}>
          <PeopleList people={members ?? []} onPick={onPick} />
        </Section>
      ) : (
        <UnitDetails row={row} onPick={onPick} />
      )}
    </aside>
  );
}

function Section({ title, children }: { title: string; children: ReactNode }) {
  return (
    <section className="details__section">
      <h3>{title}</h3>
      {children}
    </section>
  );
}

function PersonLink({ person, onPick }: { person: Card; onPick: (id: string) => void }) {
  return (
    <button type="button" className="person-link" onClick={() => onPick(person.id)}>
      <span className="person-link__name">{person.name}</span>
      {person.jobTitle && <span className="person-link__title">{person.jobTitle}</span>}
    </button>
  );
}

function PeopleList({ people, total, onPick }: { people: Card[]; total?: number; onPick: (id: string) => void }) {
  if (!people.length) return <p className="muted">Nobody.</p>;
  return (
    <>
      <ul className="people-list">
        {people.map((p) => (
          <li key={p.id}>
            <PersonLink person={p} onPick={onPick} />
          </li>
        ))}
      </ul>
      {total !== undefined && total > people.length && <p className="muted">and {(total - people.length).toLocaleString('en-GB')} more.</p>}
    </>
  );
}

function Chain({ owner, onPick, ownerLabel }: { owner: Chain | null | undefined; onPick: (id: string) => void; ownerLabel: string }) {
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
      {chain.length === 0 && <p className="muted">{owner.name} has no line manager recorded.</p>}
    </Section>
  );
}

function UnitDetails({ row, onPick }: { row: TreeRow; onPick: (id: string) => void }) {
  const { data, loading, error, refetch } = useQuery(UnitDetailsQuery, { variables: { id: row.id } });
  if (error) return <ErrorState title="The details could not be loaded" error={error} onRetry={() => void refetch()} compact />;
  if (loading || !data) return <Loading label={`Loading ${row.name}…`} compact />;
  const node = data.node;
  if (!node) return <p className="muted">This no longer exists.</p>;
  if (node.__typename === 'Council') {
    return (
      <>
        <Facts items={[['GSS code', node.gssCode], ['Region', node.region]]} />
        <Section title="Responsible for management information">
          {node.miResponsible ? <PersonLink person={node.miResponsible} onPick={onPick} /> : <p className="warning-text">⚠ Nobody is named: the council needs one senior manager responsible for accurate and timely management information.</p>}
        </Section>
        <Chain owner={node.miResponsible} onPick={onPick} ownerLabel="MI-responsible" />
      </>
    );
  }
  if (node.__typename === 'Directorate') {
    return (
      <>
        <Facts items={[['Code', node.code ?? '—'], ['People', node.people.totalCount.toLocaleString('en-GB')]]} />
        <Section title="Director">{node.director ? <PersonLink person={node.director} onPick={onPick} /> : <p className="warning-text">⚠ No director.</p>}</Section>
        <Chain owner={node.director} onPick={onPick} ownerLabel="director" />
        <Section title={`People (${node.people.totalCount})`}>
          <PeopleList people={node.people.nodes} total={node.people.totalCount} onPick={onPick} />
        </Section>
      </>
    );
  }
  if (node.__typename === 'Service') {
    return (
      <>
        <Facts
          items={[
            ['Kind', node.kind === 'TEAM' ? 'Team' : 'Service'],
            ['Directorate', node.directorate.name],
            ...(node.parent ? ([['Part of', node.parent.name]] as Array<[string, string]>) : []),
            ['People working here', node.people.totalCount.toLocaleString('en-GB')],
          ]}
        />
        <Section title="Accountable owner">
          {node.accountableOwner ? <PersonLink person={node.accountableOwner} onPick={onPick} /> : <p className="warning-text">⚠ Nobody answers for this {node.kind === 'TEAM' ? 'team' : 'service'}'s performance.</p>}
        </Section>
        <Chain owner={node.accountableOwner} onPick={onPick} ownerLabel="accountable owner" />
        <Section title={`People (${node.people.totalCount})`}>
          <PeopleList people={node.people.nodes} total={node.people.totalCount} onPick={onPick} />
        </Section>
      </>
    );
  }
  return null;
}

function PersonDetails({ id, onPick }: { id: string; onPick: (id: string) => void }) {
  const { data, loading, error, refetch } = useQuery(PersonDetailsQuery, { variables: { id } });
  if (error) return <ErrorState title="The details could not be loaded" error={error} onRetry={() => void refetch()} compact />;
  if (loading || !data) return <Loading label="Loading the person…" compact />;
  const p = data.person;
  if (!p) return <p className="muted">This person is no longer recorded.</p>;
  const chain = chainOf(p);
  return (
    <>
      <Facts
        items={[
          ['Job title', p.jobTitle ?? '—'],
          ['Works in', p.service?.name ?? p.directorate?.name ?? '—'],
          ...(p.email ? ([['E-mail', p.email]] as Array<[string, string]>) : []),
        ]}
      />
      <Section title="Line manager chain">
        {chain.length ? (
          <ol className="chain">
            {chain.map((m) => (
              <li key={m.id}>
                <PersonLink person={m} onPick={onPick} />
              </li>
            ))}
          </ol>
        ) : (
          <p className="muted">No line manager recorded.</p>
        )}
      </Section>
      {p.functionalManager && (
        <Section title="Functional manager (dual accountability)">
          <p className="muted small">Also answers to a corporate manager for their professional work: a dashed link in the tree.</p>
          <PersonLink person={p.functionalManager} onPick={onPick} />
        </Section>
      )}
      <Section title={`Direct reports (${p.directReports.totalCount})`}>
        <PeopleList people={p.directReports.nodes} total={p.directReports.totalCount} onPick={onPick} />
      </Section>
      {p.roles.length > 0 && (
        <Section title="Roles">
          <ul className="roles">
            {p.roles.map((r) => (
              <li key={r.id}>
                {ROLE_LABEL[r.role] ?? r.role}
                {r.portfolio ? `: ${r.portfolio}` : r.committee ? `: ${r.committee}` : r.ward ? `: ${r.ward}` : ''}
              </li>
            ))}
          </ul>
        </Section>
      )}
    </>
  );
}

function Facts({ items }: { items: Array<[string, string]> }) {
  return (
    <dl className="facts">
      {items.map(([k, v]) => (
        <div key={k}>
          <dt>{k}</dt>
          <dd>{v}</dd>
        </div>
      ))}
    </dl>
  );
}
