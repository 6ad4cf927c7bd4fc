import { useApolloClient } from '@apollo/client/react';
import { useEffect, useState } from 'react';
import type { PeoplePageQuery as PeoplePage } from '../../graphql/graphql.js';
import { PeoplePageQuery } from './queries.js';
import type { PersonInput } from './rows.js';

export interface PeopleState {
  people: PersonInput[] | null;
  loaded: number;
  total: number | null;
  error: Error | null;
}

/**
 * Every person of the council, fetched page by page (500 a page) after the organisation has drawn,
 * so the tree can show people under their units and search can find anyone. Pages go around the
 * normalised cache: 20,000 people are read once, not kept twice.
 */
export function usePeople(councilId: string | null, attempt = 0): PeopleState {
  const client = useApolloClient();
  const [state, setState] = useState<PeopleState>({ people: null, loaded: 0, total: null, error: null });
  // biome-ignore lint/correctness/useExhaustiveDependencies: attempt is not read; a new attempt (retry) loads the people again
  useEffect(() => {
    if (!councilId) return;
    let cancelled = false;
    setState({ people: null, loaded: 0, total: null, error: null });
    (async () => {
      const all: PersonInput[] = [];
      let after: string | null = null;
      for (;;) {
        const result: { data?: PeoplePage | undefined } = await client.query({
          query: PeoplePageQuery,
          variables: { councilId, after },
          fetchPolicy: 'no-cache',
        });
        if (cancelled) return;
        const page: Extract<NonNullable<PeoplePage['node']>, { people: unknown }>['people'] | null =
          result.data?.node && 'people' in result.data.node ? result.data.node.people : null;
        if (!page) throw new Error('The council was not found.');
        for (const p of page.nodes) {
          all.push({
            id: p.id,
            name: p.name,
            jobTitle: p.jobTitle ?? null,
            kind: p.kind,
            serviceId: p.service?.id ?? null,
            directorateId: p.directorate?.id ?? null,
            lineManagerId: p.lineManager?.id ?? null,
            functionalManagerId: p.functionalManager?.id ?? null,
          });
        }
        const done = !page.pageInfo.hasNextPage || !page.pageInfo.endCursor;
        setState({ people: done ? all : null, loaded: all.length, total: page.totalCount, error: null });
        if (done) return;
        after = page.pageInfo.endCursor;
      }
    })().catch((error: unknown) => {
      if (!cancelled) setState((s) => ({ ...s, error: error instanceof Error ? error : new Error(String(error)) }));
    });
    return () => {
      cancelled = true;
    };
  }, [client, councilId, attempt]);
  return state;
}
