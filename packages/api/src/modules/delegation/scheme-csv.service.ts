/**
 * CSV import and export of a council's scheme of delegation (layout: README "Scheme of delegation
 * CSV"). An import is all or nothing: every row is resolved (people by e-mail or name, scopes,
 * powers, bodies, parents by ref) and checked with the same domain rules as the mutations; any bad
 * row refuses the whole file with every bad row's line and reason. Rows are matched to stored
 * delegations by ref, so importing the same file twice changes nothing the second time.
 */
import {
  DecisionPower,
  Delegation,
  DelegationEventKind,
  formatSchemeCsv,
  parseSchemeCsv,
  SCHEME_CSV_MAX_BYTES,
  type Em,
  type SchemeColumn,
  type SchemeCsvProblem,
  type SchemeCsvRow,
} from '@goldenthread/db';
import {
  buildAccountabilityIndex,
  findCycles,
  formatMoney,
  isIsoDate,
  scopeLabel,
  validateDelegationLoop,
  validateSubDelegation,
  type DelegationRow,
  type DelegationScope,
} from '@goldenthread/domain';
import type { Access } from '../../access/access.js';
import { badInput, notFound } from '../../errors.js';
import { toGlobalId } from '../../relay/global-id.js';
import { loadCouncilScheme, type CouncilScheme, type SchemeDelegationRow } from './delegation-snapshot.js';
import { DelegationService, delegationState, type EventInput } from './delegation.service.js';

export interface ImportReport {
  applied: boolean;
  dryRun: boolean;
  rows: number;
  created: number;
  updated: number;
  unchanged: number;
  powersCreated: number;
  errors: SchemeCsvProblem[];
}

const YES = new Set(['yes', 'y', 'true', '1']);
const NO = new Set(['no', 'n', 'false', '0', '']);

/** '£20,000', '20000', '1,250.50' -> number; '' -> null; anything else -> undefined (bad). */
export function parseMoney(text: string): number | null | undefined {
  const t = text.replace(/[£,\s]/g, '');
  if (t === '') return null;
  if (!/^\d+(\.\d{1,2})?$/.test(t)) return undefined;
  return Number(t);
}

interface Resolved {
  row: SchemeCsvRow;
  ref: string;
  /** Temporary (negative) id while checking; the stored id for an existing ref. */
  id: number;
  existing: SchemeDelegationRow | null;
  powerId: number;
  powerName: string;
  fromBodyId: number | null;
  toPersonId: number;
  scope: DelegationScope;
  financialLimit: number | null;
  conditions: string | null;
  maySubDelegate: boolean;
  parentRef: string | null;
  parentId: number | null;
  effectiveFrom: string;
  effectiveTo: string | null;
}

interface NewPower {
  tempId: number;
  name: string;
  kind: string;
  sourceBodyId: number;
  financialLimit: number | null;
}

function scopeText(scope: DelegationScope, scheme: CouncilScheme, serviceNameCount: Map<string, number>): string {
  if (scope.kind === 'COUNCIL') return 'council';
  if (scope.kind === 'DIRECTORATE') {
    const d = scheme.index.directoratesById.get(scope.id!);
    return `directorate:${d?.name ?? scope.id}`;
  }
  const s = scheme.index.servicesById.get(scope.id!);
  if (!s) return `service:${scope.id}`;
  if ((serviceNameCount.get(s.name.toLowerCase()) ?? 0) > 1) {
    const d = scheme.directorates.find((x) => x.id === s.directorateId);
    return `service:${d?.code ?? d?.name ?? ''}/${s.name}`;
  }
  return `service:${s.name}`;
}

export class SchemeCsvService {
  constructor(
    private readonly em: Em,
    private readonly access: Access,
  ) {}

  private async scheme(councilId: number): Promise<CouncilScheme> {
    const scheme = await loadCouncilScheme(this.em, councilId);
    if (!scheme) throw notFound('Council', toGlobalId('Council', councilId));
    return scheme;
  }

