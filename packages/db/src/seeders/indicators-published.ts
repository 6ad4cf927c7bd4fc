/**
 * The real published values seeded for every council: the reference files (ASCOF 2018-19 to 2020-21,
 * Oflog 2015-16 to 2022-23) read by the measurement importer as PUBLISHED measurements.
 */
import fs from 'node:fs';
import path from 'node:path';
import { MeasurementStatus } from '@goldenthread/domain';
import { importMeasurements, type ImportFormat } from '../importers/index.js';
import type { Em } from '../orm.js';
import { referenceDataDir } from './reference.js';

/** The published files loaded as PUBLISHED measurements by `seedPublishedData`. */
export const PUBLISHED_FILES: ReadonlyArray<{ file: string; format: ImportFormat; period?: string; source: string }> = [
  {
    file: 'ascof_outcomes_2018_19_2019_20.csv',
    format: 'ascof_outcomes',
    source: 'NHS Digital ASCOF outcomes 2018-19 and 2019-20 (OGL v3)',
  },
  {
    file: 'ascof_2020_21_open_data.csv',
    format: 'ascof',
    period: '2020-21',
    source: 'NHS Digital, Measures from ASCOF, England 2020-21 (OGL v3)',
  },
  {
    file: 'oflog_asc_measures_2015_16_2022_23.csv',
    format: 'oflog',
    source: 'Office for Local Government adult social care measures (OGL v3)',
  },
];

/**
 * Real published values for every council (ASCOF 2018-19 to 2020-21, Oflog 2015-16 to 2022-23) as
 * PUBLISHED measurements. Idempotent: values already stored are left alone. About 45,000 rows: the
 * start command loads them; tests ask for them only when they need them.
 */
export async function seedPublishedData(em: Em): Promise<number> {
  let stored = 0;
  for (const f of PUBLISHED_FILES) {
    const report = await importMeasurements(em, fs.createReadStream(path.join(referenceDataDir, f.file)), {
      format: f.format,
      period: f.period ?? null,
      fileName: f.file,
      status: MeasurementStatus.PUBLISHED,
      source: f.source,
      history: false,
    });
    if (report.fileError || report.errorCount) {
      throw new Error(
        `${f.file}: ${
          report.fileError ??
          report.errors
            .slice(0, 5)
            .map((e) => `line ${e.line}: ${e.message}`)
            .join('; ')
        }`,
      );
    }
    stored += report.created + report.changed;
  }
  return stored;
}
