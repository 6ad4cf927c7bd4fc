/** Who decides on a service or team (members only): each decision maker, whether they are accountable, and the path of their power. */
import { useQuery } from '@apollo/client/react';
import { graphql } from '../../../graphql/index.js';
import { ErrorState, Loading } from '../../../ui/Status.js';
import { DelegationPath, FindingList, money, Section, type OnPick } from './parts.js';

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
          ...DelegationPathFields
        }
      }
      findings {
        ...AccountabilityFindingFields
      }
    }
  }
`);

export function WhoDecidesPanel({ id, onPick }: { id: string; onPick: OnPick }) {
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
                <button type="button" className="person-link" onClick={() => d.person.id && onPick(d.person.id)}>
                  <span className="person-link__name">{d.person.name}</span>
                  <span className="person-link__title">
                    {d.power?.name ?? 'A power'} · {d.scope} · {money(d.financialLimit)}
                  </span>
                </button>
                <span className={`tag ${d.accountable ? 'tag--ok' : 'tag--warn'}`}>
                  {d.accountable ? '✓ accountable' : '⚠ not accountable'}
                </span>
                <DelegationPath path={d.path} />
              </li>
            ))}
          </ul>
        )}
      </Section>
      <FindingList findings={a.findings} />
    </>
  );
}
