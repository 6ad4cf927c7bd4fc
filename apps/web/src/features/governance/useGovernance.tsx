import { useQuery } from '@apollo/client/react';
import { createContext, type ReactNode, useContext, useMemo } from 'react';
import { useViewer } from '../../auth/viewer.js';
import { graphql } from '../../graphql/index.js';
import { type GovernanceAbilities, type GovernanceDuties, governanceAbilities, NOBODY } from './access.js';

export const GovernanceDutiesQuery = graphql(`
  query GovernanceDuties($councilId: ID!, $personId: ID!) {
    council(id: $councilId) {
      id
      staffRoles {
        id
        kind
        current
        person {
          id
        }
      }
    }
    person(id: $personId) {
      id
      jobTitle
      roles {
        id
        role
        current
        committee {
          id
        }
      }
    }
    whatPersonAnswersFor(personId: $personId) {
      servicesOwned {
        service {
          id
        }
      }
      directoratesDirected {
        directorate {
          id
        }
      }
    }
  }
`);

export interface GovernanceContextValue {
  gss: string;
  councilId: string;
  councilName: string;
  duties: GovernanceDuties;
  can: GovernanceAbilities;
  /** Still finding out who the viewer is (forms wait). */
  loading: boolean;
}

const Ctx = createContext<GovernanceContextValue | null>(null);

/** The council and what the viewer may do in its Governance area, for every view below. */
export function GovernanceProvider({
  gss,
  councilId,
  councilName,
  children,
}: {
  gss: string;
  councilId: string;
  councilName: string;
  children: ReactNode;
}) {
  const viewer = useViewer();
  const member = viewer.memberOf(gss);
  const personId = member ? viewer.personId : null;
  const q = useQuery(GovernanceDutiesQuery, { variables: { councilId, personId: personId ?? '' }, skip: !personId, errorPolicy: 'all' });
  const value = useMemo<GovernanceContextValue>(() => {
    if (!personId) return { gss, councilId, councilName, duties: NOBODY, can: governanceAbilities(NOBODY), loading: viewer.loading };
    const d = q.data;
    const answers = d?.whatPersonAnswersFor;
    const duties: GovernanceDuties = {
      member: true,
      admin: viewer.admin,
      personId,
      staff: new Set((d?.council?.staffRoles ?? []).filter((s) => s.current && s.person?.id === personId).map((s) => s.kind)),
      councillor: (d?.person?.roles ?? []).filter((r) => r.current).map((r) => ({ role: r.role, committeeId: r.committee?.id ?? null })),
      manager: Boolean(answers && (answers.servicesOwned.length > 0 || answers.directoratesDirected.length > 0)),
      chiefExecutive: d?.person?.jobTitle === 'Chief Executive',
    };
    return { gss, councilId, councilName, duties, can: governanceAbilities(duties), loading: q.loading };
  }, [gss, councilId, councilName, personId, viewer.admin, viewer.loading, q.data, q.loading]);
  return <Ctx.Provider value={value}>{children}</Ctx.Provider>;
}

export function useGovernance(): GovernanceContextValue {
  const v = useContext(Ctx);
  if (!v) throw new Error('useGovernance needs a GovernanceProvider');
  return v;
}

export const GovernanceLookupsQuery = graphql(`
  query GovernanceLookups($councilId: ID!) {
    council(id: $councilId) {
      id
      directorates(first: 30) {
        nodes {
          id
          name
          services(first: 150) {
            nodes {
              id
              name
            }
          }
        }
      }
      decisionBodies {
        id
        name
        kind
      }
    }
  }
`);

export const PeopleQuery = graphql(`
  query GovernancePeople($councilId: ID!, $kind: PersonKind) {
    council(id: $councilId) {
      id
      people(first: 500, kind: $kind) {
        nodes {
          id
          name
          jobTitle
        }
      }
    }
  }
`);

/** Directorates with their services, and decision bodies: the choices of the forms. */
export function useLookups() {
  const { councilId, duties } = useGovernance();
  // Only the council's people get forms and register filters (and the list is too big a query for the public).
  const q = useQuery(GovernanceLookupsQuery, { variables: { councilId }, skip: !duties.member });
  return useMemo(() => {
    const directorates = (q.data?.council?.directorates.nodes ?? []).map((d) => ({ id: d.id, name: d.name, services: d.services.nodes }));
    const services = directorates.flatMap((d) => d.services.map((s) => ({ ...s, directorate: d.name })));
    return {
      directorates,
      services,
      committees: (q.data?.council?.decisionBodies ?? []).filter((b) => b.kind === 'COMMITTEE'),
      loading: q.loading,
    };
  }, [q.data, q.loading]);
}

/** The council's officers (owners, lead officers) or councillors (panels): the first 500, by name. */
export function usePeopleOf(kind: 'OFFICER' | 'COUNCILLOR', skip = false) {
  const { councilId, duties } = useGovernance();
  const q = useQuery(PeopleQuery, { variables: { councilId, kind }, skip: skip || !duties.member });
  return useMemo(() => [...(q.data?.council?.people.nodes ?? [])].sort((a, b) => a.name.localeCompare(b.name)), [q.data]);
}
