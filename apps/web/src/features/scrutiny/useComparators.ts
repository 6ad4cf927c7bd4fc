import { useQuery } from '@apollo/client/react';
import { parse, type DocumentNode } from 'graphql';
import { useMemo } from 'react';
import type { ComparatorInput } from '../../charts/series/layout.js';
import type { GroupKindValue } from './periods.js';

interface Stats {
  median: number | null;
  q1: number | null;
  q3: number | null;
  groupName: string;
  englandPublished?: { value: number | null } | null;
  regionPublished?: { value: number | null; area: { name: string } } | null;
}

/**
 * The comparator group's median and quartiles, the median of English councils, and England's and the
 * council's region's published figures (NHS Digital's, not medians), for each period of a series,
 * in one request (one aliased field per period: at most 2 x 10 of the 30 aliases allowed).
 */
export function comparatorsDocument(periods: readonly string[]): DocumentNode {
  const fields = periods
    .map((p, i) => {
      const period = JSON.stringify(p);
      return `g${i}: comparison(indicatorId: $id, period: ${period}, gssCode: $gss, group: { kind: $group }) { median q1 q3 groupName }
      e${i}: comparison(indicatorId: $id, period: ${period}, gssCode: $gss, group: { kind: ALL_ENGLAND }) {
        median q1 q3 groupName englandPublished { value } regionPublished { value area { name } } }`;
    })
    .join('\n');
  return parse(`query Comparators($id: ID!, $gss: String!, $group: GroupKind!) { ${fields || '__typename'} }`);
}

export function useComparators(indicatorId: string, gss: string, periods: readonly string[], group: GroupKindValue, skip: boolean) {
  // The same last 10 periods give the same array (and so the same document), whatever array they came in.
  const key = JSON.stringify(periods.slice(-10));
  const limited = useMemo(() => JSON.parse(key) as string[], [key]);
  const doc = useMemo(() => comparatorsDocument(limited), [limited]);
  const q = useQuery<Record<string, Stats | null>>(doc, {
    variables: { id: indicatorId, gss, group },
    skip: skip || limited.length === 0,
    errorPolicy: 'all',
  });
  const comparators: ComparatorInput[] = useMemo(
    () =>
      limited.map((period, i) => {
        const g = q.data?.[`g${i}`];
        const e = q.data?.[`e${i}`];
        return {
          period,
          median: g?.median ?? null,
          q1: g?.q1 ?? null,
          q3: g?.q3 ?? null,
          england: e?.median ?? null,
          englandPublished: e?.englandPublished?.value ?? null,
          regionPublished: e?.regionPublished?.value ?? null,
        };
      }),
    [q.data, limited],
  );
  const groupName = limited.map((_, i) => q.data?.[`g${i}`]?.groupName).find(Boolean) ?? null;
  const regionName = limited.map((_, i) => q.data?.[`e${i}`]?.regionPublished?.area.name).find(Boolean) ?? null;
  return { comparators: q.data ? comparators : [], groupName, regionName, loading: q.loading, error: q.error };
}
