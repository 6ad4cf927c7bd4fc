/**
 * The demo council's indicators: its local monthly indicators with generated data through the
 * workflow, annual targets, data owners and responsible managers, targets for a few ASCOF measures,
 * and a comparator group of its region's county councils.
 */
import { IndicatorFramework, IndicatorFrequency, MeasurementStatus, Polarity, ToleranceKind, YearRollup } from '@goldenthread/domain';
import { ComparatorGroup, ComparatorGroupMember } from '../indicators/comparator-group.entity.js';
import { IndicatorOwnership } from '../indicators/indicator-ownership.entity.js';
import { Indicator } from '../indicators/indicator.entity.js';
import { Measurement } from '../indicators/measurement.entity.js';
import { Target } from '../indicators/target.entity.js';
import { Council } from '../organisation/council.entity.js';
import { Person } from '../organisation/person.entity.js';
import { Service } from '../organisation/service.entity.js';
import type { Em } from '../orm.js';
import { mulberry32 } from './organisation-generator.random.js';

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
  // Four eyes on data: a figure is entered by another officer than the data owner who validates it.
  const enterer = (i: number) => {
    const pool = perfOfficers.length > 1 ? perfOfficers : officers;
    const at = pool.findIndex((p) => p.id === owner(i));
    return pool[(at + 1) % Math.max(1, pool.length)]?.id ?? null;
  };
  const manager = (i: number) => managers[i % Math.max(1, managers.length)] ?? council.miResponsible?.id ?? null;
  const publisher = council.miResponsible?.id ?? null;
  const now = new Date();

  const random = mulberry32(20230401);
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
        // Percentages and caseloads: the mean of the months; people waiting and hours a week: the year's last month.
        yearRollup: spec.unit === '%' || spec.unit === 'cases per worker' ? YearRollup.MEAN : YearRollup.LAST,
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
        enteredBy: enterer(n),
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
