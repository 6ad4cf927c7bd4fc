import { useApolloClient } from '@apollo/client/react';
import { graphql } from '../../graphql/index.js';
import type { StoredCascadeRecordQuery as StoredData } from '../../graphql/graphql.js';
import type { Stored } from '../../ui/conflict.js';

/** A record of the cascade as stored, for a form's answer to a stale version (forms.tsx `Versioned`). */
export const StoredCascadeRecordQuery = graphql(`
  query StoredCascadeRecord($id: ID!) {
    node(id: $id) {
      __typename
      id
      ... on Priority {
        version
        name
        description
        budget
        fte
        isNonPriority
        nonPriorityReason
        owner {
          id
        }
      }
      ... on Objective {
        version
        name
        description
      }
      ... on Milestone {
        version
        name
        due
      }
      ... on AppraisalObjective {
        version
        agreedOn
        reviewedOn
        rating
      }
      ... on Target {
        version
        value
        tolerance
        period
      }
    }
  }
`);

type StoredNode = NonNullable<StoredData['node']>;
/** The stored record of one kind (by its __typename). */
export type StoredOf<T extends StoredNode['__typename']> = Extract<StoredNode, { __typename: T }>;

/** Reads the record `id` of kind `type` as stored, as the form's values (`values`) with its version. */
export function useStoredRecord<T extends StoredNode['__typename'], V>(
  type: T,
  id: string,
  values: (node: StoredOf<T>) => V,
): (fetchPolicy: 'no-cache' | 'network-only') => Promise<Stored<V> | null> {
  const client = useApolloClient();
  return async (fetchPolicy) => {
    const res = await client.query({ query: StoredCascadeRecordQuery, variables: { id }, fetchPolicy });
    const node = res.data?.node;
    if (node?.__typename !== type) return null;
    const record = node as StoredOf<T> & { version: number };
    return { version: record.version, values: values(record) };
  };
}

/** A number as a form's field holds it: '' for none. */
export const numberText = (n: number | null | undefined): string => (n === null || n === undefined ? '' : String(n));
