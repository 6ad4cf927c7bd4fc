import { useQuery } from '@apollo/client/react';
import type { ReactNode } from 'react';
import type { TreeRow } from '../../charts/tree/layout.js';
import { KIND_LABEL } from '../../charts/tree/TreeChart.js';
import { graphql } from '../../graphql/index.js';
import { ErrorState, Loading } from '../../ui/Status.js';
import { Link } from '../../app/Link.js';
import { DEFAULT_PERIOD, routePath } from '../../app/router.js';
import { useViewer } from '../../auth/viewer.js';
import { LeavingForm } from './LeavingForm.js';
import { FINDING_TITLE, severityOf, type NodeDelegationInput } from './rows.js';

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
      version
      leftOn
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
  gss: string;
  /** A signed-in person of the council: delegations, what a person answers for, who decides. */
  member: boolean;
  /** The node's delegations from the accountability tree (members only). */
  delegations: readonly NodeDelegationInput[] | null;
  /** Links in the panel select another node (and reveal it in the tree). */
  onPick: (id: string) => void;
  onClose: () => void;
  /** Councillors of the "Elected members" group, from the people already loaded. */
  members?: Card[];
  /** Something shown in the tree was changed from the panel: ask for the tree again. */
  onChanged?: () => void;
}

export function DetailsPanel({ row, gss, member, delegations, onPick, onClose, members, onChanged }: DetailsPanelProps) {
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
                <strong>{f.severity === 'info' ? 'ⓘ' : '⚠'} {FINDING_TITLE[f.code] ?? f.label}</strong> {f.message}
              </li>
            ))}
          </ul>
        </section>
      )}
      {row.kind === 'PERSON' ? (
        <>
          <PersonDetails id={row.id} gss={gss} onPick={onPick} {...(onChanged ? { onChanged } : {})} />
          {member && <PersonAnswers id={row.id} gss={gss} onPick={onPick} />}
        </>
      ) : row.kind === 'BODY' ? (
        <Delegations title="Powers it delegates" delegations={delegations} empty="This body has delegated no powers." />
      ) : row.kind === 'GROUP' ? (
        <Section title={`Councillors (${members?.length ?? 0})`}>
          <PeopleList people={members ?? []} onPick={onPick} />
        </Section>
      ) : (
        <>
          <UnitDetails row={row} onPick={onPick} />
          {member && (row.kind === 'SERVICE' || row.kind === 'TEAM') && <ServiceAccountability id={row.id} onPick={onPick} />}
          {member && (row.kind === 'DIRECTORATE' || row.kind === 'COUNCIL') && <Delegations title="Delegations over it" delegations={delegations?.filter((d) => d.role === 'COVERS') ?? null} empty="No delegation is made over exactly this scope." />}
        </>
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

function PersonDetails({ id, gss, onPick, onChanged }: { id: string; gss: string; onPick: (id: string) => void; onChanged?: () => void }) {
  const viewer = useViewer();
  const { data, loading, error, refetch } = useQuery(PersonDetailsQuery, { variables: { id } });
  if (error) return <ErrorState title="The details could not be loaded" error={error} onRetry={() => void refetch()} compact />;
  // Only before the first answer: a refetch (after recording a leaving date) keeps the panel, and its messages, in place.
  if (!data) return loading ? <Loading label="Loading the person…" compact /> : null;
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
          ...(p.leftOn ? ([[p.leftOn <= new Date().toISOString().slice(0, 10) ? 'Left the council' : 'Leaves the council', p.leftOn]] as Array<[string, string]>) : []),
        ]}
      />
      {viewer.admin && viewer.memberOf(gss) && <LeavingForm person={p} {...(onChanged ? { onChanged } : {})} />}
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

export const WhoIsAccountableQuery = graphql(`
  query WhoIsAccountable($serviceId: ID!) {
    whoIsAccountable(serviceId: $serviceId) {
      ownerActive
      owner {
        id
        name
      }
      decisionMakers {
        accountable
        scope
        financialLimit
        person {
          id
          name
        }
        power {
          id
          name
        }
        path {
          text
          complete
          problems
        }
      }
      findings {
        code
        severity
        message
        fix
      }
    }
  }
`);

export const WhatPersonAnswersForQuery = graphql(`
  query WhatPersonAnswersFor($personId: ID!) {
    whatPersonAnswersFor(personId: $personId) {
      active
      leftOn
      miResponsible
      servicesOwned {
        service {
          id
          name
        }
        teams {
          id
          name
        }
      }
      directoratesDirected {
        directorate {
          id
          name
        }
      }
      indicatorsDataOwned {
        id
        name
      }
      powersHeld {
        scope
        financialLimit
        conditions
        maySubDelegate
        power {
          id
          name
        }
        from {
          id
          name
          type
        }
        path {
          text
          complete
          problems
        }
      }
      findings {
        code
        severity
        message
        fix
      }
    }
  }
`);

const money = (v: number | null | undefined) => (v == null ? 'no limit' : `up to £${v.toLocaleString('en-GB')}`);

function FindingList({ findings }: { findings: ReadonlyArray<{ code: string; severity: string; message: string; fix: string }> }) {
  if (!findings.length) return null;
  return (
    <Section title={`Findings (${findings.length})`}>
      <ul className="finding-list">
        {findings.map((f, i) => (
          <li key={i} className={`finding finding--${severityOf(f.severity)}`}>
            <strong>
              {severityOf(f.severity) === 'info' ? 'ⓘ' : '⚠'} {FINDING_TITLE[f.code] ?? f.code}
            </strong>{' '}
            {f.message}
            <span className="finding__fix">Fix: {f.fix}</span>
          </li>
        ))}
      </ul>
    </Section>
  );
}

function ServiceAccountability({ id, onPick }: { id: string; onPick: (id: string) => void }) {
  const { data, loading, error, refetch } = useQuery(WhoIsAccountableQuery, { variables: { serviceId: id } });
  if (error) return <ErrorState title="Who decides could not be loaded" error={error} onRetry={() => void refetch()} compact />;
  if (loading || !data) return <Loading label="Loading who decides…" compact />;
  const a = data.whoIsAccountable;
  return (
    <>
      <Section title={`Who decides (${a.decisionMakers.length})`}>
        {a.decisionMakers.length === 0 ? (
          <p className="muted">No delegation in force covers it.</p>
        ) : (
          <ul className="powers">
            {a.decisionMakers.map((d, i) => (
              <li key={i}>
                <button type="button" className="person-link" onClick={() => onPick(d.person.id)}>
                  <span className="person-link__name">{d.person.name}</span>
                  <span className="person-link__title">
                    {d.power?.name ?? 'A power'} · {d.scope} · {money(d.financialLimit)}
                  </span>
                </button>
                <span className={`tag ${d.accountable ? 'tag--ok' : 'tag--warn'}`}>{d.accountable ? '✓ accountable' : '⚠ not accountable'}</span>
                <p className="path" role="note" aria-label="Delegation path">
                  {d.path.text}
                  {!d.path.complete && <span className="warning-text"> (broken: {d.path.problems.join('; ')})</span>}
                </p>
              </li>
            ))}
          </ul>
        )}
      </Section>
      <FindingList findings={a.findings} />
    </>
  );
}

function PersonAnswers({ id, gss, onPick }: { id: string; gss: string; onPick: (id: string) => void }) {
  const { data, loading, error, refetch } = useQuery(WhatPersonAnswersForQuery, { variables: { personId: id } });
  if (error) return <ErrorState title="What they answer for could not be loaded" error={error} onRetry={() => void refetch()} compact />;
  if (loading || !data) return <Loading label="Loading what they answer for…" compact />;
  const a = data.whatPersonAnswersFor;
  const answers = [
    ...a.servicesOwned.map((s) => ({ id: s.service.id, name: s.service.name, role: s.teams.length ? `owner, with ${s.teams.length} team${s.teams.length === 1 ? '' : 's'}` : 'accountable owner' })),
    ...a.directoratesDirected.map((d) => ({ id: d.directorate.id, name: d.directorate.name, role: 'director' })),
  ];
  return (
    <>
      {!a.active && (
        <p className="form-error" role="note">
          <strong>⚠ Has left the council{a.leftOn ? ` (${a.leftOn})` : ''}.</strong>{' '}
          <span>From that day they answer for nothing and hold no power: whatever is listed below needs someone else.</span>
        </p>
      )}
      {a.active && a.leftOn && <p className="small muted">Leaves the council on {a.leftOn}.</p>}
      <Section title="Answers for">
        {answers.length === 0 && !a.miResponsible && a.indicatorsDataOwned.length === 0 ? (
          <p className="muted">No service, directorate or indicator.</p>
        ) : (
          <ul className="people-list">
            {a.miResponsible && <li className="small">Responsible for the council’s management information</li>}
            {answers.map((s) => (
              <li key={s.id}>
                <button type="button" className="person-link" onClick={() => onPick(s.id)}>
                  <span className="person-link__name">{s.name}</span>
                  <span className="person-link__title">{s.role}</span>
                </button>
              </li>
            ))}
            {a.indicatorsDataOwned.map((i) => (
              <li key={i.id}>
                <Link className="person-link" href={routePath(gss, 'indicator', i.id)}>
                  <span className="person-link__name">{i.name}</span>
                  <span className="person-link__title">data owner</span>
                </Link>
              </li>
            ))}
          </ul>
        )}
      </Section>
      <Section title={`Powers held (${a.powersHeld.length})`}>
        {a.powersHeld.length === 0 ? (
          <p className="muted">No delegated powers.</p>
        ) : (
          <ul className="powers">
            {a.powersHeld.map((p, i) => (
              <li key={i}>
                <strong>{p.power?.name ?? 'A power'}</strong>
                <span className="small">
                  {' '}
                  · {p.scope} · {money(p.financialLimit)}
                  {p.from ? ` · from ${p.from.name}` : ''}
                  {p.maySubDelegate ? ' · may pass on' : ''}
                </span>
                <p className="path" role="note" aria-label="Delegation path">
                  {p.path.text}
                  {!p.path.complete && <span className="warning-text"> (broken: {p.path.problems.join('; ')})</span>}
                </p>
              </li>
            ))}
          </ul>
        )}
      </Section>
      <FindingList findings={a.findings} />
      <p>
        <Link href={routePath(gss, 'thread', id, { period: DEFAULT_PERIOD })}>Golden thread of this person →</Link>
      </p>
    </>
  );
}

function Delegations({ title, delegations, empty }: { title: string; delegations: readonly NodeDelegationInput[] | null; empty: string }) {
  if (!delegations) return null;
  return (
    <Section title={`${title} (${delegations.length})`}>
      {delegations.length === 0 ? (
        <p className="muted">{empty}</p>
      ) : (
        <ul className="powers">
          {delegations.map((d) => (
            <li key={`${d.role}:${d.delegationId}`}>
              <strong>{d.power}</strong>
              <span className="small">
                {' '}
                · {d.role === 'GAVE' ? 'to' : d.role === 'HOLDS' ? 'from' : 'held by'} {d.counterpart} · {d.scope} · {money(d.financialLimit)}
              </span>
              {!d.inForce && <span className="tag tag--warn">not in force</span>}
            </li>
          ))}
        </ul>
      )}
    </Section>
  );
}
