/**
 * A person's side panel: facts, their record and leaving date (for those viewerCan allows), line managers, functional
 * manager, reports and roles.
 */
import { useQuery } from '@apollo/client/react';
import { graphql } from '../../../graphql/index.js';
import { ErrorState, Loading } from '../../../ui/Status.js';
import { DeletePersonButton, LeavingForm, PersonEditForm } from './lazy-forms.js';
import { chainOf, Facts, noLineManager, PeopleList, PersonLink, Section, type OnPick } from './parts.js';

export const PersonDetailsQuery = graphql(`
  query PersonDetails($id: ID!) {
    person(id: $id) {
      ...PersonCard
      version
      viewerCan {
        update
        delete
      }
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
      lineManager {
        id
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
        committee { name }
        portfolio { name }
        ward
      }
    }
  }
`);

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

export function PersonPanel({ id, onPick, onChanged }: { id: string; gss: string; onPick: OnPick; onChanged?: () => void }) {
  const { data, loading, error, refetch } = useQuery(PersonDetailsQuery, { variables: { id } });
  if (error) return <ErrorState title="The details could not be loaded" error={error} onRetry={() => void refetch()} compact />;
  // Only before the first answer: a refetch (after recording a leaving date) keeps the panel, and its messages, in place.
  if (!data) return loading ? <Loading label="Loading the person…" compact /> : null;
  const p = data.person;
  if (!p) return <p className="muted">This person is no longer recorded.</p>;
  const chain = chainOf(p);
  const left = p.leftOn && p.leftOn <= new Date().toISOString().slice(0, 10);
  return (
    <>
      <Facts
        items={[
          ['Job title', p.jobTitle ?? '—'],
          ['Works in', p.service?.name ?? p.directorate?.name ?? '—'],
          ...(p.email ? ([['E-mail', p.email]] as Array<[string, string]>) : []),
          ...(p.leftOn ? ([[left ? 'Left the council' : 'Leaves the council', p.leftOn]] as Array<[string, string]>) : []),
        ]}
      />
      {p.viewerCan.update && <PersonEditForm person={p} {...(onChanged ? { onChanged } : {})} />}
      {p.viewerCan.update && <LeavingForm person={p} {...(onChanged ? { onChanged } : {})} />}
      {p.viewerCan.delete && <DeletePersonButton person={p} {...(onChanged ? { onChanged } : {})} />}
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
          <p className="muted">{p.lineManagementShown ? 'No line manager recorded.' : noLineManager(p)}</p>
        )}
      </Section>
      {p.functionalManager && (
        <Section title="Functional manager (dual accountability)">
          <p className="muted small">Also answers to a corporate manager for their professional work: a dashed link in the tree.</p>
          <PersonLink person={p.functionalManager} onPick={onPick} />
        </Section>
      )}
      {p.lineManagementShown && (
        <Section title={`Direct reports (${p.directReports.totalCount})`}>
          <PeopleList people={p.directReports.nodes} total={p.directReports.totalCount} onPick={onPick} />
        </Section>
      )}
      {p.roles.length > 0 && (
        <Section title="Roles">
          <ul className="roles">
            {p.roles.map((r) => (
              <li key={r.id}>
                {ROLE_LABEL[r.role] ?? r.role}
                {r.portfolio ? `: ${r.portfolio.name}` : r.committee ? `: ${r.committee.name}` : r.ward ? `: ${r.ward}` : ''}
              </li>
            ))}
          </ul>
        </Section>
      )}
    </>
  );
}
