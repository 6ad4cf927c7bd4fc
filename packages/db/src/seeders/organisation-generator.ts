/**
 * Pure, deterministic generator of a realistic English county council organisation for the seeds:
 * directorates, services and teams, officers with line management (and dual accountability for
 * performance officers), councillors with their roles. No I/O and no dependencies: it returns plain
 * rows keyed by stable strings ('dir:asc', 'svc:12', 'p:123'); the seeder inserts them.
 *
 * Counting: `people` is the exact number of OFFICERS; councillors come on top of it
 * (`people.length === options.people + councillors`). `services` is the exact number of service rows
 * (services and teams together).
 *
 * Ordering guarantees (so rows can be inserted in one pass):
 * - `services`: a parent is always listed before its children (depth-first, per directorate).
 * - `people`: a person's line manager and functional manager are always listed before the person.
 * - Directorates point at their director and services at their owner, and people point at their
 *   directorate and service: that cycle is the inserter's to break (e.g. insert people first without
 *   directorate/service, or directorates/services first without director/owner).
 */
import { NAME_COMMUNITIES } from './names.data.js';
import {
  type OrganisationOptions,
  type GeneratedPersonKind,
  type GeneratedDirectorate,
  type GeneratedService,
  type GeneratedPerson,
  type GeneratedOrganisation,
  MIN_COUNCILLORS,
  defaultCouncillorCount,
  performanceOfficerTarget,
} from './organisation-generator.types.js';
import { mulberry32, at, pick, weighted, pickWeighted, apportion } from './organisation-generator.random.js';
import { SERVICE_OFFICE_STAFF, SERVICE_OFFICE_WEIGHT } from './organisation-generator.profiles.js';
import { PI, DIRECTORATES, RES_INDEX, MAX_DIRECT, MAX_SENIORS } from './organisation-generator.catalogue.js';
import { assignCouncillorRoles } from './organisation-generator.roles.js';
import { layoutUnits } from './organisation-generator.units.js';

export * from './organisation-generator.types.js';

// ---------------------------------------------------------------------------------------------------
// Generation

function assertInteger(name: string, value: number, min: number): void {
  if (!Number.isInteger(value) || value < min) {
    throw new RangeError(`generateOrganisation: ${name} must be an integer >= ${min}, got ${value}`);
  }
}

