import { describe, expect, it } from 'vitest';
import { generateOrganisation, type GeneratedOrganisation, type OrganisationOptions } from './organisation-generator.js';

const DOMAIN = 'northshire.gov.uk';
const DEMO: OrganisationOptions = { people: 300, services: 30, emailDomain: DOMAIN };
const SCALE: OrganisationOptions = { people: 20_000, services: 2_000, emailDomain: DOMAIN };

const demo = generateOrganisation(DEMO);
const scaleStarted = performance.now();
const scale = generateOrganisation(SCALE);
const scaleMs = performance.now() - scaleStarted;

const officers = (o: GeneratedOrganisation) => o.people.filter((p) => p.kind === 'OFFICER');
const councillors = (o: GeneratedOrganisation) => o.people.filter((p) => p.kind === 'COUNCILLOR');

/** Number of ancestors of each service. */
function depths(o: GeneratedOrganisation): Map<string, number> {
  const result = new Map<string, number>();
  for (const s of o.services) result.set(s.key, s.parentKey === null ? 0 : (result.get(s.parentKey) ?? NaN) + 1);
  return result;
}

function directReports(o: GeneratedOrganisation): Map<string, number> {
  const result = new Map<string, number>();
  for (const p of o.people) if (p.lineManagerKey !== null) result.set(p.lineManagerKey, (result.get(p.lineManagerKey) ?? 0) + 1);
  return result;
}

const normalise = (s: string) =>
  s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z-]/g, '');

const configs: [string, OrganisationOptions, GeneratedOrganisation][] = [
  ['demo', DEMO, demo],
  ['scale', SCALE, scale],
  [
    'small',
    { people: 40, services: 8, emailDomain: DOMAIN, seed: 7 },
    generateOrganisation({ people: 40, services: 8, emailDomain: DOMAIN, seed: 7 }),
  ],
  [
    'owners only',
    { people: 35, services: 30, emailDomain: DOMAIN },
    generateOrganisation({ people: 35, services: 30, emailDomain: DOMAIN }),
  ],
  [
    'deep',
    { people: 30_000, services: 6_000, emailDomain: DOMAIN, seed: 3 },
    generateOrganisation({ people: 30_000, services: 6_000, emailDomain: DOMAIN, seed: 3 }),
  ],
];

describe('generateOrganisation: determinism', () => {
  it('gives byte-identical output for the same options', () => {
    expect(JSON.stringify(generateOrganisation(DEMO))).toBe(JSON.stringify(demo));
    expect(JSON.stringify(generateOrganisation({ ...DEMO, seed: 1 }))).toBe(JSON.stringify(demo));
    expect(JSON.stringify(generateOrganisation(SCALE))).toBe(JSON.stringify(scale));
  });

  it('gives a different organisation for a different seed, with the same shape', () => {
    const other = generateOrganisation({ ...DEMO, seed: 2 });
    expect(JSON.stringify(other)).not.toBe(JSON.stringify(demo));
    const differentNames = other.people.filter((p, i) => p.name !== demo.people[i]?.name).length;
    expect(differentNames).toBeGreaterThan(demo.people.length / 2);
    expect(other.people).toHaveLength(demo.people.length);
    expect(other.services).toHaveLength(demo.services.length);
  });
});

