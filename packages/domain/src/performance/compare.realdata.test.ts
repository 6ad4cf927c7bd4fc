/**
 * Group comparison on real published data, parsed from the text exactly as published (the values are in
 * compare.realdata.data.ts).
 *
 * Sources (Open Government Licence v3.0):
 * - NHS Digital, "Measures from the Adult Social Care Outcomes Framework, England 2020-21", open data
 *   file: Outcome, Total disaggregation, council rows, for 1F (adults in contact with secondary mental
 *   health services in paid employment, %, higher is better; three councils suppressed `[c]`) and 2A(2)
 *   (older people's permanent admissions to care homes per 100,000, lower is better; Hackney `[x]`).
 * - Office for Local Government (DLUHC), adult social care measures, ASC3 (= ASCOF 3D(1)) 2019-20, which
 *   publishes its own MEDIAN column: the expected median below is Oflog's, not ours.
 *
 * Expected quartile values were computed independently with Python's
 * statistics.quantiles(values, n=4, method='inclusive'), which is the R type 7 / Excel QUARTILE.INC method.
 */
import { describe, expect, it } from 'vitest';
import { compareGroup, councilPosition, type GroupEntry } from './compare.js';
import { ASCOF_1F_2020_21, ASCOF_2A2_2020_21, OFLOG_ASC3_2019_20 } from './compare.realdata.data.js';
import { parseMeasuredValue, type MeasuredValue } from './values.js';

function parsed(text: string): MeasuredValue {
  const result = parseMeasuredValue(text);
  if (!result.ok) throw new Error(result.error);
  return result.value;
}

const nhsGroup = (rows: [number, string, string][]): GroupEntry[] =>
  rows.map(([councilId, name, text]) => ({ councilId, name, value: parsed(text) }));

describe('ASCOF 1F, 2020-21, all councils (higher is better, integers: many ties, three suppressed)', () => {
  const result = compareGroup(nhsGroup(ASCOF_1F_2020_21), 'HIGHER_IS_BETTER');

  it('counts the 148 numbers and leaves the three [c] councils unranked', () => {
    expect(ASCOF_1F_2020_21).toHaveLength(151);
    expect(result.count).toBe(148);
    expect(result.suppressedCount).toBe(3);
    expect(result.ranked.slice(148).map((r) => [r.name, r.status, r.rank])).toEqual([
      ['City of London', 'SUPPRESSED', null],
      ['Isles of Scilly', 'SUPPRESSED', null],
      ['Rutland', 'SUPPRESSED', null],
    ]);
  });

  it('gives the median and quartile values', () => {
    // Python: statistics.quantiles(values, n=4, method='inclusive') == [5.0, 8.5, 12.0]
    expect(result).toMatchObject({ q1: 5, median: 8.5, q3: 12, min: 1, max: 29, best: 29, worst: 1 });
    // The England figure NHS Digital publishes for 1F in 2020-21 is 9: a pooled rate (sum of numerators
    // over sum of denominators), not the median of councils. The two are different numbers.
    expect(result.median).not.toBe(9);
  });

  it('ranks with standard competition ranking through the ties', () => {
    const at = (name: string) => result.ranked.find((r) => r.name === name)!;
    // 29 (Wokingham) rank 1; 21 (Essex) 2; 20 (North Yorkshire, York) 3 and 3; 19 rank 5;
    // 18 (Stockton-on-Tees, West Berkshire, South Gloucestershire) 6; next value 15 is rank 9.
    expect([at('Wokingham').rank, at('Essex').rank, at('North Yorkshire').rank, at('York').rank]).toEqual([1, 2, 3, 3]);
    expect([at('Stockton-on-Tees').rank, at('West Berkshire').rank, at('South Gloucestershire').rank]).toEqual([6, 6, 6]);
    expect(result.ranked.find((r) => r.value === 15)!.rank).toBe(9);
    expect(at('Wolverhampton')).toMatchObject({ value: 1, rank: 148, quartile: 4, percentile: 0 });
  });

  it('assigns quartiles from ranks, tied councils together', () => {
    // Value 12: 13 councils at rank 26 -> ceil(104/148) = 1. Value 11: rank 39 -> ceil(156/148) = 2.
    // Value 5: 18 councils at rank 111 -> 444/148 = 3 exactly -> quartile 3. Value 4: rank 129 -> 4.
    const quartileOf = (value: number) => [...new Set(result.ranked.filter((r) => r.value === value).map((r) => r.quartile))];
    expect(quartileOf(12)).toEqual([1]);
    expect(quartileOf(11)).toEqual([2]);
    expect(quartileOf(5)).toEqual([3]);
    expect(quartileOf(4)).toEqual([4]);
    const sizes = [1, 2, 3, 4].map((q) => result.ranked.filter((r) => r.quartile === q).length);
    // Ties make the quarters uneven: 38, 36, 54, 20 (total 148).
    expect(sizes).toEqual([38, 36, 54, 20]);
    // Percentile of the 18 councils tied at 5: worse = 148 - 110 - 18 = 20; (20 + 17/2) / 147 x 100.
    expect(result.ranked.find((r) => r.value === 5)!.percentile).toBeCloseTo((28.5 / 147) * 100, 10);
  });
});

