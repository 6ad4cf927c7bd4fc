import type { ApolloClient } from '@apollo/client';
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
        priorityStatus: status
        budget
        fte
        isNonPriority
        nonPriorityReason
        owner {
          id
          name
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
        milestoneStatus: status
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
      ... on Consultation {
        version
        title
        date
        heard
      }
      ... on Communication {
        version
        date
        channel
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
  return storedRecord(useApolloClient(), type, id, values);
}

/** useStoredRecord with the client given, for records of a list (one reader each, made in the loop). */
export function storedRecord<T extends StoredNode['__typename'], V>(
  client: ApolloClient,
  type: T,
  id: string,
  values: (node: StoredOf<T>) => V,
): (fetchPolicy: 'no-cache' | 'network-only') => Promise<Stored<V> | null> {
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

/** A target as a step on it (change, unlink, delete) compares it in the conflict panel. */
export const TARGET_FIELDS = [
  { key: 'value', label: 'Value' },
  { key: 'tolerance', label: 'Tolerance' },
  { key: 'period', label: 'Period' },
] as const;
export const targetValues = (x: { value: number; tolerance?: number | null; period: string }) => ({
  value: String(x.value),
  tolerance: numberText(x.tolerance),
  period: x.period,
});

/** The words for a coded value ('AGREED' → 'Agreed'), for a conflict panel's field. */
const words =
  (map: Record<string, string>) =>
  (v: string): string =>
    map[v] ?? v;

/** A priority as a confirmed step on it reads it (agree, make public): what the conflict panel may name. */
export const PRIORITY_STEP_FIELDS = [
  { key: 'name', label: 'Name' },
  { key: 'status', label: 'Status', show: words({ DRAFT: 'Draft', AGREED: 'Agreed', COMMUNICATED: 'Communicated' }) },
  { key: 'owner', label: 'Owner' },
  { key: 'budget', label: 'Budget (£)' },
  { key: 'fte', label: 'Staff time (FTE)' },
] as const;

type PriorityRead = {
  name: string;
  budget?: number | null;
  fte?: number | null;
  owner?: { name: string } | null;
};
/** A priority's values for PRIORITY_STEP_FIELDS (its status given, as the query names it). */
export const priorityStepValues = (p: PriorityRead, status: string) => ({
  name: p.name,
  status,
  owner: p.owner?.name ?? '',
  budget: numberText(p.budget),
  fte: numberText(p.fte),
});

export const MILESTONE_STATUS = words({
  NOT_STARTED: 'Not started',
  ON_TRACK: 'On track',
  AT_RISK: 'At risk',
  COMPLETE: 'Done',
  MISSED: 'Missed',
});
