/**
 * What the risk register and actions CSV imports share (README "CSV layouts"): the council's
 * people, directorates and services by the names a spreadsheet uses, dates as Excel writes them,
 * the row problems with their codes, and the import itself (all or nothing, with a dry run).
 */
import {
  Directorate,
  GOVERNANCE_CSV_MAX_BYTES,
  parseGovernanceCsv,
  Person,
  planImport,
  planWrites,
  RowErrors,
  Service,
  type Em,
  type GovernanceCsvCode,
  type GovernanceCsvProblem,
  type GovernanceCsvRow,
} from '@goldenthread/db';
import { isIsoDate, StaffRoleKind, type FieldError } from '@goldenthread/domain';
import type { Access } from '../../access/access.js';
import { badInput, flushOrConflict } from '../../errors.js';
import { idOf } from '../../loaders.js';
import { governanceAccess } from './governance-access.js';
import { refuseOutsiders } from './risks.service.js';

export interface GovernanceImportReport {
  applied: boolean;
  dryRun: boolean;
  rows: number;
  created: number;
  updated: number;
  unchanged: number;
  errors: GovernanceCsvProblem[];
}

export const emptyReport = (dryRun: boolean): GovernanceImportReport => ({
  applied: false,
  dryRun,
  rows: 0,
  created: 0,
  updated: 0,
  unchanged: 0,
  errors: [],
});

/** Before anything else: outsiders are refused, then a file over the size limit (BAD_USER_INPUT, reason FILE_TOO_LARGE). */
export function checkUpload(access: Access, councilId: number, csv: string): void {
  refuseOutsiders(access, councilId);
  const bytes = Buffer.byteLength(csv, 'utf8');
  if (bytes > GOVERNANCE_CSV_MAX_BYTES) {
    throw badInput('csv', `the file is ${bytes} bytes; at most ${GOVERNANCE_CSV_MAX_BYTES} bytes (2 MB) can be imported at once.`, {
      reason: 'FILE_TOO_LARGE',
    });
  }
}

/** Collects the problems of the rows (the shared RowErrors, each problem with its code), in file order. */
export class RowProblems {
  private readonly errors = new RowErrors<GovernanceCsvProblem>();

  /** Every problem so far, in the order found. */
  get list(): readonly GovernanceCsvProblem[] {
    return this.errors.listed;
  }

  add(line: number, column: string | null, code: GovernanceCsvCode, message: string): void {
    this.errors.report({ line, column, code, message });
  }

  /** A domain rule's refusal, its field named by the CSV column (`columns`: field -> column). */
  rule(line: number, e: FieldError | null, columns: Record<string, string>): boolean {
    if (e) this.add(line, columns[e.field] ?? null, 'BAD_VALUE', e.message);
    return e !== null;
  }

  /** In line order (those of one line in the order found). */
  sorted(): GovernanceCsvProblem[] {
    return this.errors.byLine();
  }
}

const lower = (s: string) => s.trim().toLowerCase();

/** 'YYYY-MM-DD' or 'DD/MM/YYYY' (Excel in the UK) -> ISO; '' -> null; anything else -> undefined. */
export function csvDate(text: string): string | null | undefined {
  const t = text.trim();
  if (t === '') return null;
  if (isIsoDate(t)) return t;
  const m = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(t);
  if (!m) return undefined;
  const iso = `${m[3]}-${m[2]!.padStart(2, '0')}-${m[1]!.padStart(2, '0')}`;
  return isIsoDate(iso) ? iso : undefined;
}

/** The council's people, directorates and services, found by what a spreadsheet names them. */
export class CouncilNames {
  private constructor(
    readonly people: Array<{ id: number; email: string | null; name: string; leftOn: string | null }>,
    readonly directorates: Array<{ id: number; name: string; code: string | null }>,
    readonly services: Array<{ id: number; name: string; directorateId: number }>,
  ) {}

  static async load(em: Em, councilId: number): Promise<CouncilNames> {
    const opts = { disableIdentityMap: true } as const;
    const [people, dirs, services] = await Promise.all([
      em.find(Person, { council: councilId }, { ...opts, fields: ['email', 'name', 'leftOn'] }),
      em.find(Directorate, { council: councilId }, { ...opts, fields: ['name', 'code'] }),
      em.find(Service, { council: councilId }, { ...opts, fields: ['name', 'directorate'] }),
    ]);
    return new CouncilNames(
      people.map((p) => ({ id: p.id, email: p.email, name: p.name, leftOn: p.leftOn })),
      dirs.map((d) => ({ id: d.id, name: d.name, code: d.code })),
      services.map((s) => ({ id: s.id, name: s.name, directorateId: idOf(s.directorate)! })),
    );
  }

