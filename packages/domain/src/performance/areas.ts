/**
 * The areas national statistics publish figures for beside councils: England (E92000001) and the nine
 * regions (E12000001..E12000009). Their figures are the publisher's own (NHS Digital pools every
 * council's numerator and denominator, including councils with no published value), so they are stored
 * as published, never rebuilt as a median of councils.
 */
export const AreaType = {
  /** England as a whole (GSS E92000001). */
  ENGLAND: 'ENGLAND',
  /** One of the nine English regions (GSS E12...). */
  REGION: 'REGION',
} as const;
export type AreaType = (typeof AreaType)[keyof typeof AreaType];

export interface ReferenceArea {
  gssCode: string;
  name: string;
  type: AreaType;
}

/** England and the nine regions, named as councils_england.csv names a council's region. */
export const REFERENCE_AREAS: readonly ReferenceArea[] = [
  { gssCode: 'E92000001', name: 'England', type: AreaType.ENGLAND },
  { gssCode: 'E12000001', name: 'North East', type: AreaType.REGION },
  { gssCode: 'E12000002', name: 'North West', type: AreaType.REGION },
  { gssCode: 'E12000003', name: 'Yorkshire and The Humber', type: AreaType.REGION },
  { gssCode: 'E12000004', name: 'East Midlands', type: AreaType.REGION },
  { gssCode: 'E12000005', name: 'West Midlands', type: AreaType.REGION },
  { gssCode: 'E12000006', name: 'East of England', type: AreaType.REGION },
  { gssCode: 'E12000007', name: 'London', type: AreaType.REGION },
  { gssCode: 'E12000008', name: 'South East', type: AreaType.REGION },
  { gssCode: 'E12000009', name: 'South West', type: AreaType.REGION },
];

export const ENGLAND_GSS = 'E92000001';

/** The GSS code of the region a council is in, from its region's name (any case); null for a name that is none of the nine. */
export function regionGssOf(regionName: string | null | undefined): string | null {
  const name = regionName?.trim().toLowerCase();
  if (!name) return null;
  const found = REFERENCE_AREAS.find((a) => a.type === AreaType.REGION && a.name.toLowerCase() === name);
  return found?.gssCode ?? null;
}

/** How a published area figure is labelled beside a median: "England (published)", "North West (published)". */
export function publishedLabel(areaName: string): string {
  return `${areaName} (published)`;
}

/**
 * How a group's median is labelled so it is never read as the national figure: "median of English
 * councils" for all councils, "median of <group>" otherwise (the group as it reads after "councils in").
 */
export function medianLabel(groupName: string, allOfEngland: boolean): string {
  return allOfEngland ? 'median of English councils' : `median of councils in ${groupName}`;
}