describe('generateOrganisation: counts', () => {
  it('demo: 300 officers plus 60 councillors, 30 services and teams in four directorates', () => {
    expect(officers(demo)).toHaveLength(300);
    expect(councillors(demo)).toHaveLength(60);
    expect(demo.people).toHaveLength(360);
    expect(demo.services).toHaveLength(30);
    expect(demo.services.length).toBeGreaterThanOrEqual(20);
    expect(demo.services.length).toBeLessThanOrEqual(40);
    expect(demo.directorates.map((d) => [d.key, d.code, d.name])).toEqual([
      ['dir:asc', 'ASC', 'Adult Social Care'],
      ['dir:cs', 'CS', "Children's Services"],
      ['dir:ph', 'PH', 'Public Health'],
      ['dir:res', 'RES', 'Resources'],
    ]);
    expect(demo.performanceOfficerKeys.length).toBeGreaterThanOrEqual(3);
    expect(demo.performanceOfficerKeys.length).toBeLessThanOrEqual(6);
  });

  it('demo: at least two levels of nesting, services and teams, and the expected services', () => {
    expect(Math.max(...depths(demo).values())).toBeGreaterThanOrEqual(2);
    expect(new Set(demo.services.map((s) => s.kind))).toEqual(new Set(['SERVICE', 'TEAM']));
    const names = new Set(demo.services.map((s) => s.name));
    for (const name of [
      'Safeguarding Adults',
      'Reablement and Intermediate Care',
      'Hospital Discharge Team',
      'North Locality Team',
      'Child Protection',
      'Performance and Intelligence',
    ]) {
      expect(names).toContain(name);
    }
    for (const d of demo.directorates) expect(demo.services.some((s) => s.directorateKey === d.key)).toBe(true);
  });

  it('scale: 20,000 officers, 2,000 services, councillors and performance officers capped, well under a second', () => {
    expect(officers(scale)).toHaveLength(20_000);
    expect(scale.services).toHaveLength(2_000);
    const c = councillors(scale).length;
    expect(c).toBeGreaterThan(60);
    expect(c).toBeLessThanOrEqual(120);
    expect(scale.performanceOfficerKeys.length).toBeGreaterThan(6);
    expect(scale.performanceOfficerKeys.length).toBeLessThanOrEqual(50);
    expect(scaleMs).toBeLessThan(1000);
    // Locality sub-units at scale.
    expect(scale.services.filter((s) => / (North|South|East|West|Central)\b/.test(s.name)).length).toBeGreaterThan(1000);
    expect(Math.max(...depths(scale).values())).toBeGreaterThanOrEqual(2);
  });

  it('honours an explicit councillor count', () => {
    for (const n of [15, 200]) {
      const o = generateOrganisation({ ...DEMO, councillors: n });
      expect(councillors(o)).toHaveLength(n);
      expect(officers(o)).toHaveLength(300);
    }
  });

  it('rejects impossible options', () => {
    expect(() => generateOrganisation({ ...DEMO, people: 34 })).toThrow(RangeError); // 1 + 4 + 30 needed
    expect(() => generateOrganisation({ ...DEMO, services: 3 })).toThrow(RangeError);
    expect(() => generateOrganisation({ ...DEMO, services: 30.5 })).toThrow(RangeError);
    expect(() => generateOrganisation({ ...DEMO, councillors: 14 })).toThrow(RangeError);
    expect(() => generateOrganisation({ ...DEMO, emailDomain: 'not a domain' })).toThrow(RangeError);
    expect(() => generateOrganisation({ ...DEMO, seed: Number.NaN })).toThrow(RangeError);
  });
});