  personByEmail(text: string) {
    return this.people.find((p) => p.email !== null && lower(p.email) === lower(text)) ?? null;
  }

  email(id: number | null): string {
    return id === null ? '' : (this.people.find((p) => p.id === id)?.email ?? '');
  }

  directorate(text: string) {
    return this.directorates.find((d) => lower(d.name) === lower(text) || (d.code !== null && lower(d.code) === lower(text))) ?? null;
  }

  directorateLabel(id: number | null): string {
    const d = this.directorates.find((x) => x.id === id);
    return d ? (d.code ?? d.name) : '';
  }

  /** A service by its name, or `<directorate code or name>/<name>` when two share a name: the service, or how many match. */
  service(text: string): { id: number; name: string; directorateId: number } | number {
    let found = this.services.filter((s) => lower(s.name) === lower(text));
    const slash = text.indexOf('/');
    if (found.length !== 1 && slash > 0) {
      const d = this.directorate(text.slice(0, slash));
      const name = lower(text.slice(slash + 1));
      found = d ? this.services.filter((s) => s.directorateId === d.id && lower(s.name) === name) : [];
    }
    return found.length === 1 ? found[0]! : found.length;
  }

  serviceLabel(id: number | null): string {
    const s = this.services.find((x) => x.id === id);
    if (!s) return '';
    const twins = this.services.filter((x) => lower(x.name) === lower(s.name)).length;
    return twins > 1 ? `${this.directorateLabel(s.directorateId)}/${s.name}` : s.name;
  }
}

/** One row of a file resolved to the values it stores, and the stored record it changes (null: a new one). */
export interface ResolvedRow<E, V> {
  existing: E | null;
  values: V;
}

/** What an import of one layout needs: its columns, how rows resolve, how a record's values read, how they are written. */
export interface CsvImport<C extends string, E extends { id: number }, V> {
  layout: { columns: readonly C[]; required: readonly C[]; what: string };
  /** What the refusal says the caller may not do, e.g. 'import a risk register'. */
  may: string;
  entity: new (...args: never[]) => E;
  resolve: (rows: GovernanceCsvRow<C>[], problems: RowProblems) => Promise<ResolvedRow<E, V>[]>;
  valuesOf: (e: E) => V;
  /** Stores the changed rows inside the transaction (`fresh`: the stored records, read again in it); the caller flushes. */
  write: (tx: Em, changed: ResolvedRow<E, V>[], fresh: Map<number, E>) => void;
}

/**
 * The import of a file, all or nothing: outsiders and oversized files are refused, then risk managers,
 * senior managers and administrators only; the file is parsed and every row resolved and checked;
 * with any problem, or on a dry run, nothing is stored; otherwise the changed rows in one transaction.
 */
export async function importCsv<C extends string, E extends { id: number }, V>(
  em: Em,
  access: Access,
  councilId: number,
  input: { csv: string; dryRun: boolean },
  spec: CsvImport<C, E, V>,
): Promise<GovernanceImportReport> {
  checkUpload(access, councilId, input.csv);
  await governanceAccess(em, access).require({
    councilId,
    staff: [StaffRoleKind.RISK_MANAGER],
    or: { kind: 'council', councilId },
    what: spec.may,
  });
  const report = emptyReport(input.dryRun);
  const parsed = parseGovernanceCsv(input.csv, spec.layout);
  if (!parsed.ok) {
    report.errors = parsed.problems;
    return report;
  }
  report.rows = parsed.rows.length;
  const problems = new RowProblems();
  const resolved = await spec.resolve(parsed.rows, problems);
  report.errors = problems.sorted();
  if (report.errors.length) return report;
  const plan = planImport(
    resolved,
    (r) => r.existing,
    (r, stored) => JSON.stringify(spec.valuesOf(stored)) === JSON.stringify(r.values),
  );
  report.created = plan.create.length;
  report.updated = plan.change.length;
  report.unchanged = plan.unchanged;
  // Written in file order, creations and changes as they come.
  const writes = new Set([...plan.create, ...plan.change.map((c) => c.row)]);
  const changed = resolved.filter((r) => writes.has(r));
  if (input.dryRun || !planWrites(plan)) {
    report.applied = !input.dryRun;
    return report;
  }
  await em.transactional(async (tx) => {
    const ids = changed.flatMap((r) => (r.existing ? [r.existing.id] : []));
    const rows = ids.length ? await tx.find(spec.entity as never, { id: { $in: ids } } as never) : [];
    spec.write(tx, changed, new Map((rows as E[]).map((r) => [r.id, r])));
    await flushOrConflict(tx);
  });
  report.applied = true;
  return report;
}
