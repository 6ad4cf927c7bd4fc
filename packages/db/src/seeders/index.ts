import { seedDemoAccounts } from './demo-accounts.js';
import { Council } from '../organisation/council.entity.js';
import { Directorate } from '../organisation/directorate.entity.js';
import type { Em, Orm } from '../orm.js';
import { seedCascadeDemo } from './cascade-demo.js';
import { seedCommentaryDemo } from './commentary-demo.js';
import { seedGovernanceDemo } from './governance-demo.js';
import { generateOrganisation } from './organisation-generator.js';
import { insertOrganisation } from './organisation-seeder.js';
import { seedDemoIndicators, seedIndicatorDefinitions, seedPublishedData } from './indicators.js';
import { seedReferenceCouncils } from './reference.js';
import { seedSchemeOfDelegation } from './scheme-of-delegation.js';

export { readReferenceCouncils, seedReferenceCouncils } from './reference.js';
export { generateOrganisation } from './organisation-generator.js';
export {
  readIndicatorDefinitions,
  seedIndicatorDefinitions,
  seedPublishedData,
  referenceDataDir,
  DEMO_LOCAL_INDICATORS,
  PUBLISHED_FILES,
} from './indicators.js';
export { insertOrganisation } from './organisation-seeder.js';
export { developerText } from './indicator-wording.js';
export { seedCascadeDemo, DEMO_CASCADE_PERIOD, DEMO_HISTORY_PERIOD } from './cascade-demo.js';
export { seedGovernanceDemo, DEMO_GOVERNANCE_AS_OF } from './governance-demo.js';

/** The demo organisation is fictional people placed in a real council, so its indicators compare with real councils. */
export const DEMO_COUNCIL_GSS = 'E10000029'; // Suffolk
/** 240 officers plus about 60 councillors: about 300 people, 30 services and teams. */
export const DEMO_SIZE = { people: 240, services: 30, seed: 1 } as const;
/** The scale seed's default council: a large county. */
export const SCALE_COUNCIL_GSS = 'E10000017'; // Lancashire

export interface SeedOrganisationOptions {
  gssCode: string;
  people: number;
  services: number;
  seed?: number;
}

async function councilByGss(em: Em, gssCode: string): Promise<Council> {
  const council = await em.findOne(Council, { gssCode });
  if (!council) throw new Error(`No council with GSS code ${gssCode}: seed the reference councils first.`);
  return council;
}

/**
 * Generates and inserts an organisation (deterministic for the same options) into a council that has
 * none yet. Returns false, changing nothing, when the council already has directorates.
 */
export async function seedOrganisation(em: Em, options: SeedOrganisationOptions): Promise<boolean> {
  return em.transactional(async (tx) => {
    const council = await councilByGss(tx, options.gssCode);
    if ((await tx.count(Directorate, { council: council.id })) > 0) return false;
    const domain = `${council.name.toLowerCase().replace(/[^a-z]+/g, '')}.gov.uk`;
    const org = generateOrganisation({ seed: options.seed ?? 1, people: options.people, services: options.services, emailDomain: domain });
    await insertOrganisation(tx, council.id, org);
    return true;
  });
}

/**
 * A feature's part of a seed (golden thread, indicators, delegation...). Reference seeders run on
 * every empty database after the councils; demo seeders run after the demo council's organisation,
 * in the same transaction. Each must be deterministic. A new feature adds one line to the lists.
 */
export interface ReferenceSeeder {
  name: string;
  seed: (em: Em) => Promise<void>;
}

export interface DemoSeeder {
  name: string;
  seed: (em: Em, council: Council) => Promise<void>;
}

export const referenceSeeders: readonly ReferenceSeeder[] = [
  { name: 'indicator definitions', seed: async (em) => void (await seedIndicatorDefinitions(em)) },
];
export const demoSeeders: readonly DemoSeeder[] = [
  { name: 'indicators', seed: seedDemoIndicators },
  { name: 'cascade', seed: seedCascadeDemo },
  { name: 'delegation', seed: async (em, council) => void (await seedSchemeOfDelegation(em, council, { problems: true })) },
  { name: 'governance', seed: seedGovernanceDemo },
  { name: 'commentary', seed: seedCommentaryDemo },
  // After governance: its risk manager, complaints and scrutiny officers get accounts.
  { name: 'access', seed: async (em, council) => void (await seedDemoAccounts(em, council)) },
];

/**
 * Large published data sets (tens of thousands of rows), loaded after the reference seeders by the
 * start command and `seed reference`, but not by default in tests (they ask for them: testkit option
 * `publishedData`). Each must be idempotent.
 */
export const publishedDataSeeders: readonly ReferenceSeeder[] = [
  { name: 'ASCOF and Oflog published values', seed: async (em) => void (await seedPublishedData(em)) },
];

/** Every feature's published data (real ASCOF and Oflog values for every council). */
export async function seedPublished(em: Em): Promise<void> {
  for (const feature of publishedDataSeeders) await feature.seed(em);
}

/** The demo council: its organisation, then every feature's demo data. False if it already has one. */
export async function seedDemo(em: Em): Promise<boolean> {
  const created = await seedOrganisation(em, { gssCode: DEMO_COUNCIL_GSS, ...DEMO_SIZE });
  if (!created) return false;
  await em.transactional(async (tx) => {
    const council = await councilByGss(tx, DEMO_COUNCIL_GSS);
    for (const feature of demoSeeders) await feature.seed(tx, council);
  });
  return true;
}

/** The councils and every feature's reference data (indicator definitions, published values...). */
export async function seedReference(em: Em): Promise<number> {
  return em.transactional(async (tx) => {
    const councils = await seedReferenceCouncils(tx);
    for (const feature of referenceSeeders) await feature.seed(tx);
    return councils;
  });
}

export interface SeedReport {
  councils: number;
  demo: boolean;
}

/** What the start command does: on an empty database, the reference councils and the demo council. */
export async function seedIfEmpty(orm: Orm, withDemo = true): Promise<SeedReport | null> {
  const em = orm.em.fork();
  if ((await em.count(Council, {})) > 0) return null;
  const councils = await seedReference(em);
  await seedPublished(orm.em.fork());
  const demo = withDemo ? await seedDemo(orm.em.fork()) : false;
  return { councils, demo };
}