describe.each(configs)('generateOrganisation: integrity (%s)', (_label, options, o) => {
  const peopleIndex = new Map(o.people.map((p, i) => [p.key, i]));
  const serviceIndex = new Map(o.services.map((s, i) => [s.key, i]));
  const directorateKeys = new Set(o.directorates.map((d) => d.key));
  const person = (key: string) => o.people[peopleIndex.get(key) ?? -1];

  it('has exact counts and unique, well-formed keys', () => {
    expect(officers(o)).toHaveLength(options.people);
    expect(o.services).toHaveLength(options.services);
    expect(peopleIndex.size).toBe(o.people.length);
    expect(serviceIndex.size).toBe(o.services.length);
    expect(directorateKeys.size).toBe(o.directorates.length);
    expect(o.people.filter((p, i) => p.key !== `p:${i + 1}`)).toEqual([]);
    expect(o.services.filter((s, i) => s.key !== `svc:${i + 1}`)).toEqual([]);
    // Officers first, then councillors.
    const firstCouncillor = o.people.findIndex((p) => p.kind === 'COUNCILLOR');
    expect(firstCouncillor).toBe(options.people);
  });

  it('resolves every service reference, parents before children, owners in the same directorate', () => {
    const problems: string[] = [];
    o.services.forEach((s, i) => {
      if (!directorateKeys.has(s.directorateKey)) problems.push(`${s.key}: unknown directorate`);
      if (s.parentKey !== null) {
        const parentAt = serviceIndex.get(s.parentKey);
        const parent = parentAt === undefined ? undefined : o.services[parentAt];
        if (parent === undefined || parentAt === undefined) problems.push(`${s.key}: unknown parent`);
        else if (parentAt >= i) problems.push(`${s.key}: parent listed later`);
        else if (parent.directorateKey !== s.directorateKey || parent.kind !== 'SERVICE') problems.push(`${s.key}: bad parent`);
      }
      const owner = s.accountableOwnerKey === null ? undefined : person(s.accountableOwnerKey);
      if (owner?.kind !== 'OFFICER' || owner.directorateKey !== s.directorateKey || owner.serviceKey !== s.key) {
        problems.push(`${s.key}: bad owner ${String(s.accountableOwnerKey)}`);
      }
    });
    expect(problems).toEqual([]);
    const owners = o.services.map((s) => s.accountableOwnerKey);
    expect(new Set(owners).size).toBe(owners.length);
  });

  it('has a chief executive over the directors, and heads of service over their services', () => {
    const tops = o.people.filter((p) => p.kind === 'OFFICER' && p.lineManagerKey === null);
    expect(tops).toHaveLength(1);
    const ceo = tops[0]!;
    expect(ceo.jobTitle).toBe('Chief Executive');
    expect([null, 'dir:res']).toContain(ceo.directorateKey);
    for (const d of o.directorates) {
      const director = person(d.directorKey);
      expect(director?.directorateKey).toBe(d.key);
      expect(director?.lineManagerKey).toBe(ceo.key);
    }
    const asc = o.directorates.find((d) => d.code === 'ASC')!;
    expect(person(asc.directorKey)?.jobTitle).toBe('Director of Adult Social Services');
    const directorOf = new Map(o.directorates.map((d) => [d.key, d.directorKey]));
    for (const s of o.services) {
      const owner = person(s.accountableOwnerKey!)!;
      if (s.parentKey === null) {
        expect(owner.jobTitle).toBe(`Head of ${s.name}`);
        expect(owner.lineManagerKey).toBe(directorOf.get(s.directorateKey));
      } else {
        const parentOwner = o.services[serviceIndex.get(s.parentKey)!]!.accountableOwnerKey;
        expect(owner.lineManagerKey).toBe(parentOwner);
        expect(owner.jobTitle).toBe(`${s.kind === 'TEAM' ? 'Team Manager' : 'Service Manager'}, ${s.name}`);
      }
    }
  });

  it('resolves every person reference to an earlier row', () => {
    const problems: string[] = [];
    o.people.forEach((p, i) => {
      for (const ref of [p.lineManagerKey, p.functionalManagerKey]) {
        if (ref === null) continue;
        const at = peopleIndex.get(ref);
        if (at === undefined) problems.push(`${p.key}: unknown manager ${ref}`);
        else if (at >= i) problems.push(`${p.key}: manager ${ref} listed later`);
        else if (o.people[at]?.kind !== 'OFFICER') problems.push(`${p.key}: manager ${ref} is not an officer`);
      }
      if (p.directorateKey !== null && !directorateKeys.has(p.directorateKey)) problems.push(`${p.key}: unknown directorate`);
      if (p.serviceKey !== null) {
        const s = o.services[serviceIndex.get(p.serviceKey) ?? -1];
        if (s === undefined) problems.push(`${p.key}: unknown service`);
        else if (p.directorateKey !== s.directorateKey) problems.push(`${p.key}: service outside directorate`);
      }
    });
    expect(problems).toEqual([]);
  });

  it('has no line-management cycles, and every officer reaches the chief executive', () => {
    const ceo = o.people[0]!;
    const reachesTop = new Map<string, boolean>([[ceo.key, true]]);
    for (const p of officers(o)) {
      const seen = new Set<string>();
      const chain: string[] = [];
      let key: string | null = p.key;
      while (key !== null && !reachesTop.has(key)) {
        if (seen.has(key)) throw new Error(`line-management cycle through ${key}`);
        seen.add(key);
        chain.push(key);
        key = person(key)!.lineManagerKey;
      }
      if (key === null) throw new Error(`${p.key} does not reach the chief executive`);
      for (const k of chain) reachesTop.set(k, true);
    }
    expect(reachesTop.size).toBe(options.people);
  });

  it('keeps spans of control at 12 or fewer direct reports', () => {
    expect(Math.max(...directReports(o).values())).toBeLessThanOrEqual(12);
  });

  it('names services uniquely within a directorate', () => {
    for (const d of o.directorates) {
      const names = o.services.filter((s) => s.directorateKey === d.key).map((s) => s.name);
      expect(new Set(names).size).toBe(names.length);
    }
  });

  it('gives everyone a unique first.last e-mail at the domain', () => {
    const emails = o.people.map((p) => p.email);
    expect(emails.every((e) => e !== null)).toBe(true);
    expect(new Set(emails).size).toBe(emails.length);
    const mismatched = o.people.filter((p) => {
      const [first, ...rest] = p.name.split(' ');
      const local = `${p.kind === 'COUNCILLOR' ? 'cllr.' : ''}${normalise(first!)}.${normalise(rest.join(' '))}`;
      const email = p.email ?? '';
      return !email.startsWith(local) || !/^\d*@northshire\.gov\.uk$/.test(email.slice(local.length));
    });
    expect(mismatched).toEqual([]);
  });

  it('keeps councillors out of line management and the officer structure', () => {
    for (const p of councillors(o)) {
      expect(p.lineManagerKey).toBeNull();
      expect(p.functionalManagerKey).toBeNull();
      expect(p.directorateKey).toBeNull();
      expect(p.serviceKey).toBeNull();
    }
    for (const r of o.councillorRoles) expect(person(r.personKey)?.kind).toBe('COUNCILLOR');
  });

  it('names the Head of Performance and Intelligence as MI-responsible', () => {
    const mi = person(o.miResponsibleKey);
    expect(mi?.kind).toBe('OFFICER');
    expect(mi?.directorateKey).toBe('dir:res');
    expect(mi?.jobTitle).toBe('Head of Performance and Intelligence');
  });

  it('gives performance officers dual accountability: line manager in the service, functional manager in P&I', () => {
    const perf = new Set(o.performanceOfficerKeys);
    expect(perf.size).toBe(o.performanceOfficerKeys.length);
    expect(o.people.filter((p) => (p.functionalManagerKey !== null) !== perf.has(p.key))).toEqual([]);
    for (const key of o.performanceOfficerKeys) {
      const p = person(key)!;
      expect(['Performance Analyst', 'Performance Officer']).toContain(p.jobTitle);
      expect(p.functionalManagerKey).toBe(o.miResponsibleKey);
      expect(p.functionalManagerKey).not.toBe(p.lineManagerKey);
      expect(p.directorateKey).not.toBe('dir:res');
      const service = o.services[serviceIndex.get(p.serviceKey!)!]!;
      expect(p.lineManagerKey).toBe(service.accountableOwnerKey);
    }
  });
});

