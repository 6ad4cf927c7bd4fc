/**
 * The national indicator definitions (ASCOF, PAF, Oflog) read from the reference files and seeded;
 * the published values are seeded by indicators-published.ts and the demo council's indicators by
 * indicators-demo.ts (re-exported here).
 */
import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { IndicatorFramework, IndicatorFrequency, OFLOG_MEASURES, Polarity } from '@goldenthread/domain';
import { Indicator } from '../indicators/indicator.entity.js';
import type { Em } from '../orm.js';
import { ascofDefinition, ascofSource, OFLOG_SOURCE, oflogDefinition, pafDefinition, pafSource } from './indicator-wording.js';
import { referenceDataDir } from './reference.js';

export { DEMO_LOCAL_INDICATORS, seedDemoIndicators } from './indicators-demo.js';
export { PUBLISHED_FILES, seedPublishedData } from './indicators-published.js';
export { referenceDataDir } from './reference.js';

function readCsv<T>(file: string): T[] {
  return parse(fs.readFileSync(path.join(referenceDataDir, file), 'utf8'), {
    columns: true,
    skip_empty_lines: true,
    trim: true,
    bom: true,
  }) as T[];
}

type Definition = Pick<Indicator, 'framework' | 'code' | 'title'> &
  Partial<
    Pick<
      Indicator,
      | 'displayCode'
      | 'definition'
      | 'unit'
      | 'polarity'
      | 'polaritySourced'
      | 'frequency'
      | 'domain'
      | 'source'
      | 'dataCollection'
      | 'successorCode'
    >
  >;

const POLARITY: Record<string, Polarity> = { higher: Polarity.HIGHER_IS_BETTER, lower: Polarity.LOWER_IS_BETTER };

/** ASCOF, PAF and Oflog definitions from the reference files. */
export function readIndicatorDefinitions(): Definition[] {
  const ascof = readCsv<Record<string, string>>('ascof_measures.csv').map((r): Definition => {
    const polarity = POLARITY[r.polarity!];
    if (!polarity) throw new Error(`ascof_measures.csv: unknown polarity '${r.polarity}' for ${r.measure_group}`);
    return {
      framework: IndicatorFramework.ASCOF,
      code: r.measure_group!,
      displayCode: r.display_code || null,
      title: r.title_nhsd_2020_21 || r.title_nhsd_2018_19!,
      definition: ascofDefinition(r.title_nhsd_2018_19, r.denominator_or_base),
      unit: r.unit || null,
      polarity,
      polaritySourced: r.polarity_basis === 'sourced',
      frequency: IndicatorFrequency.ANNUAL,
      domain: r.domain ? `ASCOF domain ${r.domain}` : null,
      source: ascofSource(r.polarity_source),
      dataCollection: r.data_collection || null,
      successorCode: r.successor_code_2023_24 || null,
    };
  });
  const paf = readCsv<Record<string, string>>('paf_indicators.csv').map(
    (r): Definition => ({
      framework: IndicatorFramework.PAF,
      code: r.code!,
      title: r.title!,
      definition: pafDefinition(r.title!, r.definition_as_found),
      // PAF polarity was never published with the definitions: no RAG or ranking direction unless sourced.
      polarity: Polarity.UNKNOWN,
      polaritySourced: false,
      frequency: IndicatorFrequency.ANNUAL,
      source: pafSource(r.source),
    }),
  );
  const oflogRows = readCsv<Record<string, string>>('oflog_asc_measures_2015_16_2022_23.csv');
  const oflog = new Map<string, Definition>();
  for (const r of oflogRows) {
    const code = r.Code!;
    const order = (r.rank_order ?? '').toLowerCase();
    const polarity = order === 'desc' ? Polarity.HIGHER_IS_BETTER : order === 'asc' ? Polarity.LOWER_IS_BETTER : null;
    const known = oflog.get(code);
    if (known) {
      if (known.polarity === Polarity.UNKNOWN && polarity) known.polarity = polarity;
      continue;
    }
    const eq = OFLOG_MEASURES[code];
    oflog.set(code, {
      framework: IndicatorFramework.OFLOG,
      code,
      title: r.Measure!.replace(/^Outcome,\s*/, ''),
      definition: oflogDefinition(code, eq?.display),
      unit: eq?.unit ?? null,
      polarity: polarity ?? Polarity.UNKNOWN,
      polaritySourced: polarity !== null,
      frequency: IndicatorFrequency.ANNUAL,
      domain: 'Oflog adult social care',
      source: OFLOG_SOURCE,
    });
  }
  return [...ascof, ...paf, ...[...oflog.values()].sort((a, b) => a.code.localeCompare(b.code))];
}

/** Inserts or refreshes the national indicator definitions (keyed by framework and code). Idempotent. */
export async function seedIndicatorDefinitions(em: Em): Promise<number> {
  const defs = readIndicatorDefinitions();
  const existing = await em.find(Indicator, { council: null });
  const byKey = new Map(existing.map((i) => [`${i.framework}:${i.code}`, i]));
  for (const d of defs) {
    const found = byKey.get(`${d.framework}:${d.code}`);
    if (found) em.assign(found, d);
    else em.create(Indicator, { ...d, council: null });
  }
  await em.flush();
  return defs.length;
}
