/** What a person answers for (members only): services, directorates and indicators, and the delegated powers they hold. */
import { useQuery } from '@apollo/client/react';
import { Link } from '../../../app/Link.js';
import { DEFAULT_PERIOD, routePath } from '../../../app/router.js';
import type { WhatPersonAnswersForQuery as AnswersData } from '../../../graphql/graphql.js';
import { graphql } from '../../../graphql/index.js';
import { ErrorState, Loading } from '../../../ui/Status.js';
import { DelegationPath, FindingList, money, Section, type OnPick } from './parts.js';

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
          ...DelegationPathFields
        }
      }
      findings {
        ...AccountabilityFindingFields
      }
    }
  }
`);

type Answers = AnswersData['whatPersonAnswersFor'];

export function AnswersPanel({ id, gss, onPick }: { id: string; gss: string; onPick: OnPick }) {
  const { data, loading, error, refetch } = useQuery(WhatPersonAnswersForQuery, { variables: { personId: id } });
  if (error) return <ErrorState title="What they answer for could not be loaded" error={error} onRetry={() => void refetch()} compact />;
  if (loading || !data) return <Loading label="Loading what they answer for…" compact />;
  const a = data.whatPersonAnswersFor;
  return (
    <>
      {!a.active && (
        <p className="form-error" role="note">
          <strong>⚠ Has left the council{a.leftOn ? ` (${a.leftOn})` : ''}.</strong>{' '}
          <span>From that day they answer for nothing and hold no power: whatever is listed below needs someone else.</span>
        </p>
      )}
      {a.active && a.leftOn && <p className="small muted">Leaves the council on {a.leftOn}.</p>}
      <AnswersFor answers={a} gss={gss} onPick={onPick} />
      <PowersHeld powers={a.powersHeld} />
      <FindingList findings={a.findings} />
      <p>
        <Link href={routePath(gss, 'thread', id, { period: DEFAULT_PERIOD })}>Golden thread of this person →</Link>
      </p>
    </>
  );
}

function AnswersFor({ answers: a, gss, onPick }: { answers: Answers; gss: string; onPick: OnPick }) {
  const teams = (n: number) => `owner, with ${n} team${n === 1 ? '' : 's'}`;
  const answers = [
    ...a.servicesOwned.map((s) => ({
      id: s.service.id,
      name: s.service.name,
      role: s.teams.length ? teams(s.teams.length) : 'accountable owner',
    })),
    ...a.directoratesDirected.map((d) => ({ id: d.directorate.id, name: d.directorate.name, role: 'director' })),
  ];
  return (
    <Section title="Answers for">
      {answers.length === 0 && !a.miResponsible && a.indicatorsDataOwned.length === 0 ? (
        <p className="muted">No service, directorate or indicator.</p>
      ) : (
        <ul className="people-list">
          {a.miResponsible && <li className="small">Responsible for the council’s management information</li>}
          {answers.map((s) => (
            <li key={s.id}>
              <button type="button" className="person-link" onClick={() => s.id && onPick(s.id)}>
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
  );
}

function PowersHeld({ powers }: { powers: Answers['powersHeld'] }) {
  return (
    <Section title={`Powers held (${powers.length})`}>
      {powers.length === 0 ? (
        <p className="muted">No delegated powers.</p>
      ) : (
        <ul className="powers">
          {powers.map((p, i) => (
            <li key={i}>
              <strong>{p.power?.name ?? 'A power'}</strong>
              <span className="small">
                {' '}
                · {p.scope} · {money(p.financialLimit)}
                {p.from ? ` · from ${p.from.name}` : ''}
                {p.maySubDelegate ? ' · may pass on' : ''}
              </span>
              <DelegationPath path={p.path} />
            </li>
          ))}
        </ul>
      )}
    </Section>
  );
}
