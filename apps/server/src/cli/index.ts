import { DEMO_COUNCIL_GSS, migrate, openOrm, SCALE_COUNCIL_GSS, seedDemo, seedOrganisation, seedReference, type Em } from '@goldenthread/db';
import { readConfig } from '../config.js';
import { serve } from '../serve.js';

const USAGE = `Golden Thread server

Usage: golden-thread <command> [options]

Commands:
  serve                    migrate, seed an empty database and serve (default)
  migrate                  apply pending migrations
  seed reference           insert or refresh the English councils
  seed demo                the demo council's organisation (${DEMO_COUNCIL_GSS}), if it has none
  seed scale [--people N] [--services N] [--council GSS] [--seed N]
                           a large generated organisation for benchmarks (default 20000 people,
                           2000 services, council ${SCALE_COUNCIL_GSS})

Environment: DATABASE_URL, GT_DATA_DIR, PORT, HOST, NODE_ENV (see README.md).`;

function option(args: string[], name: string, fallback: number): number {
  const i = args.indexOf(`--${name}`);
  if (i < 0) return fallback;
  const value = Number(args[i + 1]);
  if (!Number.isInteger(value) || value <= 0) throw new Error(`--${name} needs a positive whole number, got "${args[i + 1] ?? ''}".`);
  return value;
}

function stringOption(args: string[], name: string, fallback: string): string {
  const i = args.indexOf(`--${name}`);
  return i < 0 ? fallback : (args[i + 1] ?? fallback);
}

export async function runCli(args: string[]): Promise<number | undefined> {
  const [command = 'serve', sub] = args;
  const config = readConfig();
  if (command === 'help' || command === '--help' || command === '-h') {
    console.log(USAGE);
    return 0;
  }
  if (command === 'serve') {
    await serve(config);
    return undefined;
  }
  const orm = await openOrm({ databaseUrl: config.databaseUrl, dataDir: config.dataDir });
  try {
    if (command === 'migrate') {
      const applied = await migrate(orm);
      console.log(applied.length ? `Applied: ${applied.join(', ')}` : 'The database is up to date.');
      return 0;
    }
    if (command === 'seed') {
      await migrate(orm);
      const em = orm.em.fork() as Em;
      if (sub === 'reference') {
        console.log(`${await seedReference(em)} councils in the reference list; reference data refreshed.`);
        return 0;
      }
      if (sub === 'demo') {
        await seedReference(em);
        console.log((await seedDemo(orm.em.fork() as Em)) ? 'Seeded the demo council.' : 'The demo council already has an organisation; nothing changed.');
        return 0;
      }
      if (sub === 'scale') {
        await seedReference(em);
        const people = option(args, 'people', 20_000);
        const services = option(args, 'services', 2_000);
        const gssCode = stringOption(args, 'council', SCALE_COUNCIL_GSS);
        const started = Date.now();
        const done = await seedOrganisation(orm.em.fork() as Em, { gssCode, people, services, seed: option(args, 'seed', 1) });
        console.log(done ? `Seeded ${people} people and ${services} services into ${gssCode} in ${((Date.now() - started) / 1000).toFixed(1)} s.` : `${gssCode} already has an organisation; nothing changed.`);
        return 0;
      }
      console.error(`Unknown seed "${sub ?? ''}": use reference, demo or scale.\n\n${USAGE}`);
      return 2;
    }
    console.error(`Unknown command "${command}".\n\n${USAGE}`);
    return 2;
  } finally {
    await orm.close(true);
  }
}