describe('generateOrganisation: realism', () => {
  it('uses realistic social care job titles and varied names', () => {
    const titles = new Set(officers(demo).map((p) => p.jobTitle));
    for (const t of [
      'Chief Executive',
      'Director of Adult Social Services',
      "Director of Children's Services",
      'Social Worker',
      'Senior Social Worker',
      'Occupational Therapist',
      'Care Coordinator',
      'Reablement Support Worker',
      'Family Support Worker',
      'Business Support Officer',
    ]) {
      expect(titles).toContain(t);
    }
    const surnames = new Set(scale.people.map((p) => p.name.split(' ').slice(1).join(' ')));
    expect(surnames.size).toBeGreaterThan(200);
    for (const name of ['Patel', 'Khan', "O'Brien", 'Okafor', 'Smith']) expect(surnames).toContain(name);
  });

  it('numbers duplicate e-mails instead of reusing them', () => {
    expect(scale.people.some((p) => /\d@/.test(p.email ?? ''))).toBe(true);
  });

  it('staffs leaf teams with a typical team size of 5 to 12', () => {
    const serviceOf = new Map<string, number>();
    for (const p of officers(demo)) if (p.serviceKey !== null) serviceOf.set(p.serviceKey, (serviceOf.get(p.serviceKey) ?? 0) + 1);
    const parents = new Set(demo.services.map((s) => s.parentKey));
    const sizes = demo.services
      .filter((s) => !parents.has(s.key))
      .map((s) => serviceOf.get(s.key) ?? 0)
      .sort((a, b) => a - b);
    const median = sizes[sizes.length >> 1]!;
    expect(median).toBeGreaterThanOrEqual(5);
    expect(median).toBeLessThanOrEqual(16); // owner + staff
  });
});