  /** The council's scheme as CSV: every delegation not revoked, parents before their sub-delegations. */
  async export(councilId: number): Promise<string> {
    this.access.requireReadUnpublished(councilId);
    const scheme = await this.scheme(councilId);
    const { index } = scheme;
    const people = new Map(scheme.people.map((p) => [p.id, p]));
    const personText = (id: number) => people.get(id)?.email ?? people.get(id)?.name ?? `#${id}`;
    const serviceNameCount = new Map<string, number>();
    for (const s of scheme.services) serviceNameCount.set(s.name.toLowerCase(), (serviceNameCount.get(s.name.toLowerCase()) ?? 0) + 1);
    const live = scheme.delegations.filter((d) => d.revokedOn === null);
    const refOf = (d: SchemeDelegationRow) => d.ref ?? `D${d.id}`;
    const liveIds = new Set(live.map((d) => d.id));
    // Parents first: by depth in the delegation tree.
    const depth = (d: SchemeDelegationRow): number => {
      let n = 0;
      const seen = new Set<number>();
      let p = d.parentId;
      while (p !== null && !seen.has(p)) {
        seen.add(p);
        n++;
        p = index.delegationsById.get(p)?.parentId ?? null;
      }
      return n;
    };
    const ordered = [...live].sort((a, b) => depth(a) - depth(b) || a.id - b.id);
    return formatSchemeCsv(
      ordered.map((d) => {
        const power = index.powersById.get(d.powerId);
        const parent = d.parentId !== null ? (index.delegationsById.get(d.parentId) as SchemeDelegationRow | undefined) : undefined;
        return {
          ref: refOf(d),
          power: power?.name ?? '',
          power_kind: scheme.powers.find((p) => p.id === d.powerId)?.kind ?? '',
          source_body: power ? (index.bodiesById.get(power.sourceBodyId)?.name ?? '') : '',
          power_limit: power?.financialLimit === null || power === undefined ? '' : String(power.financialLimit),
          from: d.fromBodyId !== null ? (index.bodiesById.get(d.fromBodyId)?.name ?? '') : d.fromPersonId !== null ? personText(d.fromPersonId) : '',
          to: personText(d.toPersonId),
          scope: scopeText(d.scope, scheme, serviceNameCount),
          limit: d.financialLimit === null ? '' : String(d.financialLimit),
          conditions: d.conditions ?? '',
          may_sub_delegate: d.maySubDelegate ? 'yes' : 'no',
          parent_ref: parent && liveIds.has(parent.id) ? refOf(parent) : parent ? refOf(parent) : '',
          effective_from: d.effectiveFrom,
          effective_to: d.effectiveTo ?? '',
        };
      }),
    );
  }

  /** Checks the whole file and, unless a dry run or any row is bad, stores it in one transaction. */
  async import(councilId: number, csv: string, dryRun: boolean): Promise<ImportReport> {
    if (Buffer.byteLength(csv, 'utf8') > SCHEME_CSV_MAX_BYTES) {
      throw badInput('csv', `the file is ${Buffer.byteLength(csv, 'utf8')} bytes; at most ${SCHEME_CSV_MAX_BYTES} bytes (1 MB) can be imported at once. Split it by directorate.`);
    }
    await this.access.requireWrite({ kind: 'council', councilId });
    const scheme = await this.scheme(councilId);
    const report: ImportReport = { applied: false, dryRun, rows: 0, created: 0, updated: 0, unchanged: 0, powersCreated: 0, errors: [] };
    const parsed = parseSchemeCsv(csv);
    if (!parsed.ok) {
      report.errors = parsed.problems;
      return report;
    }
    report.rows = parsed.rows.length;
    const { errors, resolved, newPowers } = this.resolve(scheme, parsed.rows);
    report.errors = errors;
    // The scheme rules also run when some rows are bad, on the rows that could be read, so one pass reports everything.
    this.check(scheme, resolved, newPowers, errors);
    errors.sort((a, b) => a.line - b.line);
    if (errors.length) return report;

    for (const r of resolved) {
      if (!r.existing) report.created++;
      else if (this.sameAsStored(r)) report.unchanged++;
      else report.updated++;
    }
    report.powersCreated = newPowers.length;
    if (dryRun) return report;
    await this.apply(scheme, resolved, newPowers);
    report.applied = true;
    return report;
  }

