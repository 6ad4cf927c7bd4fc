/**
 * CSV export and import of a council's actions (README "CSV layouts"). An import is all or
 * nothing: every row is resolved (owners by e-mail, services by name, the source by its reference)
 * and checked with the same domain rules as the mutations; any problem refuses the whole file with
 * every bad row's line, column, code and reason. Rows with an id update that action, rows without one
 * create an action, so importing an export changes nothing.
 */
import {
  Action,
  ACTION_CSV_COLUMNS,
  BestValueRecommendation,
  Complaint,
  formatGovernanceCsv,
  Indicator,
  REQUIRED_ACTION_CSV_COLUMNS,
  Risk,
  ScrutinyRecommendation,
  type GovernanceCsvRow,
} from '@goldenthread/db';
import {
  ActionSource,
  ActionStatus,
  complaintReferenceError,
  firstError,
  validateActionMove,
  validateActionSource,
  validateName,
} from '@goldenthread/domain';
import { fromGlobalId, toGlobalId } from '../../relay/global-id.js';
import { isoToday } from '../cascade/cascade.snapshot.js';
import { ActionService, actionValuesOf, type ActionValues } from './actions.service.js';
import { complaintOfKey, readableComplaintsOf } from './complaints.access.js';
import { CouncilNames, RowProblems, csvDate, importCsv, type GovernanceImportReport } from './risks.csv.common.js';

type Column = (typeof ACTION_CSV_COLUMNS)[number];
type Row = GovernanceCsvRow<Column>;

const COLUMN_OF: Record<string, Column> = {
  status: 'status',
  completedOn: 'completed_on',
  droppedReason: 'dropped_reason',
  riskId: 'source_ref',
  complaintId: 'source_ref',
  bestValueRecommendationId: 'source_ref',
  scrutinyRecommendationId: 'source_ref',
  indicatorId: 'source_ref',
  findingCode: 'source_ref',
  findingKey: 'finding_key',
  title: 'title',
  description: 'description',
};

const lower = (s: string) => s.trim().toLowerCase();
const REF_FIELD = {
  [ActionSource.RISK_MITIGATION]: 'riskId',
  [ActionSource.COMPLAINT_LESSON]: 'complaintId',
  [ActionSource.BEST_VALUE_RECOMMENDATION]: 'bestValueRecommendationId',
  [ActionSource.SCRUTINY_RECOMMENDATION]: 'scrutinyRecommendationId',
  [ActionSource.EXCEPTION]: 'indicatorId',
} as const;

/** What the source references of the council are called in a file: risk and complaint references, indicator FRAMEWORK:CODE, ids. */
interface SourceNames {
  risks: Map<number, string>;
  complaints: Map<number, string>;
  indicators: Map<number, string>;
  /** Ids of the council's Best Value and scrutiny recommendations (a file names them by global id). */
  recommendations: { bestValue: Set<number>; scrutiny: Set<number> };
}

interface Resolved {
  row: Row;
  existing: Action | null;
  values: ActionValues;
}

export class ActionCsvService extends ActionService {
  private async sourceNames(councilId: number): Promise<SourceNames> {
    const opts = { disableIdentityMap: true } as const;
    const [risks, complaints, readable, indicators, bestValue, scrutiny] = await Promise.all([
      this.em.find(Risk, { council: councilId }, { ...opts, fields: ['reference'] }),
      this.em.find(Complaint, { council: councilId }, { ...opts, fields: ['reference'] }),
      readableComplaintsOf(this.em, this.access, councilId),
      this.em.find(Indicator, { $or: [{ council: null }, { council: councilId }] }, { ...opts, fields: ['framework', 'code'] }),
      this.em.find(BestValueRecommendation, { review: { council: councilId } }, { ...opts, fields: ['id'] }),
      this.em.find(ScrutinyRecommendation, { council: councilId }, { ...opts, fields: ['id'] }),
    ]);
    return {
      risks: new Map(risks.map((r) => [r.id, r.reference])),
      // Only the complaints the viewer may read: a file never shows (or matches) another's reference.
      complaints: new Map(complaints.filter((c) => readable.has(c.id)).map((c) => [c.id, c.reference])),
      indicators: new Map(indicators.map((i) => [i.id, `${i.framework}:${i.code}`])),
      recommendations: { bestValue: new Set(bestValue.map((b) => b.id)), scrutiny: new Set(scrutiny.map((r) => r.id)) },
    };
  }

  private sourceRef(a: ActionValues, n: SourceNames): string {
    if (a.riskId !== null) return n.risks.get(a.riskId) ?? '';
    if (a.complaintId !== null) return n.complaints.get(a.complaintId) ?? '';
    if (a.indicatorId !== null) return n.indicators.get(a.indicatorId) ?? '';
    if (a.bestValueRecommendationId !== null) return toGlobalId('BestValueRecommendation', a.bestValueRecommendationId);
    if (a.scrutinyRecommendationId !== null) return toGlobalId('ScrutinyRecommendation', a.scrutinyRecommendationId);
    return a.findingCode ?? '';
  }