describe('ASCOF 2A(2), 2020-21, all councils (lower is better, one [x])', () => {
  const entries = nhsGroup(ASCOF_2A2_2020_21);
  const result = compareGroup(entries, 'LOWER_IS_BETTER');

  it('gives the median and quartile values', () => {
    // Python: [388.175, 484.05, 637.9250000000001]
    expect(result.count).toBe(150);
    expect(result.notAvailableCount).toBe(1);
    expect(result.q1).toBeCloseTo(388.175, 9);
    expect(result.median).toBeCloseTo(484.05, 9);
    expect(result.q3).toBeCloseTo(637.925, 9);
    expect(result).toMatchObject({ min: 129.5, max: 2107, best: 129.5, worst: 2107 });
  });

  it('ranks the lowest rate first', () => {
    expect(result.ranked.slice(0, 2).map((r) => [r.name, r.value, r.rank, r.quartile])).toEqual([
      ['Croydon', 129.5, 1, 1],
      ['Derbyshire', 134.5, 2, 1],
    ]);
    expect(result.ranked.slice(149).map((r) => [r.name, r.rank, r.quartile, r.status])).toEqual([
      ['Isles of Scilly', 150, 4, 'VALUE'],
      ['Hackney', null, null, 'NOT_AVAILABLE'],
    ]);
  });

  it('places Manchester in the bottom quartile, well above the median', () => {
    const position = councilPosition(entries, 306, 'LOWER_IS_BETTER')!;
    expect(position).toMatchObject({ name: 'Manchester', value: 1402.3, rank: 149, quartile: 4, betterThanMedian: false });
    expect(position.differenceFromMedian).toBeCloseTo(1402.3 - 484.05, 9);
  });
});

describe('Oflog ASC3 (ASCOF 3D(1)), 2019-20: our median matches the published one', () => {
  const entries: GroupEntry[] = OFLOG_ASC3_2019_20.map(([, name, text], i) => ({ councilId: i + 1, name, value: parsed(text) }));
  const result = compareGroup(entries, 'HIGHER_IS_BETTER');

  it('ignores the four blank cells and finds the median Oflog published (69)', () => {
    expect(entries).toHaveLength(151);
    expect(result.count).toBe(147);
    expect(result.notAvailableCount).toBe(4);
    expect(result.median).toBe(69);
    // Python: [65.5, 69.0, 71.94999999999999]
    expect(result.q1).toBeCloseTo(65.5, 9);
    expect(result.q3).toBeCloseTo(71.95, 9);
  });

  it('ranks Hartlepool first and Warwickshire last', () => {
    expect(result.ranked[0]).toMatchObject({ name: 'Hartlepool', value: 84.4, rank: 1, quartile: 1 });
    expect(result.ranked[146]).toMatchObject({ name: 'Warwickshire', value: 47.2, rank: 147, quartile: 4, percentile: 0 });
    expect(
      result.ranked
        .slice(147)
        .map((r) => r.name)
        .sort(),
    ).toEqual(['City of London', 'Isles of Scilly', 'Kent', 'Wokingham']);
  });
});
