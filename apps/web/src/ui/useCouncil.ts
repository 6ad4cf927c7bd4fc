import { useQuery } from '@apollo/client/react';
import { graphql } from '../graphql/index.js';

export const CouncilByGssQuery = graphql(`
  query CouncilByGss($gssCode: String!) {
    council(gssCode: $gssCode) {
      id
      name
      gssCode
      type
      region
    }
  }
`);

/** The council of the route (its id for queries that take one). */
export function useCouncil(gss: string) {
  const q = useQuery(CouncilByGssQuery, { variables: { gssCode: gss } });
  return {
    council: q.data?.council ?? null,
    loading: q.loading,
    error: q.error,
    missing: Boolean(q.data && !q.data.council),
    refetch: q.refetch,
  };
}