  private sameAsStored(r: Resolved): boolean {
    const e = r.existing!;
    return (
      e.powerId === r.powerId &&
      e.fromBodyId === r.fromBodyId &&
      e.toPersonId === r.toPersonId &&
      e.scope.kind === r.scope.kind &&
      e.scope.id === r.scope.id &&
      e.financialLimit === r.financialLimit &&
      (e.conditions ?? null) === r.conditions &&
      e.maySubDelegate === r.maySubDelegate &&
      e.parentId === r.parentId &&
      e.effectiveFrom === r.effectiveFrom &&
      e.effectiveTo === r.effectiveTo
    );
  }

  /** Names to ids, values to types; one problem per bad cell, every row checked. */
  private resolve(scheme: CouncilScheme, rows: SchemeCsvRow[]): { errors: SchemeCsvProblem[]; resolved: Resolved[]; newPowers: NewPower[] } {
    const errors: SchemeCsvProblem[] = [];
    const problem = (row: SchemeCsvRow, column: SchemeColumn | null, message: string) => errors.push({ line: row.line, column, message });
    const lower = (s: string) => s.trim().toLowerCase();

    const byEmail = new Map<string, number>();
    const byName = new Map<string, number[]>();
    for (const p of scheme.people) {
      if (p.email) byEmail.set(lower(p.email), p.id);
      const list = byName.get(lower(p.name));
      if (list) list.push(p.id);
      else byName.set(lower(p.name), [p.id]);
    }
    const person = (row: SchemeCsvRow, column: SchemeColumn, text: string): number | null => {
      const byMail = byEmail.get(lower(text));
      if (byMail !== undefined) return byMail;
      const named = byName.get(lower(text)) ?? [];
      if (named.length === 1) return named[0]!;
      if (named.length > 1) problem(row, column, `${named.length} people in ${scheme.council.name} are called "${text}": give their e-mail address instead.`);
      else problem(row, column, `unknown person "${text}": nobody in ${scheme.council.name} has that e-mail address or name.`);
      return null;
    };
    const bodies = new Map(scheme.bodies.map((b) => [lower(b.name), b]));
    const powers = new Map(scheme.powers.map((p) => [lower(p.name), p]));
    const dirs = scheme.directorates;
    const services = scheme.services;
    const scopeOf = (row: SchemeCsvRow, text: string): DelegationScope | null => {
      const t = text.trim();
      if (lower(t) === 'council') return { kind: 'COUNCIL', id: scheme.council.id };
      const m = /^(directorate|service)\s*:\s*(.+)$/i.exec(t);
      if (!m) {
        problem(row, 'scope', `bad scope "${text}": write council, directorate:<code or name> or service:<name> (service:<directorate code>/<name> when two services share a name).`);
        return null;
      }
      const what = m[2]!.trim();
      if (lower(m[1]!) === 'directorate') {
        const d = dirs.find((x) => lower(x.name) === lower(what) || (x.code !== null && lower(x.code) === lower(what)));
        if (!d) {
          problem(row, 'scope', `unknown directorate "${what}" in ${scheme.council.name}.`);
          return null;
        }
        return { kind: 'DIRECTORATE', id: d.id };
      }
      let candidates = services.filter((s) => lower(s.name) === lower(what));
      const slash = what.indexOf('/');
      if (candidates.length === 0 && slash > 0) {
        const dirText = lower(what.slice(0, slash));
        const name = lower(what.slice(slash + 1));
        const d = dirs.find((x) => lower(x.name) === dirText || (x.code !== null && lower(x.code) === dirText));
        candidates = d ? services.filter((s) => s.directorateId === d.id && lower(s.name) === name) : [];
      }
      if (candidates.length === 1) return { kind: 'SERVICE', id: candidates[0]!.id };
      problem(
        row,
        'scope',
        candidates.length === 0
          ? `unknown service "${what}" in ${scheme.council.name}.`
          : `${candidates.length} services are called "${what}": write service:<directorate code>/${what}.`,
      );
      return null;
    };

    const storedByRef = new Map<string, SchemeDelegationRow>();
    for (const d of scheme.delegations) storedByRef.set(lower(d.ref ?? `D${d.id}`), d);
    const seenRef = new Map<string, number>();
    const seenContent = new Map<string, number>();
    const newPowers = new Map<string, NewPower>();
    const resolved: Resolved[] = [];
    let nextTemp = -1;

    for (const row of rows) {
      const v = row.values;
      const before = errors.length;
      const ref = v.ref.trim();
      if (!ref) problem(row, 'ref', 'every row needs a ref (a short unique label such as D12) so that sub-delegations can name their parent and re-imports update it.');
      else if (ref.length > 60) problem(row, 'ref', 'a ref has at most 60 characters.');
      else if (seenRef.has(lower(ref))) problem(row, 'ref', `duplicate ref "${ref}": line ${seenRef.get(lower(ref))} already uses it.`);
      else seenRef.set(lower(ref), row.line);

      // Power (created when new and the row says where it comes from).
      let powerId: number | null = null;
      let powerName = v.power.trim();
      let powerSource: number | null = null;
      const sourceBody = v.source_body.trim() ? bodies.get(lower(v.source_body)) : undefined;
      if (v.source_body.trim() && !sourceBody) problem(row, 'source_body', `unknown decision body "${v.source_body}": ${scheme.council.name} has ${scheme.bodies.map((b) => b.name).join(', ') || 'no bodies yet (create them first)'}.`);
      const powerLimit = parseMoney(v.power_limit);
      if (powerLimit === undefined) problem(row, 'power_limit', `bad limit "${v.power_limit}": write an amount in pounds such as 250000 or £250,000.`);
      if (!powerName) problem(row, 'power', 'the power is missing.');
      else {
        const stored = powers.get(lower(powerName));
        const fresh = newPowers.get(lower(powerName));
        if (stored) {
          powerId = stored.id;
          powerName = stored.name;
          powerSource = stored.sourceBodyId;
          if (sourceBody && sourceBody.id !== stored.sourceBodyId) {
            problem(row, 'source_body', `"${stored.name}" belongs to ${scheme.index.bodiesById.get(stored.sourceBodyId)?.name ?? 'another body'}, not ${sourceBody.name}.`);
          }
        } else if (fresh) {
          powerId = fresh.tempId;
          powerSource = fresh.sourceBodyId;
        } else if (sourceBody) {
          const kind = (v.power_kind.trim() || 'GENERAL').toUpperCase().replace(/[^A-Z0-9]+/g, '_');
          const np: NewPower = { tempId: nextTemp--, name: powerName, kind, sourceBodyId: sourceBody.id, financialLimit: powerLimit ?? null };
          newPowers.set(lower(powerName), np);
          powerId = np.tempId;
          powerSource = sourceBody.id;
        } else if (v.source_body.trim() === '') {
          problem(row, 'power', `unknown power "${powerName}": give its source_body (and power_limit) on its first row to create it.`);
        }
      }

      const toId = v.to.trim() ? person(row, 'to', v.to) : null;
      if (!v.to.trim()) problem(row, 'to', 'the person the power is delegated to is missing.');
      const scope = v.scope.trim() ? scopeOf(row, v.scope) : null;
      if (!v.scope.trim()) problem(row, 'scope', 'the scope is missing: council, directorate:<name> or service:<name>.');
      const limit = parseMoney(v.limit);
      if (limit === undefined) problem(row, 'limit', `bad limit "${v.limit}": write an amount in pounds such as 20000 or £20,000, or leave it empty to inherit.`);
      const sub = lower(v.may_sub_delegate);
      if (!YES.has(sub) && !NO.has(sub)) problem(row, 'may_sub_delegate', `"${v.may_sub_delegate}" is not yes or no.`);
      const from = v.effective_from.trim();
      if (!isIsoDate(from)) problem(row, 'effective_from', from ? `"${from}" is not a date (use YYYY-MM-DD).` : 'the start date is missing (YYYY-MM-DD).');
      const to = v.effective_to.trim() || null;
      if (to !== null && !isIsoDate(to)) problem(row, 'effective_to', `"${to}" is not a date (use YYYY-MM-DD).`);
      else if (to !== null && isIsoDate(from) && to < from) problem(row, 'effective_to', `the delegation would end (${to}) before it starts (${from}).`);
      const conditions = v.conditions.trim() || null;
      if (conditions !== null && conditions.length > 2000) problem(row, 'conditions', 'at most 2000 characters.');

      const parentRef = v.parent_ref.trim() || null;
      let fromBodyId: number | null = null;
      if (parentRef === null) {
        // A root: made by the power's source body.
        if (!v.source_body.trim() && powerSource === null && powerName) {
          /* unknown power already reported */
        } else if (v.from.trim() && powerSource !== null && lower(v.from) !== lower(scheme.index.bodiesById.get(powerSource)?.name ?? '')) {
          problem(row, 'from', `a row without parent_ref is a delegation from the power's source body (${scheme.index.bodiesById.get(powerSource)?.name ?? '?'}), not from "${v.from}". Give parent_ref for a sub-delegation.`);
        }
        fromBodyId = powerSource;
      }
      if (errors.length > before || powerId === null || toId === null || scope === null) continue;

      const existing = ref ? (storedByRef.get(lower(ref)) ?? null) : null;
      if (existing && existing.revokedOn !== null) {
        problem(row, 'ref', `the delegation with ref "${ref}" was revoked on ${existing.revokedOn}; give the row a new ref to delegate the power again.`);
        continue;
      }
      const key = [powerId, toId, scope.kind, scope.id, parentRef ? lower(parentRef) : '', from].join('|');
      if (seenContent.has(key)) {
        problem(row, null, `duplicate delegation: line ${seenContent.get(key)} already delegates "${powerName}" to the same person over the same scope.`);
        continue;
      }
      seenContent.set(key, row.line);
      resolved.push({
        row,
        ref,
        id: existing ? existing.id : nextTemp--,
        existing,
        powerId,
        powerName,
        fromBodyId,
        toPersonId: toId,
        scope,
        financialLimit: limit ?? null,
        conditions,
        maySubDelegate: YES.has(sub),
        parentRef,
        parentId: null,
        effectiveFrom: from,
        effectiveTo: to,
      });
    }

    // Parents: a row of the file, or a delegation already stored.
    const inFile = new Map(resolved.map((r) => [lower(r.ref), r]));
    for (const r of resolved) {
      if (r.parentRef === null) continue;
      const p = inFile.get(lower(r.parentRef)) ?? null;
      const stored = p ? null : (storedByRef.get(lower(r.parentRef)) ?? null);
      if (!p && !stored) {
        if (!seenRef.has(lower(r.parentRef))) problem(r.row, 'parent_ref', `unknown parent_ref "${r.parentRef}": no row of the file and no delegation of ${scheme.council.name} has that ref.`);
        continue;
      }
      r.parentId = p ? p.id : stored!.id;
      if (stored && stored.revokedOn !== null) problem(r.row, 'parent_ref', `the parent delegation "${r.parentRef}" was revoked on ${stored.revokedOn}.`);
      const parentPower = p ? p.powerId : stored!.powerId;
      if (parentPower !== r.powerId) problem(r.row, 'power', `"${r.powerName}" differs from the power of its parent "${r.parentRef}": a sub-delegation passes on the same power.`);
    }
    return { errors, resolved, newPowers: [...newPowers.values()] };
  }

