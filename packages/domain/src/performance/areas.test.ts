import { describe, expect, it } from 'vitest';
import { AreaType, medianLabel, publishedLabel, REFERENCE_AREAS, regionGssOf } from './areas.js';

describe('reference areas', () => {
  it('has England and nine regions with unique GSS codes of their kind', () => {
    expect(REFERENCE_AREAS.filter((a) => a.type === AreaType.ENGLAND).map((a) => a.gssCode)).toEqual(['E92000001']);
    const regions = REFERENCE_AREAS.filter((a) => a.type === AreaType.REGION);
    expect(regions).toHaveLength(9);
    expect(new Set(regions.map((r) => r.gssCode)).size).toBe(9);
    for (const r of regions) expect(r.gssCode).toMatch(/^E1200000[1-9]$/);
  });

  it("finds a council's region by its name, in any case, and nothing for an unknown one", () => {
    expect(regionGssOf('Yorkshire and the Humber')).toBe('E12000003');
    expect(regionGssOf(' London ')).toBe('E12000007');
    expect(regionGssOf('Wales')).toBeNull();
    expect(regionGssOf(null)).toBeNull();
  });
});

describe('labels', () => {
  it('names a published figure by its area and the median by its councils', () => {
    expect(publishedLabel('England')).toBe('England (published)');
    expect(medianLabel('England', true)).toBe('median of English councils');
    expect(medianLabel('North West', false)).toBe('median of councils in North West');
  });
});
