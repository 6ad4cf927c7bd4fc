/**
 * "Who decides" on the public view (issue 18, item 10): for a service the visitor chooses, who answers for it and who
 * may decide on it under the council's scheme of delegation in force, with the body each power comes from and its
 * limit. The API names an officer whose name is not public by their post (`whoIsAccountable`'s visibility rules).
 */
import { useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { graphql } from '../../graphql/index.js';
import { ErrorState, Loading } from '../../ui/Status.js';
import { Say, Section } from './Say.js';

export const PublicServicesQuery = graphql(`
  query PublicServices($councilId: ID!) {
    council(id: $councilId) {
      id
      decisionBodies {
        id
        name
      }
      directorates(first: 30) {
        nodes {
          id
          name
          services(first: 100) {
            nodes {
              id
              name
            }
          }
        }
      }
    }
  }
`);

export const PublicWhoDecidesQuery = graphql(`
  query PublicWhoDecides($serviceId: ID!) {
    whoIsAccountable(serviceId: $serviceId) {
      service {
        id
        name
      }
      owner {
        name
      }
      ownerActive
      decisionMakers {
        person {
          name
        }
        power {
          name
        }
        scope
        financialLimit
        path {
          text
          steps {
            type
            name
          }
        }
      }
    }
  }
`);

const POUNDS = new Intl.NumberFormat('en-GB', { style: 'currency', currency: 'GBP', maximumFractionDigits: 0 });

/** A delegation's limit in words. */
export function plainLimit(limit: number | null): string {
  return limit === null ? 'with no money limit' : `up to ${POUNDS.format(limit)} each time`;
}

export function WhoDecides({ councilId, councilName }: { councilId: string; councilName: string }) {
  const services = useQuery(PublicServicesQuery, { variables: { councilId } });
  const [chosen, setChosen] = useState<string | null>(null);
  const directorates = services.data?.council?.directorates.nodes ?? [];
  const first = directorates.flatMap((d) => d.services.nodes)[0]?.id ?? null;
  const serviceId = chosen ?? first;
  const bodies = services.data?.council?.decisionBodies ?? [];
  return (
    <Section id="public-who-decides" title="Who decides">
      <Say>{`${councilName} publishes who may make decisions about each service, and who answers for how it is run.`}</Say>
      {services.error ? (
        <ErrorState title="Who decides could not be loaded" error={services.error} onRetry={() => void services.refetch()} compact />
      ) : !services.data ? (
        <Loading label="Loading the services…" compact />
      ) : (
        <>
          {bodies.length > 0 && <Say>{`Decisions start with: ${bodies.map((b) => b.name).join(', ')}.`}</Say>}
          <label className="public__year">
            <span>Choose a service</span>
            <select value={serviceId ?? ''} onChange={(e) => setChosen(e.target.value)}>
              {directorates.map((d) => (
                <optgroup key={d.id} label={d.name}>
                  {d.services.nodes.map((s) => (
                    <option key={s.id} value={s.id}>
                      {s.name}
                    </option>
                  ))}
                </optgroup>
              ))}
            </select>
          </label>
          {serviceId && <Answer serviceId={serviceId} />}
        </>
      )}
    </Section>
  );
}

function Answer({ serviceId }: { serviceId: string }) {
  const q = useQuery(PublicWhoDecidesQuery, { variables: { serviceId } });
  if (q.error) return <ErrorState title="Who decides could not be loaded" error={q.error} onRetry={() => void q.refetch()} compact />;
  if (!q.data) return <Loading label="Loading who decides…" compact />;
  const a = q.data.whoIsAccountable;
  return (
    <div className="public__decides" aria-live="polite">
      <h3>{a.service.name}</h3>
      <p className="public__label">Who answers for it</p>
      <Say>{a.owner && a.ownerActive ? `${a.owner.name} answers for this service.` : 'Nobody answers for this service at the moment.'}</Say>
      <p className="public__label">Who may decide</p>
      {a.decisionMakers.length === 0 ? (
        <Say>No one has been given powers over this service.</Say>
      ) : (
        <ul className="public__powers">
          {a.decisionMakers.map((m, i) => (
            <li key={i}>
              <strong>{m.person.name}</strong>
              <Say>{`${m.power?.name ?? 'A power'}, for ${m.scope}, ${plainLimit(m.financialLimit)}.`}</Say>
              <span className="public__why">The power comes from: {m.path.text}</span>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
