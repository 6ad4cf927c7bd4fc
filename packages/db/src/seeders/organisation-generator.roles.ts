/** Councillors' roles in the generated organisation. */
import { WARD_NAMES } from './names.data.js';
import {
  type GeneratedCouncillorRole,
  type GeneratedCouncillorRoleRow,
  SCRUTINY_COMMITTEES,
  PORTFOLIOS,
} from './organisation-generator.types.js';
import { type Rng, at, shuffle } from './organisation-generator.random.js';
import { areaName } from './organisation-generator.catalogue.js';

/**
 * Councillor roles: one leader, a cabinet of 6..10 (the leader included), each a portfolio holder;
 * three scrutiny committees of non-cabinet councillors (one chair and several members each);
 * complaints and Best Value panels of 3..5 non-cabinet councillors; every councillor a ward councillor.
 */
export function assignCouncillorRoles(rng: Rng, keys: readonly string[]): GeneratedCouncillorRoleRow[] {
  const c = keys.length;
  const roles: GeneratedCouncillorRoleRow[] = [];
  const add = (personKey: string, role: GeneratedCouncillorRole, extra: Partial<GeneratedCouncillorRoleRow> = {}): void => {
    roles.push({ personKey, role, portfolio: extra.portfolio ?? null, committee: extra.committee ?? null, ward: extra.ward ?? null });
  };

  const shuffled = shuffle(rng, [...keys]);
  const cabinetSize = Math.min(PORTFOLIOS.length, Math.max(6, Math.round(c / 10) + 2));
  const cabinet = shuffled.slice(0, cabinetSize);
  const backbench = shuffled.slice(cabinetSize);

  cabinet.forEach((key, i) => {
    const portfolio = at(PORTFOLIOS, i);
    if (i === 0) add(key, 'LEADER');
    add(key, 'CABINET_MEMBER');
    add(key, 'PORTFOLIO_HOLDER', { portfolio });
  });

  // Scrutiny: chairs first, then members, all distinct backbenchers.
  const committees = SCRUTINY_COMMITTEES.length;
  const membersEach = Math.min(12, Math.max(2, Math.floor((backbench.length - committees) / committees)));
  let cursor = 0;
  const nextBackbencher = (): string => {
    const key = at(backbench, cursor % backbench.length);
    cursor++;
    return key;
  };
  for (const committee of SCRUTINY_COMMITTEES) {
    add(nextBackbencher(), 'SCRUTINY_CHAIR', { committee });
    for (let m = 0; m < membersEach; m++) add(nextBackbencher(), 'SCRUTINY_MEMBER', { committee });
  }

  // Panels: backbenchers continuing after the scrutiny members (wrapping round if few).
  const panelSize = Math.min(5, Math.max(3, Math.round(c / 12)));
  for (let i = 0; i < panelSize; i++) add(nextBackbencher(), 'COMPLAINTS_PANEL', { committee: 'Complaints Review Panel' });
  for (let i = 0; i < panelSize; i++) add(nextBackbencher(), 'BEST_VALUE_PANEL', { committee: 'Best Value Review Panel' });

  // Wards of one to three members, in people order.
  const wardNames = shuffle(rng, [...WARD_NAMES]);
  const wardName = (i: number): string =>
    i < wardNames.length ? at(wardNames, i) : `${at(wardNames, i % wardNames.length)} ${areaName(Math.floor(i / wardNames.length) - 1)}`;
  let ward = 0;
  let seatsLeft = 0;
  for (const key of keys) {
    if (seatsLeft === 0) {
      const r = rng();
      seatsLeft = r < 0.3 ? 1 : r < 0.8 ? 2 : 3;
      ward++;
    }
    add(key, 'WARD_COUNCILLOR', { ward: wardName(ward - 1) });
    seatsLeft--;
  }
  return roles;
}
