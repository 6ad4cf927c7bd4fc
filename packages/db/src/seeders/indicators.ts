import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'csv-parse/sync';
import { IndicatorFramework, IndicatorFrequency, MeasurementStatus, OFLOG_MEASURES, Polarity, ToleranceKind } from '@goldenthread/domain';
import { ComparatorGroup, ComparatorGroupMember } from '../indicators/comparator-group.entity.js';
import { IndicatorOwnership } from '../indicators/indicator-ownership.entity.js';
import { Indicator } from '../indicators/indicator.entity.js';
import { Measurement } from '../indicators/measurement.entity.js';
import { Target } from '../indicators/target.entity.js';
import { importMeasurements, type ImportFormat } from '../importers/index.js';
import { Council } from '../organisation/council.entity.js';
import { Person } from '../organisation/person.entity.js';
import { Service } from '../organisation/service.entity.js';
import type { Em } from '../orm.js';

export const referenceDataDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../data/reference');

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
      definition:
        [r.title_nhsd_2018_19, r.denominator_or_base ? `Denominator or base: ${r.denominator_or_base}.` : ''].filter(Boolean).join(' ') ||
        null,
      unit: r.unit || null,
      polarity,
      polaritySourced: r.polarity_basis === 'sourced',
      frequency: IndicatorFrequency.ANNUAL,
      domain: r.domain ? `ASCOF domain ${r.domain}` : null,
      source:
        `NHS Digital, Adult Social Care Outcomes Framework (OGL v3)${r.polarity_source ? `; polarity: ${r.polarity_source}` : ''}`.slice(
          0,
          500,
        ),
      dataCollection: r.data_collection || null,
      successorCode: r.successor_code_2023_24 || null,
    };
  });
  const paf = readCsv<Record<string, string>>('paf_indicators.csv').map(
    (r): Definition => ({
      framework: IndicatorFramework.PAF,
      code: r.code!,
      title: r.title!,
      definition: r.definition_as_found || null,
      // PAF polarity was never published with the definitions: no RAG or ranking direction unless sourced.
      polarity: Polarity.UNKNOWN,
      polaritySourced: false,
      frequency: IndicatorFrequency.ANNUAL,
      source: `Performance Assessment Framework; definition as found: ${r.source}`.slice(0, 500),
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
      definition: eq?.display ? `Oflog measure ${code}: ASCOF ${eq.display}.` : `Oflog measure ${code}.`,
      unit: eq?.unit ?? null,
      polarity: polarity ?? Polarity.UNKNOWN,
      polaritySourced: polarity !== null,
      frequency: IndicatorFrequency.ANNUAL,
      domain: 'Oflog adult social care',
      source: 'Office for Local Government (DLUHC), Local Authority Data Explorer (Crown copyright, OGL v3); polarity from rank_order',
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

// ------------------------------------------------------------------------------------------ demo

/** Deterministic pseudo-random numbers (mulberry32). */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

interface LocalSpec {
  code: string;
  title: string;
  definition: string;
  unit: string;
  polarity: Polarity;
  start: number;
  drift: number;
  noise: number;
  target: [number, number];
  tolerance: number;
  toleranceKind: ToleranceKind;
  band?: [number, number];
  decimals: number;
}

/** The demo council's local indicators: monthly, with a realistic level, drift and noise. */
export const DEMO_LOCAL_INDICATORS: readonly LocalSpec[] = [
  {
    code: 'L-ASC-01',
    title: 'Care Act assessments completed within 28 days',
    definition: 'Percentage of Care Act assessments completed within 28 days of the first contact, in the month.',
    unit: '%',
    polarity: Polarity.HIGHER_IS_BETTER,
    start: 68,
    drift: 0.5,
    noise: 3,
    target: [75, 80],
    tolerance: 5,
    toleranceKind: ToleranceKind.ABSOLUTE,
    decimals: 1,
  },
  {
    code: 'L-ASC-02',
    title: 'People waiting for a Care Act assessment',
    definition: 'Number of people waiting for a Care Act assessment at the end of the month.',
    unit: 'people',
    polarity: Polarity.LOWER_IS_BETTER,
    start: 820,
    drift: -12,
    noise: 40,
    target: [700, 550],
    tolerance: 10,
    toleranceKind: ToleranceKind.PERCENT,
    decimals: 0,
  },
  {
    code: 'L-ASC-03',
    title: 'Annual reviews completed on time',
    definition: 'Percentage of people in long-term support whose annual review was completed on time.',
    unit: '%',
    polarity: Polarity.HIGHER_IS_BETTER,
    start: 71,
    drift: -0.3,
    noise: 2,
    target: [80, 85],
    tolerance: 3,
    toleranceKind: ToleranceKind.ABSOLUTE,
    decimals: 1,
  },
  {
    code: 'L-ASC-04',
    title: 'Safeguarding enquiries concluded within 60 days',
    definition: 'Percentage of section 42 safeguarding enquiries concluded within 60 days.',
    unit: '%',
    polarity: Polarity.HIGHER_IS_BETTER,
    start: 78,
    drift: 0.2,
    noise: 2.5,
    target: [85, 85],
    tolerance: 5,
    toleranceKind: ToleranceKind.ABSOLUTE,
    decimals: 1,
  },
  {
    code: 'L-ASC-05',
    title: 'Hours of home care commissioned per week',
    definition: 'Hours of home care commissioned per week at the end of the month (thousands).',
    unit: 'thousand hours',
    polarity: Polarity.LOWER_IS_BETTER,
    start: 41,
    drift: 0.15,
    noise: 0.6,
    target: [42, 43],
    tolerance: 2,
    toleranceKind: ToleranceKind.PERCENT,
    decimals: 2,
  },
  {
    code: 'L-ASC-06',
    title: 'Social worker caseload',
    definition: 'Average open cases per qualified social worker in adult social care; healthy range 15 to 22.',
    unit: 'cases per worker',
    polarity: Polarity.WITHIN_BAND,
    start: 24,
    drift: -0.15,
    noise: 0.8,
    target: [15, 22],
    band: [15, 22],
    tolerance: 2,
    toleranceKind: ToleranceKind.ABSOLUTE,
    decimals: 1,
  },
];

const DEMO_MONTHS = { from: [2023, 4] as const, count: 24 };

/**
 * The demo council's local indicators with monthly data for 2023-04..2025-03 (published up to
 * 2024-12, then validated, then drafts, so the workflow and late data show), annual targets for
 * 2023-24 and 2024-25, and data owners and responsible managers from its own people; targets for a
 * few ASCOF measures too.
 */
export async function seedDemoIndicators(em: Em, council: Council): Promise<void> {
  const officers = await em.find(
    Person,
    { council: council.id },
    { orderBy: { id: 'asc' }, fields: ['id', 'jobTitle', 'functionalManager', 'service', 'directorate'] },
  );
  const perfOfficers = officers.filter((p) => p.functionalManager !== null);
  const ascServices = await em.find(
    Service,
    { council: council.id, parent: null },
    { orderBy: { id: 'asc' }, fields: ['id', 'accountableOwner', 'directorate'], populate: [] },
  );
  const managers = ascServices.map((s) => s.accountableOwner?.id).filter((x): x is number => !!x);
  const owner = (i: number) => perfOfficers[i % Math.max(1, perfOfficers.length)]?.id ?? officers[0]?.id ?? null;
  const manager = (i: number) => managers[i % Math.max(1, managers.length)] ?? council.miResponsible?.id ?? null;
  const publisher = council.miResponsible?.id ?? null;
  const now = new Date();

  const random = rng(20230401);
  const indicators: Indicator[] = [];
  for (const spec of DEMO_LOCAL_INDICATORS) {
    indicators.push(
      em.create(Indicator, {
        framework: IndicatorFramework.LOCAL,
        code: spec.code,
        title: spec.title,
        definition: spec.definition,
        unit: spec.unit,
        polarity: spec.polarity,
        polaritySourced: true,
        frequency: IndicatorFrequency.MONTHLY,
        tolerance: spec.tolerance,
        toleranceKind: spec.toleranceKind,
        bandLow: spec.band?.[0] ?? null,
        bandHigh: spec.band?.[1] ?? null,
        domain: 'Adult social care',
        source: `${council.name} performance and intelligence team`,
        council,
      }),
    );
  }
  await em.flush();

  const rows: Record<string, unknown>[] = [];
  indicators.forEach((ind, n) => {
    const spec = DEMO_LOCAL_INDICATORS[n]!;
    let level = spec.start;
    for (let i = 0; i < DEMO_MONTHS.count; i++) {
      const y = DEMO_MONTHS.from[0] + Math.floor((DEMO_MONTHS.from[1] - 1 + i) / 12);
      const m = ((DEMO_MONTHS.from[1] - 1 + i) % 12) + 1;
      const period = `${y}-${String(m).padStart(2, '0')}`;
      level += spec.drift;
      const value = Number((level + (random() - 0.5) * 2 * spec.noise).toFixed(spec.decimals));
      const status = i < 21 ? MeasurementStatus.PUBLISHED : i < 23 ? MeasurementStatus.VALIDATED : MeasurementStatus.DRAFT;
      rows.push({
        council: council.id,
        indicator: ind.id,
        period,
        periodKind: 'MONTH',
        periodStart: `${period}-01`,
        disaggregation: 'Total',
        value,
        valueStatus: 'VALUE',
        status,
        enteredBy: owner(n),
        validatedBy: status === MeasurementStatus.DRAFT ? null : owner(n),
        publishedBy: status === MeasurementStatus.PUBLISHED ? publisher : null,
        source: `${council.name} case management system`,
        version: 1,
        createdAt: now,
        updatedAt: now,
      });
    }
  });
  for (let i = 0; i < rows.length; i += 500) await em.insertMany(Measurement, rows.slice(i, i + 500) as never);

  indicators.forEach((ind, n) => {
    const spec = DEMO_LOCAL_INDICATORS[n]!;
    em.create(IndicatorOwnership, { council, indicator: ind, dataOwner: owner(n), responsibleManager: manager(n) });
    ['2023-24', '2024-25'].forEach((period, k) => {
      em.create(Target, {
        council,
        indicator: ind,
        period,
        value: spec.target[k]!,
        setBy: manager(n),
        note: 'Agreed in the service plan.',
      });
    });
  });

  // National measures the council watches: owners and a few targets against published ASCOF figures.
  const ascof = await em.find(
    Indicator,
    { framework: IndicatorFramework.ASCOF, code: { $in: ['1A', '1C2A', '2A2', '2B1', '2D', '3A', '3D1', '4A'] } },
    { orderBy: { code: 'asc' } },
  );
  const ascofTargets: Record<string, number> = { '1A': 19.2, '1C2A': 28, '2A2': 520, '2B1': 82, '2D': 80, '3A': 65, '3D1': 70, '4A': 72 };
  ascof.forEach((ind, n) => {
    em.create(IndicatorOwnership, { council, indicator: ind, dataOwner: owner(n + 6), responsibleManager: manager(n) });
    for (const period of ['2019-20', '2020-21']) {
      em.create(Target, {
        council,
        indicator: ind,
        period,
        value: ascofTargets[ind.code]!,
        tolerance: ind.code === '2A2' ? 5 : 2,
        toleranceKind: ind.code === '2A2' ? ToleranceKind.PERCENT : ToleranceKind.ABSOLUTE,
        setBy: manager(n),
      });
    }
  });

  // A user-defined comparator group: the council and the other county councils of its region.
  const peers = await em.find(Council, { type: council.type, region: council.region, current: true }, { orderBy: { name: 'asc' } });
  const group = em.create(ComparatorGroup, {
    council,
    name: `${council.region} county councils`,
    description: `County councils of the ${council.region} region, compared in scrutiny reports.`,
    createdBy: publisher,
  });
  for (const peer of peers) em.create(ComparatorGroupMember, { group, member: peer });
  await em.flush();
}
