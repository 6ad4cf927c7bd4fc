/**
 * CSV export and import of a council's risk registers (README "CSV layouts"). An import is all or
 * nothing: every row is resolved (owners by e-mail, registers by directorate, services and
 * priorities by name) and checked with the same domain rules as createRisk/updateRisk; any problem
 * refuses the whole file with every bad row's line, column, code and reason. Rows are matched to
 * stored risks by reference, so importing an export changes nothing.
 */
import {
  Objective,
  Priority,
  REQUIRED_RISK_CSV_COLUMNS,
  Risk,
  RISK_CSV_COLUMNS,
  formatGovernanceCsv,
  type GovernanceCsvRow,
} from '@goldenthread/db';
import { RiskStatus, validateName, validateRiskLinks, validateRiskReference, validateRiskScores } from '@goldenthread/domain';
import { idOf } from '../../loaders.js';
import { CouncilNames, RowProblems, csvDate, importCsv, type GovernanceImportReport } from './risks.csv.common.js';
import { RiskService, valuesOf, type RiskValues } from './risks.service.js';

type Column = (typeof RISK_CSV_COLUMNS)[number];
type Row = GovernanceCsvRow<Column>;

/** The CSV column of each field a domain rule names. */
const COLUMN_OF: Record<string, Column> = {
  reference: 'reference',
  title: 'title',
  inherentLikelihood: 'inherent_likelihood',
  inherentImpact: 'inherent_impact',
  residualLikelihood: 'residual_likelihood',
  residualImpact: 'residual_impact',
  serviceId: 'service',
  servicePlanPeriod: 'service_plan_period',
  objectiveId: 'service',
};

const TEXT_MAX = 4000;
const lower = (s: string) => s.trim().toLowerCase();

interface Resolved {
  row: Row;
  existing: Risk | null;
  values: RiskValues;
}

export class RiskCsvService extends RiskService {
  /** The council's risks as CSV (every register, by reference), for the council's own people. */
  async export(councilId: number): Promise<string> {
    this.access.requireReadUnpublished(councilId);
    const [names, risks, priorities] = await Promise.all([
      CouncilNames.load(this.em, councilId),
      this.em.find(Risk, { council: councilId }, { orderBy: { reference: 'asc', id: 'asc' } }),
      this.em.find(Priority, { council: councilId }, { fields: ['name', 'period'], disableIdentityMap: true }),
    ]);
    const priorityLabel = (id: number | null) => {
      const p = priorities.find((x) => x.id === id);
      if (!p) return '';
      return priorities.filter((x) => lower(x.name) === lower(p.name)).length > 1 ? `${p.name} (${p.period})` : p.name;
    };
    return formatGovernanceCsv(
      RISK_CSV_COLUMNS,
      risks.map((r) => ({
        reference: r.reference,
        title: r.title,
        register: r.directorate ? names.directorateLabel(idOf(r.directorate)) : 'corporate',
        cause: r.cause ?? '',
        effect: r.effect ?? '',
        owner_email: names.email(idOf(r.owner)),
        inherent_likelihood: String(r.inherentLikelihood),
        inherent_impact: String(r.inherentImpact),
        residual_likelihood: String(r.residualLikelihood),
        residual_impact: String(r.residualImpact),
        controls: r.controls ?? '',
        status: r.status,
        review_due: r.reviewDue ?? '',
        priority: priorityLabel(idOf(r.priority)),
        service: names.serviceLabel(idOf(r.service)),
        service_plan_period: r.servicePlanPeriod ?? '',
      })),
    );
  }

  /** Checks the whole file and, unless a dry run or any row is bad, stores it in one transaction. */
  import(councilId: number, csv: string, dryRun: boolean): Promise<GovernanceImportReport> {
    return importCsv(
      this.em,
      this.access,
      councilId,
      { csv, dryRun },
      {
        layout: { columns: RISK_CSV_COLUMNS, required: REQUIRED_RISK_CSV_COLUMNS, what: 'risk' },
        may: 'import a risk register',
        entity: Risk,
        resolve: (rows, problems) => this.resolve(councilId, rows, problems),
        valuesOf,
        write: (tx, changed, fresh) => {
          const writer = new RiskService(tx, this.access);
          for (const r of changed) {
            if (r.existing) writer.change(fresh.get(r.existing.id)!, r.values, 'CSV import');
            else writer.insert(councilId, r.values, 'CSV import');
          }
        },
      },
    );
  }

