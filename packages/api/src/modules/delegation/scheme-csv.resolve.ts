/**
 * Resolving the rows of a scheme-of-delegation CSV: names to ids (people by e-mail or name, scopes,
 * powers, bodies, parents by ref), values to types. One problem per bad cell, every row read, so one
 * pass reports everything; the scheme's rules are checked afterwards (scheme-csv.check.ts).
 */
import type { RowErrors, SchemeColumn, SchemeCsvRow } from '@goldenthread/db';
import { isIsoDate, type DelegationScope } from '@goldenthread/domain';
import type { CouncilScheme, SchemeDelegationRow } from './delegation-snapshot.js';

export interface Resolved {
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

export interface NewPower {
  tempId: number;
  name: string;
  kind: string;
  sourceBodyId: number;
  financialLimit: number | null;
}

const YES = new Set(['yes', 'y', 'true', '1']);
const NO = new Set(['no', 'n', 'false', '0', '']);
const lower = (s: string) => s.trim().toLowerCase();

/** '£20,000', '20000', '1,250.50' -> number; '' -> null; anything else -> undefined (bad). */
export function parseMoney(text: string): number | null | undefined {
  const t = text.replace(/[£,\s]/g, '');
  if (t === '') return null;
  if (!/^\d+(\.\d{1,2})?$/.test(t)) return undefined;
  return Number(t);
}

/** The power a row names: stored, new in this file, or created by this row (with its source body). */
interface PowerOfRow {
  powerId: number | null;
  powerName: string;
  powerSource: number | null;
}

/** The rows of one file against one council's scheme. */
export class SchemeRowResolver {
  private readonly byEmail = new Map<string, number>();
  private readonly byName = new Map<string, number[]>();
  private readonly bodies: Map<string, CouncilScheme['bodies'][number]>;
  private readonly powers: Map<string, CouncilScheme['powers'][number]>;
  private readonly storedByRef = new Map<string, SchemeDelegationRow>();
  private readonly seenRef = new Map<string, number>();
  private readonly seenContent = new Map<string, number>();
  private readonly newPowers = new Map<string, NewPower>();
  private nextTemp = -1;

  constructor(
    private readonly scheme: CouncilScheme,
    private readonly errors: RowErrors,
  ) {
    for (const p of scheme.people) {
      if (p.email) this.byEmail.set(lower(p.email), p.id);
      const list = this.byName.get(lower(p.name));
      if (list) list.push(p.id);
      else this.byName.set(lower(p.name), [p.id]);
    }
    this.bodies = new Map(scheme.bodies.map((b) => [lower(b.name), b]));
    this.powers = new Map(scheme.powers.map((p) => [lower(p.name), p]));
    for (const d of scheme.delegations) this.storedByRef.set(lower(d.ref ?? `D${d.id}`), d);
  }

  /** Every row resolved (those without a problem), parents linked, and the powers the file creates. */
  resolveAll(rows: readonly SchemeCsvRow[]): { resolved: Resolved[]; newPowers: NewPower[] } {
    const resolved: Resolved[] = [];
    for (const row of rows) {
      const r = this.resolve(row);
      if (r) resolved.push(r);
    }
    this.linkParents(resolved);
    return { resolved, newPowers: [...this.newPowers.values()] };
  }

  private problem(row: SchemeCsvRow, column: SchemeColumn | null, message: string): void {
    this.errors.add(row.line, column, message);
  }

  private person(row: SchemeCsvRow, column: SchemeColumn, text: string): number | null {
    const byMail = this.byEmail.get(lower(text));
    if (byMail !== undefined) return byMail;
    const named = this.byName.get(lower(text)) ?? [];
    if (named.length === 1) return named[0]!;
    const council = this.scheme.council.name;
    if (named.length > 1)
      this.problem(row, column, `${named.length} people in ${council} are called "${text}": give their e-mail address instead.`);
    else this.problem(row, column, `unknown person "${text}": nobody in ${council} has that e-mail address or name.`);
    return null;
  }

  private directorate(what: string) {
    return this.scheme.directorates.find((x) => lower(x.name) === lower(what) || (x.code !== null && lower(x.code) === lower(what)));
  }