  /** The scheme rules on the file as it would be stored: cycles, then every sub-delegation against its parent. */
  private check(scheme: CouncilScheme, resolved: Resolved[], newPowers: NewPower[], errors: SchemeCsvProblem[]): void {
    const fileIds = new Set(resolved.map((r) => r.id));
    const rows: DelegationRow[] = scheme.delegations.filter((d) => !fileIds.has(d.id));
    const byId = new Map<number, Resolved>(resolved.map((r) => [r.id, r]));
    for (const r of resolved) {
      const parent = r.parentId === null ? null : (byId.get(r.parentId) ?? scheme.index.delegationsById.get(r.parentId));
      rows.push({
        id: r.id,
        powerId: r.powerId,
        fromBodyId: r.parentId === null ? r.fromBodyId : null,
        fromPersonId: parent ? ('toPersonId' in parent ? parent.toPersonId : null) : null,
        toPersonId: r.toPersonId,
        scope: r.scope,
        financialLimit: r.financialLimit,
        conditions: r.conditions,
        maySubDelegate: r.maySubDelegate,
        parentId: r.parentId,
        effectiveFrom: r.effectiveFrom,
        effectiveTo: r.effectiveTo,
        revokedOn: null,
      });
    }
    // Cycles among parents.
    const parentMap = new Map<number, number | null>(rows.map((d) => [d.id, d.parentId]));
    const inCycle = new Set<number>();
    for (const cycle of findCycles(parentMap)) {
      const refs = cycle.map((id) => byId.get(id)?.ref ?? `#${id}`);
      for (const id of cycle) {
        const r = byId.get(id);
        if (!r) continue;
        inCycle.add(id);
        errors.push({ line: r.row.line, column: 'parent_ref', message: `cycle: the parent_ref chain ${[...refs, refs[0]].join(' → ')} loops back on itself, so it never reaches a council body.` });
      }
    }
    const powers = [...scheme.powers, ...newPowers.map((p) => ({ id: p.tempId, name: p.name, kind: p.kind, sourceBodyId: p.sourceBodyId, financialLimit: p.financialLimit }))];
    const index = buildAccountabilityIndex({ ...scheme.snapshot, powers, delegations: rows });
    const powerLimit = new Map(powers.map((p) => [p.id, p.financialLimit]));
    for (const r of resolved) {
      if (inCycle.has(r.id) || (r.parentRef !== null && r.parentId === null)) continue;
      const problem = (column: SchemeColumn | null, message: string) => errors.push({ line: r.row.line, column, message });
      if (r.parentId === null) {
        const limit = powerLimit.get(r.powerId) ?? null;
        if (r.financialLimit !== null && limit !== null && r.financialLimit > limit) {
          problem('limit', `"${r.powerName}" is limited to ${formatMoney(limit)}, so it cannot be delegated with a limit of ${formatMoney(r.financialLimit)}.`);
        }
        continue;
      }
      const parent = index.delegationsById.get(r.parentId)!;
      const loop = validateDelegationLoop(parent.id, r.toPersonId, index);
      if (loop) {
        problem('to', `cycle: ${loop.message}`);
        continue;
      }
      const child = { fromPersonId: parent.toPersonId, toPersonId: r.toPersonId, scope: r.scope, financialLimit: r.financialLimit, maySubDelegate: r.maySubDelegate, effectiveFrom: r.effectiveFrom, effectiveTo: r.effectiveTo };
      const refused = validateSubDelegation(
        { ...parent, powerName: r.powerName, toPersonName: index.peopleById.get(parent.toPersonId)?.name ?? `person #${parent.toPersonId}` },
        child,
        index,
      );
      if (refused) {
        const column: Record<string, SchemeColumn> = { scope: 'scope', financialLimit: 'limit', parentId: 'parent_ref', toPersonId: 'to', fromPersonId: 'from', effectiveFrom: 'effective_from', effectiveTo: 'effective_to', powerId: 'power' };
        const wider = refused.field === 'scope' || refused.field === 'financialLimit' ? 'sub-delegation wider than its parent: ' : '';
        problem(column[refused.field] ?? null, `${wider}${refused.message}`);
      }
    }
  }

