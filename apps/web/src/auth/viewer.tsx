import { useQuery } from '@apollo/client/react';
import { createContext, useContext, useMemo, type ReactNode } from 'react';
import { graphql } from '../graphql/index.js';
import type { ViewAccess } from '../app/router.js';
import type { Session } from './session.js';

export const ViewerQuery = graphql(`
  query Viewer {
    viewer {
      kind
      email
      admin
      mayPublishMeasurements
      council {
        id
        gssCode
        name
        miResponsible {
          id
        }
      }
      person {
        id
        name
        jobTitle
      }
    }
  }
`);

export const ViewerDutiesQuery = graphql(`
  query ViewerDuties($personId: ID!) {
    whatPersonAnswersFor(personId: $personId) {
      miResponsible
      indicatorsDataOwned {
        id
        name
      }
      servicesOwned {
        service {
          id
        }
      }
    }
  }
`);

/** What the person using the app may see and do: drives the navigation (the server decides anyway). */
export interface Viewer {
  loading: boolean;
  signedIn: boolean;
  name: string | null;
  jobTitle: string | null;
  email: string | null;
  personId: string | null;
  councilGss: string | null;
  councilName: string | null;
  admin: boolean;
  /** The council's MI-responsible manager: publishes measurements, imports. */
  miManager: boolean;
  /** May publish the council's validated measurements (the MI-responsible manager or their delegate). */
  mayPublish: boolean;
  /** Indicators the person is the data owner of: enters and validates their measurements. */
  dataOwnerOf: Array<{ id: string; name: string }>;
  /** A signed-in person of this council: sees its unpublished data, people and line management. */
  memberOf: (gss: string) => boolean;
  /** May enter measurements in this council (data owner or MI-responsible manager). */
  canEnterMeasurements: (gss: string) => boolean;
  session: Session;
}

const ViewerContext = createContext<Viewer | null>(null);

export function ViewerProvider({ session, children }: { session: Session; children: ReactNode }) {
  const { data, loading } = useQuery(ViewerQuery, { fetchPolicy: 'network-only' });
  const v = data?.viewer;
  const personId = v?.kind === 'PERSON' ? (v.person?.id ?? null) : null;
  const duties = useQuery(ViewerDutiesQuery, { variables: { personId: personId ?? '' }, skip: !personId, errorPolicy: 'all' });
  const value = useMemo<Viewer>(() => {
    const gss = v?.kind === 'PERSON' ? (v.council?.gssCode ?? null) : null;
    const miManager = Boolean(personId && (duties.data?.whatPersonAnswersFor.miResponsible || v?.council?.miResponsible?.id === personId));
    // Indicators are never withheld (only people are), so every id is there.
    const dataOwnerOf = (duties.data?.whatPersonAnswersFor.indicatorsDataOwned ?? []).flatMap((i) =>
      i.id ? [{ id: i.id, name: i.name }] : [],
    );
    return {
      // A browser holding no session is anonymous before the answer comes: the views need not wait for it.
      loading: loading && session.mayBeSignedIn,
      signedIn: v?.kind === 'PERSON',
      name: v?.person?.name ?? null,
      jobTitle: v?.person?.jobTitle ?? null,
      email: v?.email ?? null,
      personId,
      councilGss: gss,
      councilName: v?.council?.name ?? null,
      admin: Boolean(v?.admin),
      miManager,
      mayPublish: Boolean(v?.mayPublishMeasurements),
      dataOwnerOf,
      memberOf: (g) => gss !== null && g === gss,
      canEnterMeasurements: (g) => gss !== null && g === gss && (miManager || dataOwnerOf.length > 0),
      session,
    };
  }, [v, loading, personId, duties.data, session]);
  return <ViewerContext.Provider value={value}>{children}</ViewerContext.Provider>;
}

export function useViewer(): Viewer {
  const v = useContext(ViewerContext);
  if (!v) throw new Error('useViewer needs a ViewerProvider');
  return v;
}

/** May the viewer use a view with this access in this council? (Navigation and pages; the server decides anyway.) */
export function allows(viewer: Viewer, access: ViewAccess, gss: string): boolean {
  switch (access) {
    case 'public':
      return true;
    case 'member':
      return viewer.memberOf(gss);
    case 'enter':
      return viewer.canEnterMeasurements(gss);
    case 'admin':
      return viewer.admin && viewer.memberOf(gss);
  }
}