  /** The finding key, unless it names a complaint the viewer may not read. */
  private findingKey(a: ActionValues, n: SourceNames): string {
    const complaint = complaintOfKey(a.findingKey);
    return complaint !== null && !n.complaints.has(complaint) ? '' : (a.findingKey ?? '');
  }

  /** The council's actions as CSV (by id), for the council's own people. */
  async export(councilId: number): Promise<string> {
    this.access.requireReadUnpublished(councilId);
    const [names, sources, actions] = await Promise.all([
      CouncilNames.load(this.em, councilId),
      this.sourceNames(councilId),
      this.em.find(Action, { council: councilId }, { orderBy: { id: 'asc' } }),
    ]);
    return formatGovernanceCsv(
      ACTION_CSV_COLUMNS,
      actions.map((a) => {
        const v = actionValuesOf(a);
        return {
          id: toGlobalId('Action', a.id),
          title: v.title,
          description: v.description ?? '',
          owner_email: names.email(v.ownerId),
          due: v.due ?? '',
          status: v.status,
          completed_on: v.completedOn ?? '',
          dropped_reason: v.droppedReason ?? '',
          service: names.serviceLabel(v.serviceId),
          source: v.source,
          source_ref: this.sourceRef(v, sources),
          finding_key: this.findingKey(v, sources),
        };
      }),
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
        layout: { columns: ACTION_CSV_COLUMNS, required: REQUIRED_ACTION_CSV_COLUMNS, what: 'action' },
        may: 'import actions',
        entity: Action,
        resolve: (rows, problems) => this.resolve(councilId, rows, problems),
        valuesOf: actionValuesOf,
        write: (tx, changed, fresh) => {
          const writer = new ActionService(tx, this.access);
          for (const r of changed) {
            if (r.existing) writer.change(fresh.get(r.existing.id)!, r.values);
            else writer.insert(councilId, r.values);
          }
        },
      },
    );
  }

  private async resolve(councilId: number, rows: Row[], problems: RowProblems): Promise<Resolved[]> {
    const [names, sources, stored, references] = await Promise.all([
      CouncilNames.load(this.em, councilId),
      this.sourceNames(councilId),
      this.em.find(Action, { council: councilId }),
      new ActionService(this.em, this.access).complaintReferences(councilId),
    ]);
    const byId = new Map(stored.map((a) => [a.id, a]));
    const find = (m: Map<number, string>, text: string) => [...m].find(([, name]) => lower(name) === lower(text))?.[0];
    const seen = new Map<number, number>();
    const today = isoToday();
    const out: Resolved[] = [];
    for (const row of rows) {
      const before = problems.list.length;
      const cell = (c: Column) => row.values[c];
      const bad = (c: Column | null, code: Parameters<RowProblems['add']>[2], message: string) => problems.add(row.line, c, code, message);
      let existing: Action | null = null;
      const id = cell('id') ?? '';
      if (id !== '') {
        const parsed = fromGlobalId(id);
        existing = parsed?.type === 'Action' ? (byId.get(parsed.id) ?? null) : null;
        if (!existing) bad('id', 'UNKNOWN_REFERENCE', `No action of the council has the id "${id}": leave id empty to add a new action.`);
        else if (seen.has(existing.id))
          bad('id', 'DUPLICATE', `The action ${id} is on line ${seen.get(existing.id)} too: each action once.`);
        if (!existing || seen.has(existing.id)) continue;
        seen.set(existing.id, row.line);
      }
      const v: ActionValues = existing ? actionValuesOf(existing) : { ...EMPTY };
      const title = cell('title') ?? '';
      // As createAction and updateAction: a new or changed title may not name a complaint by its case reference.
      const named = title.trim() === v.title ? null : complaintReferenceError('title', title, references);
      if (!problems.rule(row.line, firstError(validateName('title', title, 300), named), COLUMN_OF)) v.title = title.trim();
      const description = cell('description');
      if (description !== undefined) {
        const text = description || null;
        const inText = text === v.description ? null : complaintReferenceError('description', text, references);
        if (!problems.rule(row.line, inText, COLUMN_OF)) v.description = text;
      }
      const email = cell('owner_email');
      if (email !== undefined) {
        const p = email === '' ? null : names.personByEmail(email);
        if (email !== '' && !p) bad('owner_email', 'UNKNOWN_PERSON', `Nobody of the council has the e-mail address "${email}".`);
        else if (p && p.id !== v.ownerId && p.leftOn !== null && p.leftOn <= today) {
          bad('owner_email', 'NOT_ALLOWED', `${p.name} left the council on ${p.leftOn}: an action needs an owner who is still there.`);
        } else v.ownerId = p?.id ?? null;
      }
      const due = cell('due');
      if (due !== undefined) {
        const iso = csvDate(due);
        if (iso === undefined) bad('due', 'BAD_DATE', `"${due}" is not a date: write YYYY-MM-DD (or DD/MM/YYYY).`);
        else v.due = iso;
      }
      const service = cell('service');
      if (service !== undefined) {
        const s = service === '' ? null : names.service(service);
        if (typeof s === 'number')
          bad('service', s === 0 ? 'UNKNOWN_REFERENCE' : 'AMBIGUOUS', `${s === 0 ? 'No' : s} service is called "${service}".`);
        else v.serviceId = s?.id ?? null;
      }
      this.fileSource(row, v, existing, sources, find, problems);
      const next = { status: v.status, completedOn: v.completedOn, droppedReason: v.droppedReason };
      const status = cell('status');
      if (status !== undefined && status !== '') {
        const s = status.toUpperCase().replace(/\s+/g, '_') as ActionStatus;
        if (Object.values(ActionStatus).includes(s)) next.status = s;
        else bad('status', 'BAD_VALUE', `"${status}" is not a status: write ${Object.values(ActionStatus).join(', ')}.`);
      }
      const completed = cell('completed_on');
      if (completed !== undefined) {
        const iso = csvDate(completed);
        if (iso === undefined) bad('completed_on', 'BAD_DATE', `"${completed}" is not a date: write YYYY-MM-DD (or DD/MM/YYYY).`);
        else next.completedOn = iso;
      }
      const reason = cell('dropped_reason');
      if (reason !== undefined) next.droppedReason = reason || null;
      if (problems.list.length > before) continue;
      if (problems.rule(row.line, validateActionMove(existing?.status ?? ActionStatus.OPEN, next), COLUMN_OF)) continue;
      Object.assign(v, next);
      out.push({ row, existing, values: v });
    }
    return out;
  }

  /** The source of a new action (kind and reference); for a stored one, the file may repeat it but not change it. */
  private fileSource(
    row: Row,
    v: ActionValues,
    existing: Action | null,
    n: SourceNames,
    find: (m: Map<number, string>, t: string) => number | undefined,
    problems: RowProblems,
  ) {
    const kindText = (row.values.source ?? '').toUpperCase();
    const ref = row.values.source_ref ?? '';
    const key = row.values.finding_key ?? '';
    if (existing) {
      if (kindText !== '' && kindText !== v.source) {
        problems.add(
          row.line,
          'source',
          'NOT_ALLOWED',
          `The action is from ${v.source}; its source cannot change: add a new action instead.`,
        );
      } else if (ref !== '' && lower(ref) !== lower(this.sourceRef(v, n))) {
        problems.add(
          row.line,
          'source_ref',
          'NOT_ALLOWED',
          `The action is from ${this.sourceRef(v, n) || 'no record'}; its source cannot change.`,
        );
      }
      return;
    }
    const kind = (kindText || ActionSource.OTHER) as ActionSource;
    if (!Object.values(ActionSource).includes(kind)) {
      problems.add(
        row.line,
        'source',
        'BAD_VALUE',
        `"${row.values.source}" is not a source: write ${Object.values(ActionSource).join(', ')}.`,
      );
      return;
    }
    v.source = kind;
    const refs: Partial<Record<string, unknown>> = {};
    if (kind === ActionSource.FINDING) Object.assign(refs, { findingCode: ref, findingKey: key });
    else if (kind in REF_FIELD) refs[REF_FIELD[kind as keyof typeof REF_FIELD]] = ref;
    else if (ref !== '') refs.findingCode = ref;
    if (problems.rule(row.line, validateActionSource(kind, refs), COLUMN_OF) || ref === '') return;
    const known = (id: number | undefined): number | null => {
      if (id === undefined)
        problems.add(row.line, 'source_ref', 'UNKNOWN_REFERENCE', `Nothing of the council is "${ref}" for an action from ${kind}.`);
      return id ?? null;
    };
    const byId = (type: string, of: Set<number>) => {
      const parsed = fromGlobalId(ref);
      return parsed?.type === type && of.has(parsed.id) ? parsed.id : undefined;
    };
    if (kind === ActionSource.FINDING) Object.assign(v, { findingCode: ref, findingKey: key });
    else if (kind === ActionSource.RISK_MITIGATION) v.riskId = known(find(n.risks, ref));
    else if (kind === ActionSource.COMPLAINT_LESSON) v.complaintId = known(find(n.complaints, ref));
    else if (kind === ActionSource.EXCEPTION) v.indicatorId = known(find(n.indicators, ref));
    else if (kind === ActionSource.BEST_VALUE_RECOMMENDATION)
      v.bestValueRecommendationId = known(byId('BestValueRecommendation', n.recommendations.bestValue));
    else if (kind === ActionSource.SCRUTINY_RECOMMENDATION)
      v.scrutinyRecommendationId = known(byId('ScrutinyRecommendation', n.recommendations.scrutiny));
  }
}

const EMPTY: ActionValues = {
  title: '',
  description: null,
  ownerId: null,
  due: null,
  serviceId: null,
  source: ActionSource.OTHER,
  riskId: null,
  complaintId: null,
  bestValueRecommendationId: null,
  scrutinyRecommendationId: null,
  indicatorId: null,
  commentaryId: null,
  findingCode: null,
  findingKey: null,
  status: ActionStatus.OPEN,
  completedOn: null,
  droppedReason: null,
};
