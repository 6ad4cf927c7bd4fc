import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'csv-parse/sync';
import { Council } from '../organisation/council.entity.js';
import { CouncilType } from '@goldenthread/domain';
import type { Em } from '../orm.js';

/** The folder of the reference files (councils, indicator definitions, published values). */
export const referenceDataDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../data/reference');

interface CouncilCsvRow {
  gss_code: string;
  name: string;
  official_name: string;
  council_type: string;
  region: string;
  is_current: string;
  start_date: string;
  end_date: string;
  nhsd_cassr_code_2020_21: string;
  oflog_council_group: string;
}

export function readReferenceCouncils(): Array<
  Pick<Council, 'gssCode' | 'name' | 'officialName' | 'type' | 'region' | 'current' | 'startDate' | 'endDate' | 'nhsCode' | 'oflogGroup'>
> {
  const text = fs.readFileSync(path.join(referenceDataDir, 'councils_england.csv'), 'utf8');
  const rows = parse(text, { columns: true, skip_empty_lines: true, trim: true }) as CouncilCsvRow[];
  return rows.map((r) => {
    if (!(r.council_type in CouncilType)) throw new Error(`councils_england.csv: unknown council type ${r.council_type} for ${r.gss_code}`);
    return {
      gssCode: r.gss_code,
      name: r.name,
      officialName: r.official_name || null,
      type: r.council_type as CouncilType,
      region: r.region,
      current: r.is_current === 'True',
      startDate: r.start_date || null,
      endDate: r.end_date || null,
      nhsCode: r.nhsd_cassr_code_2020_21 || null,
      oflogGroup: r.oflog_council_group || null,
    };
  });
}

/** Inserts or refreshes every English council from the reference file, keyed by GSS code. Idempotent. */
export async function seedReferenceCouncils(em: Em): Promise<number> {
  const rows = readReferenceCouncils();
  const existing = await em.find(Council, {}, { fields: ['id', 'gssCode'] });
  const known = new Set(existing.map((c) => c.gssCode));
  const fresh = rows.filter((r) => !known.has(r.gssCode));
  if (fresh.length)
    await em.insertMany(
      Council,
      fresh.map((r) => ({ ...r, version: 1, createdAt: new Date(), updatedAt: new Date() })),
    );
  for (const r of rows.filter((row) => known.has(row.gssCode))) {
    await em.nativeUpdate(Council, { gssCode: r.gssCode }, r);
  }
  return rows.length;
}
