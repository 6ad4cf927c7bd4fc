import fs from 'node:fs';
import { SchemeCsvService, SystemAccess } from '@goldenthread/api';
import { Council, DEMO_COUNCIL_GSS, migrate, openOrm, SCALE_COUNCIL_GSS, seedDemo, seedOrganisation, seedReference, seedSchemeOfDelegation, type Em } from '@goldenthread/db';
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
                           2000 services, council ${SCALE_COUNCIL_GSS}), with a scheme of delegation
  import-delegations <file.csv> --council GSS [--dry-run]
                           import a council's scheme of delegation (README "Scheme of delegation
                           CSV"): all or nothing, every bad row reported with its line
  export-delegations --council GSS [--out file.csv]
                           write a council's scheme of delegation as CSV (to stdout by default)

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
        if (done) {
          const em2 = orm.em.fork() as Em;
          const council = await em2.findOneOrFail(Council, { gssCode });
          await em2.transactional((tx) => seedSchemeOfDelegation(tx as Em, council));
        }
        console.log(done ? `Seeded ${people} people, ${services} services and a scheme of delegation into ${gssCode} in ${((Date.now() - started) / 1000).toFixed(1)} s.` : `${gssCode} already has an organisation; nothing changed.`);
        return 0;
      }
      console.error(`Unknown seed "${sub ?? ''}": use reference, demo or scale.\n\n${USAGE}`);
      return 2;
    }
    if (command === 'import-delegations' || command === 'export-delegations') {
      await migrate(orm);
      const gssCode = stringOption(args, 'council', '').toUpperCase();
      if (!gssCode) {
        console.error(`${command} needs --council <GSS code>, e.g. --council ${DEMO_COUNCIL_GSS}.`);
        return 2;
      }
      const em = orm.em.fork() as Em;
      const council = await em.findOne(Council, { gssCode });
      if (!council) {
        console.error(`No council with GSS code ${gssCode}.`);
        return 2;
      }
      const csv = new SchemeCsvService(em, new SystemAccess());
      if (command === 'export-delegations') {
        const text = await csv.export(council.id);
        const out = stringOption(args, 'out', '');
        if (out) {
          fs.writeFileSync(out, text);
          console.error(`Wrote ${text.split('\n').length - 2} delegations of ${council.name} to ${out}.`);
        } else process.stdout.write(text);
        return 0;
      }
      const file = sub;
      if (!file || file.startsWith('--')) {
        console.error('import-delegations needs the CSV file: import-delegations <file.csv> --council GSS [--dry-run]');
        return 2;
      }
      const text = fs.readFileSync(file, 'utf8');
      const dryRun = args.includes('--dry-run');
      const report = await csv.import(council.id, text, dryRun);
      if (report.errors.length) {
        console.error(`${file}: ${report.errors.length} ${report.errors.length === 1 ? 'row is' : 'rows are'} wrong, so nothing was imported:`);
        for (const e of report.errors) console.error(`  line ${e.line}${e.column ? ` (${e.column})` : ''}: ${e.message}`);
        return 1;
      }
      const summary = `${report.rows} rows: ${report.created} new, ${report.updated} changed, ${report.unchanged} unchanged; ${report.powersCreated} new powers.`;
      console.log(dryRun ? `Dry run, nothing stored. ${summary}` : `Imported into ${council.name}. ${summary}`);
      return 0;
    }
    console.error(`Unknown command "${command}".\n\n${USAGE}`);
    return 2;
  } finally {
    await orm.close(true);
  }
}