  /** Stores the file: new powers, then delegations parents first, each with its event. */
  private async apply(scheme: CouncilScheme, resolved: Resolved[], newPowers: NewPower[]): Promise<void> {
    const writer = new DelegationService(this.em, this.access);
    const councilId = scheme.council.id;
    await this.em.transactional(async (tx) => {
      const em = tx;
      const events: EventInput[] = [];
      const powerIds = new Map<number, number>();
      const powerNames = new Map<number, string>(scheme.powers.map((p) => [p.id, p.name]));
      for (const p of newPowers) {
        const power = em.create(DecisionPower, { council: councilId, name: p.name, kind: p.kind, sourceBody: p.sourceBodyId, financialLimit: p.financialLimit });
        await em.flush();
        powerIds.set(p.tempId, power.id);
        powerNames.set(power.id, p.name);
        events.push({ council: councilId, kind: DelegationEventKind.POWER_CREATED, subjectType: 'DecisionPower', subjectId: power.id, after: { name: p.name, kind: p.kind, financialLimit: p.financialLimit } });
      }
      const realPower = (id: number) => powerIds.get(id) ?? id;
      const ids = new Map<number, number>();
      const realId = (id: number | null) => (id === null ? null : (ids.get(id) ?? id));
      // Parents first.
      const byId = new Map(resolved.map((r) => [r.id, r]));
      const depth = (r: Resolved) => {
        let n = 0;
        let p = r.parentId;
        while (p !== null && byId.has(p) && n < 10_000) {
          n++;
          p = byId.get(p)!.parentId;
        }
        return n;
      };
      const ordered = [...resolved].sort((a, b) => depth(a) - depth(b));
      const existingRows = await em.find(Delegation, { id: { $in: resolved.filter((r) => r.existing).map((r) => r.id) } });
      const stored = new Map(existingRows.map((d) => [d.id, d]));
      const holderOf = new Map<number, number>(scheme.delegations.map((d) => [d.id, d.toPersonId]));
      for (const r of resolved) holderOf.set(r.id, r.toPersonId);
      const names = (r: Resolved) => ({ power: r.powerName, to: scheme.index.peopleById.get(r.toPersonId)?.name ?? '', scope: scopeLabel(r.scope, scheme.index) });
      for (const r of ordered) {
        const values = {
          power: realPower(r.powerId),
          fromBody: r.parentId === null ? r.fromBodyId : null,
          fromPerson: r.parentId === null ? null : (holderOf.get(r.parentId) ?? null),
          toPerson: r.toPersonId,
          ...writer.scopeColumns(r.scope),
          financialLimit: r.financialLimit,
          conditions: r.conditions,
          maySubDelegate: r.maySubDelegate,
          parent: realId(r.parentId),
          effectiveFrom: r.effectiveFrom,
          effectiveTo: r.effectiveTo,
          ref: r.ref,
        };
        if (r.existing) {
          const d = stored.get(r.id)!;
          const same = this.sameAsStored(r) && d.ref === r.ref;
          if (same) continue;
          const before = delegationState(d, { power: powerNames.get(r.existing.powerId) ?? '', to: scheme.index.peopleById.get(r.existing.toPersonId)?.name ?? '', scope: scopeLabel(r.existing.scope, scheme.index) });
          em.assign(d, values as never);
          await em.flush();
          events.push({ council: councilId, kind: DelegationEventKind.UPDATED, delegation: d.id, subjectType: 'Delegation', subjectId: d.id, before, after: delegationState(d, names(r)), note: `import, row ${r.ref}` });
        } else {
          const d = em.create(Delegation, { council: councilId, ...values } as never) as Delegation;
          await em.flush();
          ids.set(r.id, d.id);
          events.push({
            council: councilId,
            kind: r.parentId === null ? DelegationEventKind.DELEGATED : DelegationEventKind.SUB_DELEGATED,
            delegation: d.id,
            subjectType: 'Delegation',
            subjectId: d.id,
            after: delegationState(d, names(r)),
            note: `import, row ${r.ref}`,
          });
        }
      }
      await writer.record(em, events, 'import');
      await em.flush();
    });
  }
}