  private scope(row: SchemeCsvRow, text: string): DelegationScope | null {
    const { scheme } = this;
    const t = text.trim();
    if (lower(t) === 'council') return { kind: 'COUNCIL', id: scheme.council.id };
    const m = /^(directorate|service)\s*:\s*(.+)$/i.exec(t);
    if (!m) {
      const forms =
        'council, directorate:<code or name> or service:<name> (service:<directorate code>/<name> when two services share a name)';
      this.problem(row, 'scope', `bad scope "${text}": write ${forms}.`);
      return null;
    }
    const what = m[2]!.trim();
    if (lower(m[1]!) === 'directorate') {
      const d = this.directorate(what);
      if (!d) this.problem(row, 'scope', `unknown directorate "${what}" in ${scheme.council.name}.`);
      return d ? { kind: 'DIRECTORATE', id: d.id } : null;
    }
    let candidates = scheme.services.filter((s) => lower(s.name) === lower(what));
    const slash = what.indexOf('/');
    if (candidates.length === 0 && slash > 0) {
      const d = this.directorate(what.slice(0, slash));
      const name = lower(what.slice(slash + 1));
      candidates = d ? scheme.services.filter((s) => s.directorateId === d.id && lower(s.name) === name) : [];
    }
    if (candidates.length === 1) return { kind: 'SERVICE', id: candidates[0]!.id };
    const message =
      candidates.length === 0
        ? `unknown service "${what}" in ${scheme.council.name}.`
        : `${candidates.length} services are called "${what}": write service:<directorate code>/${what}.`;
    this.problem(row, 'scope', message);
    return null;
  }

  private checkRef(row: SchemeCsvRow, ref: string): void {
    if (!ref)
      this.problem(
        row,
        'ref',
        'every row needs a ref (a short unique label such as D12) so that sub-delegations can name their parent and re-imports update it.',
      );
    else if (ref.length > 60) this.problem(row, 'ref', 'a ref has at most 60 characters.');
    else if (this.seenRef.has(lower(ref)))
      this.problem(row, 'ref', `duplicate ref "${ref}": line ${this.seenRef.get(lower(ref))} already uses it.`);
    else this.seenRef.set(lower(ref), row.line);
  }

  /** The power of a row (created when new and the row says where it comes from). */
  private power(row: SchemeCsvRow): PowerOfRow {
    const { scheme } = this;
    const v = row.values;
    const out: PowerOfRow = { powerId: null, powerName: v.power.trim(), powerSource: null };
    const sourceBody = v.source_body.trim() ? this.bodies.get(lower(v.source_body)) : undefined;
    if (v.source_body.trim() && !sourceBody) {
      const known = scheme.bodies.map((b) => b.name).join(', ') || 'no bodies yet (create them first)';
      this.problem(row, 'source_body', `unknown decision body "${v.source_body}": ${scheme.council.name} has ${known}.`);
    }
    const powerLimit = parseMoney(v.power_limit);
    if (powerLimit === undefined)
      this.problem(row, 'power_limit', `bad limit "${v.power_limit}": write an amount in pounds such as 250000 or £250,000.`);
    if (!out.powerName) {
      this.problem(row, 'power', 'the power is missing.');
      return out;
    }
    const stored = this.powers.get(lower(out.powerName));
    const fresh = this.newPowers.get(lower(out.powerName));
    if (stored) {
      Object.assign(out, { powerId: stored.id, powerName: stored.name, powerSource: stored.sourceBodyId });
      if (sourceBody && sourceBody.id !== stored.sourceBodyId) {
        const owner = scheme.index.bodiesById.get(stored.sourceBodyId)?.name ?? 'another body';
        this.problem(row, 'source_body', `"${stored.name}" belongs to ${owner}, not ${sourceBody.name}.`);
      }
    } else if (fresh) {
      Object.assign(out, { powerId: fresh.tempId, powerSource: fresh.sourceBodyId });
    } else if (sourceBody) {
      const kind = (v.power_kind.trim() || 'GENERAL').toUpperCase().replace(/[^A-Z0-9]+/g, '_');
      const np: NewPower = {
        tempId: this.nextTemp--,
        name: out.powerName,
        kind,
        sourceBodyId: sourceBody.id,
        financialLimit: powerLimit ?? null,
      };
      this.newPowers.set(lower(out.powerName), np);
      Object.assign(out, { powerId: np.tempId, powerSource: sourceBody.id });
    } else if (v.source_body.trim() === '') {
      this.problem(row, 'power', `unknown power "${out.powerName}": give its source_body (and power_limit) on its first row to create it.`);
    }
    return out;
  }

  /** The values of a row that need no lookup: limit, sub-delegation, dates, conditions. */
  private values(row: SchemeCsvRow) {
    const v = row.values;
    const limit = parseMoney(v.limit);
    if (limit === undefined)
      this.problem(
        row,
        'limit',
        `bad limit "${v.limit}": write an amount in pounds such as 20000 or £20,000, or leave it empty to inherit.`,
      );
    const sub = lower(v.may_sub_delegate);
    if (!YES.has(sub) && !NO.has(sub)) this.problem(row, 'may_sub_delegate', `"${v.may_sub_delegate}" is not yes or no.`);
    const from = v.effective_from.trim();
    if (!isIsoDate(from))
      this.problem(row, 'effective_from', from ? `"${from}" is not a date (use YYYY-MM-DD).` : 'the start date is missing (YYYY-MM-DD).');
    const to = v.effective_to.trim() || null;
    if (to !== null && !isIsoDate(to)) this.problem(row, 'effective_to', `"${to}" is not a date (use YYYY-MM-DD).`);
    else if (to !== null && isIsoDate(from) && to < from)
      this.problem(row, 'effective_to', `the delegation would end (${to}) before it starts (${from}).`);
    const conditions = v.conditions.trim() || null;
    if (conditions !== null && conditions.length > 2000) this.problem(row, 'conditions', 'at most 2000 characters.');
    return { financialLimit: limit ?? null, maySubDelegate: YES.has(sub), effectiveFrom: from, effectiveTo: to, conditions };
  }

