/**
 * Units, precision and "same measure as" checked against the reference data (issue 18, items 4 and 5):
 * every indicator's values fit its unit, ASCOF's published precision is what NHS Digital publishes, and
 * Oflog ASC1-ASC5 carry the same values as the ASCOF measures they are said to be.
 */
import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { readIndicatorDefinitions, referenceDataDir } from '@goldenthread/db';
import { OFLOG_MEASURES, parseMeasuredValue, publishedPrecision, sameMeasureAs, unitMismatch } from '@goldenthread/domain';

function rows(file: string): Record<string, string>[] {
  return parse(fs.readFileSync(path.join(referenceDataDir, file), 'utf8'), { columns: true, bom: true, trim: true });
}

function num(text: string | undefined): number | null {
  const v = parseMeasuredValue(text ?? '');
  return v.ok && v.value.kind === 'VALUE' ? v.value.value : null;
}

/** Council values per indicator key (`ASCOF:1J`), with the text as published, and per council and year. */
function referenceValues() {
  const values = new Map<string, { value: number; text: string }[]>();
  const at = new Map<string, number>();
  const add = (key: string, gss: string, year: string, text: string) => {
    const value = num(text);
    if (value === null) return;
    values.set(key, [...(values.get(key) ?? []), { value, text }]);
    at.set(`${key}|${gss}|${year}`, value);
  };
  for (const r of rows('ascof_2020_21_open_data.csv')) {
    if (r['Measure Type'] !== 'Outcome' || r['Disaggregation Level'] !== 'Total' || r['Geographical Level'] !== 'Council') continue;
    add(`ASCOF:${r['ASCOF Measure Code']}`, r['ONS Code']!, '2020-21', r['Measure Value']!);
  }
  for (const r of rows('ascof_outcomes_2018_19_2019_20.csv')) {
    if (r.disaggregation !== 'Total' || r.geography_level !== 'Council') continue;
    add(`ASCOF:${r.measure_group}`, r.ons_code!, r.year!, r.outcome!);
  }
  for (const r of rows('oflog_asc_measures_2015_16_2022_23.csv')) {
    add(`OFLOG:${r.Code}`, r['Local authority code']!, r['Financial year']!, r.Value!);
  }
  return { values, at };
}

const decimals = (text: string) => (text.includes('.') ? text.split('.')[1]!.length : 0);

describe('indicator units and precision against the reference data', () => {
  const defs = readIndicatorDefinitions();
  const { values, at } = referenceValues();

  it("every ASCOF and Oflog indicator's values lie within its unit's range", () => {
    const problems: string[] = [];
    let checked = 0;
    for (const d of defs.filter((x) => x.framework !== 'PAF')) {
      const v = values.get(`${d.framework}:${d.code}`) ?? [];
      if (!v.length) continue;
      checked++;
      const why = unitMismatch(
        d.unit,
        v.map((x) => x.value),
      );
      if (why) problems.push(`${d.framework} ${d.code}: ${why}`);
    }
    expect(problems).toEqual([]);
    expect(checked).toBeGreaterThanOrEqual(25);
  });

  it('Oflog ASC6 is a rate per 100,000 adults, not a percentage (its values run to 18,232)', () => {
    const asc6 = defs.find((d) => d.framework === 'OFLOG' && d.code === 'ASC6')!;
    const v = values.get('OFLOG:ASC6')!.map((x) => x.value);
    expect(Math.max(...v)).toBeGreaterThan(18_000);
    expect(unitMismatch('%', v)).not.toBeNull();
    expect(asc6.unit).toBe('per 100,000 adults');
  });

  it("ASCOF's published precision is the number of decimal places NHS Digital publishes (1J three, the others one)", () => {
    const wrong: string[] = [];
    for (const d of defs.filter((x) => x.framework === 'ASCOF')) {
      const v = values.get(`ASCOF:${d.code}`);
      if (!v?.length) continue;
      const published = Math.max(...v.filter((x) => /^\d/.test(x.text)).map((x) => decimals(x.text)));
      const p = publishedPrecision({ framework: 'ASCOF', code: d.code, unit: d.unit });
      if (p.kind !== 'DECIMAL_PLACES' || p.digits !== published) wrong.push(`${d.code}: ${p.digits} for ${published}`);
    }
    expect(wrong).toEqual([]);
    expect(publishedPrecision({ framework: 'ASCOF', code: '1J' }).digits).toBe(3);
  });

  it('Oflog ASC1-ASC5 have the same values as the ASCOF measures recorded as the same measure', () => {
    for (const code of Object.keys(OFLOG_MEASURES)) {
      const same = sameMeasureAs({ framework: 'OFLOG', code });
      if (!same) continue;
      let both = 0;
      let equal = 0;
      for (const [key, oflog] of at) {
        const [k, gss, year] = key.split('|');
        if (k !== `OFLOG:${code}`) continue;
        const ascof = at.get(`ASCOF:${same.code}|${gss}|${year}`);
        if (ascof === undefined) continue;
        both++;
        const places = publishedPrecision({ framework: 'ASCOF', code: same.code }).digits;
        if (Math.abs(ascof - oflog) <= 10 ** -places / 2 + 1e-9) equal++;
      }
      expect(both, `${code} and ASCOF ${same.code} share council-years`).toBeGreaterThan(15);
      expect(equal / both, `${code} = ASCOF ${same.code}`).toBeGreaterThan(0.95);
    }
  });
});
