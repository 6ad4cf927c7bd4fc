/** The services and teams of a generated council, in depth-first order (organisation-generator.ts). */
import type { GeneratedServiceKind } from './organisation-generator.types.js';
import { at, apportion } from './organisation-generator.random.js';
import { type Profile, PROFILES } from './organisation-generator.profiles.js';
import { DIRECTORATES, areaName, FLAT_GENERATED_MAX, UNITS_PER_AREA, MAX_DIRECT } from './organisation-generator.catalogue.js';

export interface Unit {
  name: string;
  dir: number;
  parent: number | null;
  kind: GeneratedServiceKind;
  profile: Profile;
  label: string;
  children: number[];
  key: string;
  ownerKey: string;
}

/**
 * Lays out `serviceCount` units over the directorate catalogue: each directorate at least one, the
 * rest by weight, catalogue entries first, then locality sub-units. `order` lists the units
 * depth-first per directorate (parents before children); each unit's key follows that order.
 */
export function layoutUnits(serviceCount: number): { units: Unit[]; order: number[] } {
  // Each directorate gets at least one unit, the rest by weight.
  const extra = apportion(
    serviceCount - DIRECTORATES.length,
    DIRECTORATES.map((d) => d.weight),
  );
  const budgets = extra.map((e) => e + 1);

  const units: Unit[] = [];
  const topsByDir: number[][] = [];
  DIRECTORATES.forEach((spec, dir) => {
    const budget = at(budgets, dir);
    const byName = new Map<string, number>();
    const usedNames = new Set<string>();
    const tops: number[] = [];
    const addUnit = (name: string, parent: number | null, kind: GeneratedServiceKind, prof: Profile, label: string): number => {
      let unique = name;
      for (let n = 2; usedNames.has(unique); n++) unique = `${name} ${n}`;
      usedNames.add(unique);
      const index = units.length;
      units.push({ name: unique, dir, parent, kind, profile: prof, label, children: [], key: '', ownerKey: '' });
      if (parent === null) tops.push(index);
      else at(units, parent).children.push(index);
      return index;
    };

    const taken = Math.min(budget, spec.catalogue.length);
    for (let i = 0; i < taken; i++) {
      const entry = at(spec.catalogue, i);
      const parent = entry.parent === null ? null : byName.get(entry.parent);
      if (parent === undefined) throw new Error(`catalogue: '${entry.name}' listed before its parent '${String(entry.parent)}'`);
      const parentUnit = parent === null ? null : at(units, parent);
      const prof = entry.profile !== undefined ? PROFILES[entry.profile] : parentUnit?.profile;
      if (prof === undefined) throw new Error(`catalogue: '${entry.name}' has no profile`);
      const label = parentUnit?.label ?? entry.label ?? entry.name;
      byName.set(entry.name, addUnit(entry.name, parent, entry.kind, prof, label));
    }

    // Beyond the catalogue: locality sub-units under each top-level service, spread evenly.
    const generate = (parent: number, prefix: string, n: number, capacity: number, depth: number): void => {
      const { label, profile: prof } = at(units, parent);
      if (n <= capacity && (depth > 0 || n <= FLAT_GENERATED_MAX)) {
        for (let k = 0; k < n; k++) {
          addUnit(depth === 0 ? `${prefix} ${areaName(k)} Team` : `${prefix} Team ${k + 1}`, parent, 'TEAM', prof, label);
        }
        return;
      }
      const areaCount = Math.max(1, Math.min(capacity, Math.max(2, Math.ceil(n / UNITS_PER_AREA))));
      const shares = apportion(
        n - areaCount,
        Array.from({ length: areaCount }, () => 1),
      );
      shares.forEach((share, a) => {
        const name = depth === 0 ? `${prefix} ${areaName(a)}` : `${prefix} District ${a + 1}`;
        const area = addUnit(name, parent, 'SERVICE', prof, label);
        generate(area, name, share, MAX_DIRECT - 1, depth + 1);
      });
    };
    const leftover = budget - taken;
    const shares = apportion(
      leftover,
      tops.map(() => 1),
    );
    [...tops].forEach((top, t) => {
      const topUnit = at(units, top);
      // One place of the head's span is kept for the service's own office staff.
      generate(top, topUnit.label, at(shares, t), Math.max(1, MAX_DIRECT - 1 - topUnit.children.length), 0);
    });
    topsByDir.push(tops);
  });

  // Depth-first order per directorate: parents before children; keys follow that order.
  const order: number[] = [];
  for (const tops of topsByDir) {
    const stack = [...tops].reverse();
    while (stack.length > 0) {
      const u = stack.pop() as number;
      order.push(u);
      const children = at(units, u).children;
      for (let i = children.length - 1; i >= 0; i--) stack.push(at(children, i));
    }
  }
  order.forEach((u, i) => {
    at(units, u).key = `svc:${i + 1}`;
  });
  return { units, order };
}