  private async resolve(councilId: number, rows: Row[], problems: RowProblems): Promise<Resolved[]> {
    const [names, stored, priorities] = await Promise.all([
      CouncilNames.load(this.em, councilId),
      this.em.find(Risk, { council: councilId }),
      this.em.find(Priority, { council: councilId }, { fields: ['name', 'period'], disableIdentityMap: true }),
    ]);
    const byReference = new Map(stored.map((r) => [lower(r.reference), r]));
    const objectiveIds = stored.map((r) => idOf(r.objective)).filter((id): id is number => id !== null);
    const objectives = objectiveIds.length
      ? await this.em.find(Objective, { id: { $in: objectiveIds } }, { fields: ['service', 'period'], disableIdentityMap: true })
      : [];
    const seen = new Map<string, number>();
    const out: Resolved[] = [];
    for (const row of rows) {
      const before = problems.list.length;
      const cell = (c: Column) => row.values[c];
      const bad = (c: Column | null, code: Parameters<RowProblems['add']>[2], message: string) => problems.add(row.line, c, code, message);
      const reference = (cell('reference') ?? '').trim();
      if (problems.rule(row.line, validateRiskReference('reference', reference), COLUMN_OF)) continue;
      if (seen.has(lower(reference))) {
        bad('reference', 'DUPLICATE', `The reference ${reference} is on line ${seen.get(lower(reference))} too: each risk once.`);
        continue;
      }
      seen.set(lower(reference), row.line);
      const existing = byReference.get(lower(reference)) ?? null;
      const v: RiskValues = existing
        ? valuesOf(existing)
        : { ...EMPTY, reference, inherentLikelihood: 0, inherentImpact: 0, residualLikelihood: 0, residualImpact: 0 };
      // Matched whatever the case: the register keeps its own spelling of the reference.
      v.reference = existing ? existing.reference : reference;
      const title = cell('title') ?? '';
      if (!problems.rule(row.line, validateName('title', title, 300), COLUMN_OF)) v.title = title.trim();
      for (const c of ['cause', 'effect', 'controls'] as const) {
        const text = cell(c);
        if (text === undefined) continue;
        if (text.length > TEXT_MAX) bad(c, 'BAD_VALUE', `The ${c} is ${text.length} characters long; the most allowed is ${TEXT_MAX}.`);
        else v[c] = text || null;
      }
      for (const [c, f] of [
        ['inherent_likelihood', 'inherentLikelihood'],
        ['inherent_impact', 'inherentImpact'],
        ['residual_likelihood', 'residualLikelihood'],
        ['residual_impact', 'residualImpact'],
      ] as const) {
        const text = cell(c) ?? '';
        if (!/^\d+$/.test(text)) bad(c, text ? 'BAD_NUMBER' : 'REQUIRED', `"${text}" is not a score: write a whole number from 1 to 5.`);
        else v[f] = Number(text);
      }
      const register = cell('register');
      if (register !== undefined) {
        if (register === '' || lower(register) === 'corporate') v.directorateId = null;
        else {
          const d = names.directorate(register);
          if (d) v.directorateId = d.id;
          else
            bad(
              'register',
              'UNKNOWN_REFERENCE',
              `No directorate is called or coded "${register}": write its code or name, or "corporate".`,
            );
        }
      }
      const email = cell('owner_email');
      if (email !== undefined) {
        const p = email === '' ? null : names.personByEmail(email);
        if (email !== '' && !p) bad('owner_email', 'UNKNOWN_PERSON', `Nobody of the council has the e-mail address "${email}".`);
        else v.ownerId = p?.id ?? null;
      }
      const status = cell('status');
      if (status !== undefined) {
        const s = status.toUpperCase() as RiskStatus;
        if (status === '') v.status = existing?.status ?? RiskStatus.OPEN;
        else if (Object.values(RiskStatus).includes(s)) v.status = s;
        else bad('status', 'BAD_VALUE', `"${status}" is not a status: write ${Object.values(RiskStatus).join(', ')}.`);
      }
      const due = cell('review_due');
      if (due !== undefined) {
        const iso = csvDate(due);
        if (iso === undefined) bad('review_due', 'BAD_DATE', `"${due}" is not a date: write YYYY-MM-DD (or DD/MM/YYYY).`);
        else v.reviewDue = iso;
      }
      const priority = cell('priority');
      if (priority !== undefined) {
        const m = /^(.*)\((\d{4}\/\d{2})\)\s*$/.exec(priority);
        const found = priorities.filter((p) =>
          lower(p.name) === lower(priority) ? true : m !== null && lower(p.name) === lower(m[1]!) && p.period === m[2],
        );
        if (priority === '') v.priorityId = null;
        else if (found.length === 1) v.priorityId = found[0]!.id;
        else if (found.length === 0) bad('priority', 'UNKNOWN_REFERENCE', `No priority of the council is called "${priority}".`);
        else
          bad('priority', 'AMBIGUOUS', `${found.length} priorities are called "${priority}": write "${priority} (2026/27)" with the year.`);
      }
      const service = cell('service');
      if (service !== undefined) {
        const s = service === '' ? null : names.service(service);
        if (typeof s === 'number') {
          bad(
            'service',
            s === 0 ? 'UNKNOWN_REFERENCE' : 'AMBIGUOUS',
            s === 0 ? `No service is called "${service}".` : `${s} services are called "${service}": write <directorate code>/${service}.`,
          );
        } else v.serviceId = s?.id ?? null;
      }
      const period = cell('service_plan_period');
      if (period !== undefined) {
        if (period !== '' && !/^\d{4}\/\d{2}$/.test(period))
          bad('service_plan_period', 'BAD_VALUE', `"${period}" is not a year: write e.g. 2026/27.`);
        else v.servicePlanPeriod = period || null;
      }
      if (problems.list.length > before) continue;
      if (problems.rule(row.line, validateRiskScores(v), COLUMN_OF)) continue;
      const svc = names.services.find((s) => s.id === v.serviceId) ?? null;
      const objective = objectives.find((o) => o.id === v.objectiveId) ?? null;
      const links = validateRiskLinks({
        directorateId: v.directorateId,
        service: svc,
        servicePlanPeriod: v.servicePlanPeriod,
        objective: objective ? { serviceId: idOf(objective.service)!, period: objective.period } : null,
      });
      if (problems.rule(row.line, links, COLUMN_OF)) continue;
      out.push({ row, existing, values: v });
    }
    return out;
  }
}

const EMPTY: Omit<RiskValues, 'reference' | 'inherentLikelihood' | 'inherentImpact' | 'residualLikelihood' | 'residualImpact'> = {
  title: '',
  cause: null,
  effect: null,
  directorateId: null,
  priorityId: null,
  objectiveId: null,
  serviceId: null,
  servicePlanPeriod: null,
  ownerId: null,
  controls: null,
  status: RiskStatus.OPEN,
  reviewDue: null,
};