  /** A root (no parent_ref) is made by the power's source body: a `from` naming anything else is a problem. */
  private rootFrom(row: SchemeCsvRow, power: PowerOfRow): number | null {
    const v = row.values;
    const sourceName = power.powerSource === null ? null : (this.scheme.index.bodiesById.get(power.powerSource)?.name ?? null);
    const unknownPower = !v.source_body.trim() && power.powerSource === null && power.powerName;
    if (!unknownPower && v.from.trim() && power.powerSource !== null && lower(v.from) !== lower(sourceName ?? '')) {
      const message = `a row without parent_ref is a delegation from the power's source body (${sourceName ?? '?'}), not from "${v.from}".`;
      this.problem(row, 'from', `${message} Give parent_ref for a sub-delegation.`);
    }
    return power.powerSource;
  }

  private resolve(row: SchemeCsvRow): Resolved | null {
    const v = row.values;
    const before = this.errors.count;
    const ref = v.ref.trim();
    this.checkRef(row, ref);
    const power = this.power(row);
    const toId = v.to.trim() ? this.person(row, 'to', v.to) : null;
    if (!v.to.trim()) this.problem(row, 'to', 'the person the power is delegated to is missing.');
    const scope = v.scope.trim() ? this.scope(row, v.scope) : null;
    if (!v.scope.trim()) this.problem(row, 'scope', 'the scope is missing: council, directorate:<name> or service:<name>.');
    const values = this.values(row);
    const parentRef = v.parent_ref.trim() || null;
    const fromBodyId = parentRef === null ? this.rootFrom(row, power) : null;
    if (this.errors.count > before || power.powerId === null || toId === null || scope === null) return null;

    const existing = ref ? (this.storedByRef.get(lower(ref)) ?? null) : null;
    if (existing && existing.revokedOn !== null) {
      this.problem(
        row,
        'ref',
        `the delegation with ref "${ref}" was revoked on ${existing.revokedOn}; give the row a new ref to delegate the power again.`,
      );
      return null;
    }
    const key = [power.powerId, toId, scope.kind, scope.id, parentRef ? lower(parentRef) : '', values.effectiveFrom].join('|');
    if (this.seenContent.has(key)) {
      this.problem(
        row,
        null,
        `duplicate delegation: line ${this.seenContent.get(key)} already delegates "${power.powerName}" to the same person over the same ` +
          `scope.`,
      );
      return null;
    }
    this.seenContent.set(key, row.line);
    const id = existing ? existing.id : this.nextTemp--;
    return {
      row,
      ref,
      id,
      existing,
      powerId: power.powerId,
      powerName: power.powerName,
      fromBodyId,
      toPersonId: toId,
      scope,
      ...values,
      parentRef,
      parentId: null,
    };
  }

  /** Parents: a row of the file, or a delegation already stored, passing on the same power. */
  private linkParents(resolved: Resolved[]): void {
    const inFile = new Map(resolved.map((r) => [lower(r.ref), r]));
    for (const r of resolved) {
      if (r.parentRef === null) continue;
      const p = inFile.get(lower(r.parentRef)) ?? null;
      const stored = p ? null : (this.storedByRef.get(lower(r.parentRef)) ?? null);
      if (!p && !stored) {
        if (!this.seenRef.has(lower(r.parentRef))) {
          this.problem(
            r.row,
            'parent_ref',
            `unknown parent_ref "${r.parentRef}": no row of the file and no delegation of ${this.scheme.council.name} has that ref.`,
          );
        }
        continue;
      }
      r.parentId = p ? p.id : stored!.id;
      if (stored && stored.revokedOn !== null)
        this.problem(r.row, 'parent_ref', `the parent delegation "${r.parentRef}" was revoked on ${stored.revokedOn}.`);
      const parentPower = p ? p.powerId : stored!.powerId;
      if (parentPower !== r.powerId) {
        this.problem(
          r.row,
          'power',
          `"${r.powerName}" differs from the power of its parent "${r.parentRef}": a sub-delegation passes on the same power.`,
        );
      }
    }
  }
}