export function generateOrganisation(options: OrganisationOptions): GeneratedOrganisation {
  const seed = options.seed ?? 1;
  const officerCount = options.people;
  const serviceCount = options.services;
  const councillorCount = options.councillors ?? defaultCouncillorCount(officerCount);
  const domain = options.emailDomain.trim().toLowerCase();
  if (!Number.isFinite(seed)) throw new RangeError(`generateOrganisation: seed must be a finite number, got ${seed}`);
  if (!/^[a-z0-9-]+(\.[a-z0-9-]+)+$/.test(domain)) {
    throw new RangeError(`generateOrganisation: emailDomain must be a domain such as 'northshire.gov.uk', got '${options.emailDomain}'`);
  }
  assertInteger('services', serviceCount, DIRECTORATES.length);
  // Chief executive + directors + one owner per service at least.
  assertInteger('people', officerCount, 1 + DIRECTORATES.length + serviceCount);
  assertInteger('councillors', councillorCount, MIN_COUNCILLORS);

  const rng = mulberry32(Math.trunc(seed) ^ 0x5eed0a11);

  // --- Services: laid out over the directorate catalogue (organisation-generator.units.ts).
  const { units, order } = layoutUnits(serviceCount);

  // --- People ---------------------------------------------------------------------------------------
  const people: GeneratedPerson[] = [];
  const emailCounts = new Map<string, number>();
  const communities = weighted(NAME_COMMUNITIES.map((c) => [c, c.weight] as const));

  const localPart = (s: string): string =>
    s
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[^a-z-]/g, '');
  const uniqueEmail = (local: string): string => {
    const seen = emailCounts.get(local);
    if (seen === undefined) {
      emailCounts.set(local, 1);
      return `${local}@${domain}`;
    }
    emailCounts.set(local, seen + 1);
    return `${local}${seen + 1}@${domain}`;
  };

  interface NewPerson {
    jobTitle: string;
    kind: GeneratedPersonKind;
    directorateKey: string | null;
    serviceKey: string | null;
    lineManagerKey: string | null;
    functionalManagerKey?: string | null;
    emailPrefix?: string;
  }
  const addPerson = (p: NewPerson): string => {
    const community = pickWeighted(rng, communities);
    const first = pick(rng, community.first);
    const last = pick(rng, community.last);
    const key = `p:${people.length + 1}`;
    people.push({
      key,
      name: `${first} ${last}`,
      email: uniqueEmail(`${p.emailPrefix ?? ''}${localPart(first)}.${localPart(last)}`),
      jobTitle: p.jobTitle,
      kind: p.kind,
      directorateKey: p.directorateKey,
      serviceKey: p.serviceKey,
      lineManagerKey: p.lineManagerKey,
      functionalManagerKey: p.functionalManagerKey ?? null,
    });
    return key;
  };

  const directorateKey = (dir: number): string => `dir:${at(DIRECTORATES, dir).slug}`;

  const chiefExecutiveKey = addPerson({
    jobTitle: 'Chief Executive',
    kind: 'OFFICER',
    directorateKey: null,
    serviceKey: null,
    lineManagerKey: null,
  });
  const directorKeys = DIRECTORATES.map((spec, dir) =>
    addPerson({
      jobTitle: spec.directorTitle,
      kind: 'OFFICER',
      directorateKey: directorateKey(dir),
      serviceKey: null,
      lineManagerKey: chiefExecutiveKey,
    }),
  );

  // Owners, in service order so a parent's owner precedes the child's.
  for (const u of order) {
    const unit = at(units, u);
    const parent = unit.parent === null ? null : at(units, unit.parent);
    const jobTitle =
      parent === null ? `Head of ${unit.name}` : unit.kind === 'SERVICE' ? `Service Manager, ${unit.name}` : `Team Manager, ${unit.name}`;
    unit.ownerKey = addPerson({
      jobTitle,
      kind: 'OFFICER',
      directorateKey: directorateKey(unit.dir),
      serviceKey: unit.key,
      lineManagerKey: parent === null ? at(directorKeys, unit.dir) : parent.ownerKey,
    });
  }

  // Head of Performance and Intelligence: first Resources unit (its catalogue starts with P&I).
  const piUnit = units.find((x) => x.dir === RES_INDEX && x.parent === null && x.name === PI);
  if (piUnit === undefined) throw new Error('organisation generator: no Performance and Intelligence service');
  const headOfPiKey = piUnit.ownerKey;

  // Staff: everyone else. Performance officers go to leaf units outside Resources.
  const staffTotal = officerCount - people.length;
  const eligible = order.filter((u) => at(units, u).dir !== RES_INDEX && at(units, u).children.length === 0);
  const perfCount = Math.min(performanceOfficerTarget(officerCount), eligible.length, staffTotal);
  const perfUnits = new Set<number>();
  if (perfCount > 0) {
    const step = eligible.length / perfCount;
    const offset = rng() * step;
    for (let i = 0; i < perfCount; i++) perfUnits.add(at(eligible, Math.min(eligible.length - 1, Math.floor(offset + i * step))));
  }

  const weights = order.map((u) => {
    const unit = at(units, u);
    const base = unit.children.length === 0 ? unit.profile.weight : unit.profile.weight * SERVICE_OFFICE_WEIGHT;
    return base * (0.75 + 0.5 * rng());
  });
  const staffing = apportion(staffTotal - perfCount, weights);

  const performanceOfficerKeys: string[] = [];
  // Reused scratch arrays for the per-unit reporting layout.
  const managerOf: number[] = [];
  const isSenior: boolean[] = [];

  /**
   * Lays out slots [start, end) under `manager` (-1: the unit owner), who has room for `capacity` more
   * direct reports: up to that many report directly; beyond, senior practitioners take groups of
   * about seven, so no one has more than MAX_DIRECT reports.
   */
  const layout = (manager: number, start: number, end: number, capacity: number): void => {
    const n = end - start;
    if (n <= capacity) {
      for (let i = start; i < end; i++) managerOf[i] = manager;
      return;
    }
    const seniors = Math.min(MAX_SENIORS, capacity, Math.max(1, Math.ceil((n - capacity) / 7)));
    for (let i = start; i < start + seniors; i++) {
      managerOf[i] = manager;
      isSenior[i] = true;
    }
    const direct = Math.min(capacity - seniors, Math.floor((n - seniors) / (seniors + 1)));
    let cursor = start + seniors;
    for (let i = cursor; i < cursor + direct; i++) managerOf[i] = manager;
    cursor += direct;
    const chunks = apportion(
      end - cursor,
      Array.from({ length: seniors }, () => 1),
    );
    chunks.forEach((size, s) => {
      layout(start + s, cursor, cursor + size, MAX_DIRECT);
      cursor += size;
    });
  };

  order.forEach((u, position) => {
    const unit = at(units, u);
    const n = at(staffing, position);
    const leaf = unit.children.length === 0;
    const dirKey = directorateKey(unit.dir);
    if (n > 0) {
      managerOf.length = n;
      isSenior.length = n;
      isSenior.fill(false);
      layout(-1, 0, n, Math.max(1, MAX_DIRECT - unit.children.length - (perfUnits.has(u) ? 1 : 0)));
      const slotKeys: string[] = [];
      for (let i = 0; i < n; i++) {
        const m = at(managerOf, i);
        const jobTitle = at(isSenior, i)
          ? leaf
            ? unit.profile.senior
            : 'Business Support Team Leader'
          : pickWeighted(rng, leaf ? unit.profile.staff : SERVICE_OFFICE_STAFF);
        slotKeys.push(
          addPerson({
            jobTitle,
            kind: 'OFFICER',
            directorateKey: dirKey,
            serviceKey: unit.key,
            lineManagerKey: m < 0 ? unit.ownerKey : at(slotKeys, m),
          }),
        );
      }
    }
    if (perfUnits.has(u)) {
      performanceOfficerKeys.push(
        addPerson({
          jobTitle: rng() < 0.5 ? 'Performance Analyst' : 'Performance Officer',
          kind: 'OFFICER',
          directorateKey: dirKey,
          serviceKey: unit.key,
          lineManagerKey: unit.ownerKey,
          functionalManagerKey: headOfPiKey,
        }),
      );
    }
  });

  if (people.length !== officerCount) {
    throw new Error(`organisation generator: produced ${people.length} officers, expected ${officerCount}`);
  }

  // --- Councillors ------------------------------------------------------------------------------------
  const councillorKeys: string[] = [];
  for (let i = 0; i < councillorCount; i++) {
    councillorKeys.push(
      addPerson({
        jobTitle: 'Councillor',
        kind: 'COUNCILLOR',
        directorateKey: null,
        serviceKey: null,
        lineManagerKey: null,
        emailPrefix: 'cllr.',
      }),
    );
  }
  const councillorRoles = assignCouncillorRoles(rng, councillorKeys);
  // Job titles reflect the most senior role.
  const personIndex = (key: string): number => Number(key.slice(2)) - 1;
  for (const role of councillorRoles) {
    const person = at(people, personIndex(role.personKey));
    if (role.role === 'LEADER') person.jobTitle = 'Leader of the Council';
    else if (role.role === 'PORTFOLIO_HOLDER' && person.jobTitle === 'Councillor')
      person.jobTitle = `Cabinet Member for ${role.portfolio ?? ''}`;
    else if (role.role === 'SCRUTINY_CHAIR' && person.jobTitle === 'Councillor') person.jobTitle = `Chair, ${role.committee ?? ''}`;
  }

  // --- Directorates and services rows ---------------------------------------------------------------
  const directorates: GeneratedDirectorate[] = DIRECTORATES.map((spec, dir) => ({
    key: directorateKey(dir),
    name: spec.name,
    code: spec.code,
    directorKey: at(directorKeys, dir),
  }));
  const services: GeneratedService[] = order.map((u) => {
    const unit = at(units, u);
    return {
      key: unit.key,
      name: unit.name,
      directorateKey: directorateKey(unit.dir),
      parentKey: unit.parent === null ? null : at(units, unit.parent).key,
      kind: unit.kind,
      accountableOwnerKey: unit.ownerKey,
    };
  });

  return {
    directorates,
    services,
    people,
    councillorRoles,
    miResponsibleKey: headOfPiKey,
    performanceOfficerKeys,
  };
}
