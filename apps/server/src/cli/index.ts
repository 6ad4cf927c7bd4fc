import fs from 'node:fs';
import { randomBytes } from 'node:crypto';
import { newApiKey, SchemeCsvService, SystemAccess } from '@goldenthread/api';
import {
  Account,
  ApiKey,
  Council,
  DEMO_COUNCIL_GSS,
  hashPassword,
  IMPORT_FORMATS,
  importMeasurements,
  MAX_IMPORT_BYTES,
  MeasurementStatus,
  migrate,
  openOrm,
  PASSWORD_MIN_LENGTH,
  Person,
  SCALE_COUNCIL_GSS,
  type Em,
  type ImportFormat,
  type Orm,
} from '@goldenthread/db';
import { readConfig } from '../config.js';
import { serve } from '../serve.js';
import { cliEm, required, stringOption } from './options.js';
import { runSeed } from './seed.js';

const USAGE = `Golden Thread server

Usage: golden-thread <command> [options]

Commands:
  serve                    migrate, seed an empty database and serve (default)
  migrate                  apply pending migrations
  seed reference           insert or refresh the English councils, the indicator definitions and
                           the published ASCOF and Oflog values of every council
  import <file> [--format ascof|ascof_outcomes|oflog|template] [--dry-run] [--council GSS]
         [--period 2020-21] [--status DRAFT|VALIDATED|PUBLISHED]
                           import measurements from a CSV file (at most ${MAX_IMPORT_BYTES / 1024 / 1024} MB), all or nothing;
                           the format is detected from the header when not given
  seed demo                the demo council's organisation (${DEMO_COUNCIL_GSS}), if it has none
  seed scale [--people N] [--services N] [--council GSS] [--seed N]
                           a large generated organisation for benchmarks (default 20000 people,
                           2000 services, council ${SCALE_COUNCIL_GSS}), with a scheme of delegation
  seed monthly [--indicators N] [--year 2024-25] [--council GSS,GSS] [--seed N]
                           bigger data for benchmarks: N (default 50) generated local monthly
                           indicators per council, each with a published figure for every month
  import-delegations <file.csv> --council GSS [--dry-run]
                           import a council's scheme of delegation (README "Scheme of delegation
                           CSV"): all or nothing, every bad row reported with its line
  export-delegations --council GSS [--out file.csv]
                           write a council's scheme of delegation as CSV (to stdout by default)
  account create-admin --council GSS --email EMAIL [--name NAME] [--password PASSWORD]
                           make EMAIL an administrator of the council (creating the person and
                           the account if needed); prints a generated password if none is given
  api-key create --council GSS --name NAME [--contact TEXT] [--expires YYYY-MM-DD]
                           issue a read-only partner API key (printed once, stored hashed)
  api-key revoke --prefix PREFIX
                           revoke the key whose public prefix is PREFIX

Every command that changes data records it in the audit trail as "cli (NAME)": NAME is given with
--as NAME (any command), else it is the login name (USER).

Environment: DATABASE_URL, GT_DATA_DIR, PORT, HOST, NODE_ENV, GT_JWT_SECRET and the limits (see README.md).`;

/**
 * Who runs a command, for the audit trail: `--as NAME`, else the login name (USER, USERNAME), else
 * nobody named. Returns the arguments without `--as NAME`.
 */
export function cliOperator(args: string[], env: NodeJS.ProcessEnv = process.env): { operator: string | null; args: string[] } {
  const i = args.indexOf('--as');
  if (i >= 0) {
    const name = args[i + 1]?.trim() ?? '';
    if (!name || name.startsWith('--')) throw new Error('--as needs the name of the person running the command, e.g. --as "Sam Jones".');
    return { operator: name.slice(0, 100), args: [...args.slice(0, i), ...args.slice(i + 2)] };
  }
  const login = (env.USER ?? env.USERNAME ?? '').trim();
  return { operator: login ? login.slice(0, 100) : null, args };
}

/**
 * An EntityManager whose changes the audit trail attributes to the command line (actor `cli`, or
 * `cli (NAME)` with the operator's name), as the API's request EntityManagers attribute theirs to
 * the person: every write through it, its forks and transactions is recorded (access/audit.ts).
 */
async function councilOf(em: Em, gss: string): Promise<Council> {
  const council = await em.findOne(Council, { gssCode: gss.trim().toUpperCase() });
  if (!council) throw new Error(`No council with GSS code ${gss}. Run \`seed reference\` first, or check the code.`);
  return council;
}

/** `account create-admin`: an administrator of a council, for a first sign-in on a fresh installation. */
export async function createAdminAccount(
  orm: Orm,
  options: { council: string; email: string; name?: string; password?: string; operator?: string | null },
): Promise<{ email: string; password: string; generated: boolean }> {
  const em = cliEm(orm, 'cli account create-admin', options.operator);
  const council = await councilOf(em, options.council);
  const email = options.email.trim().toLowerCase();
  if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email)) throw new Error(`"${options.email}" is not an e-mail address.`);
  const generated = !options.password;
  const password = options.password ?? randomBytes(12).toString('base64url');
  if (password.length < PASSWORD_MIN_LENGTH) throw new Error(`The password needs at least ${PASSWORD_MIN_LENGTH} characters.`);
  const existing = await em.findOne(Account, { email });
  if (existing && existing.council.id !== council.id) throw new Error(`${email} already signs in to another council.`);
  let person = await em.findOne(Person, { council: council.id, email });
  if (!person)
    person = em.create(Person, { council, name: options.name?.trim() || 'Council Administrator', email, jobTitle: 'Administrator' });
  const passwordHash = await hashPassword(password);
  if (existing) {
    existing.admin = true;
    existing.disabledAt = null;
    existing.passwordHash = passwordHash;
    existing.passwordChangedAt = new Date();
  } else {
    em.create(Account, { council, person, email, passwordHash, admin: true });
  }
  await em.flush();
  return { email, password, generated };
}

/** `api-key create`: a partner key, printed once. */
export async function createApiKeyFromCli(
  orm: Orm,
  options: { council: string; name: string; contact?: string; expires?: string; operator?: string | null },
): Promise<{ key: string; prefix: string }> {
  const em = cliEm(orm, 'cli api-key create', options.operator);
  const council = await councilOf(em, options.council);
  let expiresAt: Date | null = null;
  if (options.expires) {
    expiresAt = new Date(options.expires);
    if (Number.isNaN(expiresAt.getTime()) || expiresAt <= new Date())
      throw new Error(`--expires must be a future date (YYYY-MM-DD), got "${options.expires}".`);
  }
  const made = newApiKey();
  em.create(ApiKey, {
    council,
    name: options.name.trim().slice(0, 200),
    contact: options.contact?.trim() || null,
    prefix: made.prefix,
    keyHash: made.hash,
    expiresAt,
  });
  await em.flush();
  return { key: made.key, prefix: made.prefix };
}

export async function revokeApiKeyFromCli(orm: Orm, prefix: string, operator?: string | null): Promise<boolean> {
  const em = cliEm(orm, 'cli api-key revoke', operator);
  const key = await em.findOne(ApiKey, { prefix: prefix.replace(/^gtk_/, '').slice(0, 12) });
  if (!key) return false;
  key.revokedAt ??= new Date();
  await em.flush();
  return true;
}

export async function runCli(argv: string[]): Promise<number | undefined> {
  const { operator, args } = cliOperator(argv);
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
    if (command === 'import') {
      await migrate(orm);
      return await runImport(cliEm(orm, 'cli import', operator), args.slice(1));
    }
    if (command === 'seed') {
      await migrate(orm);
      return await runSeed(orm, sub, args, operator, USAGE);
    }
    if (command === 'import-delegations' || command === 'export-delegations') {
      await migrate(orm);
      const gssCode = stringOption(args, 'council', '').toUpperCase();
      if (!gssCode) {
        console.error(`${command} needs --council <GSS code>, e.g. --council ${DEMO_COUNCIL_GSS}.`);
        return 2;
      }
      const em = cliEm(orm, `cli ${command}`, operator);
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
        console.error(
          `${file}: ${report.errors.length} ${report.errors.length === 1 ? 'row is' : 'rows are'} wrong, so nothing was imported:`,
        );
        for (const e of report.errors) console.error(`  line ${e.line}${e.column ? ` (${e.column})` : ''}: ${e.message}`);
        return 1;
      }
      const summary =
        `${report.rows} rows: ${report.created} new, ${report.updated} changed, ${report.unchanged} unchanged; ` +
        `${report.powersCreated} new powers.`;
      console.log(dryRun ? `Dry run, nothing stored. ${summary}` : `Imported into ${council.name}. ${summary}`);
      return 0;
    }
    if (command === 'account' && sub === 'create-admin') {
      await migrate(orm);
      const name = stringOption(args, 'name', '');
      const password = stringOption(args, 'password', '');
      const made = await createAdminAccount(orm, {
        council: required(args, 'council'),
        email: required(args, 'email'),
        ...(name ? { name } : {}),
        ...(password ? { password } : {}),
        operator,
      });
      console.log(`${made.email} is an administrator of ${required(args, 'council').toUpperCase()}.`);
      if (made.generated) console.log(`Password (shown once; change it after signing in): ${made.password}`);
      return 0;
    }
    if (command === 'api-key' && sub === 'create') {
      await migrate(orm);
      const contact = stringOption(args, 'contact', '');
      const expires = stringOption(args, 'expires', '');
      const made = await createApiKeyFromCli(orm, {
        council: required(args, 'council'),
        name: required(args, 'name'),
        ...(contact ? { contact } : {}),
        ...(expires ? { expires } : {}),
        operator,
      });
      console.log(`API key (shown once; give it to the partner, it is stored only as a hash):\n${made.key}`);
      return 0;
    }
    if (command === 'api-key' && sub === 'revoke') {
      const done = await revokeApiKeyFromCli(orm, required(args, 'prefix'), operator);
      console.log(done ? 'The key is revoked.' : 'No key has that prefix.');
      return done ? 0 : 1;
    }
    console.error(`Unknown command "${command}${sub ? ` ${sub}` : ''}".\n\n${USAGE}`);
    return 2;
  } finally {
    await orm.close(true);
  }
}

/** `import <file> [--format F] [--dry-run] [--council GSS] [--period P] [--status S]`. */
async function runImport(em: Em, args: string[]): Promise<number> {
  const file = args.find((a, i) => !a.startsWith('--') && !(i > 0 && args[i - 1]!.startsWith('--') && args[i - 1] !== '--dry-run'));
  if (!file) {
    console.error(`import needs a file.\n\n${USAGE}`);
    return 2;
  }
  const format = stringOption(args, 'format', '') || null;
  if (format && !IMPORT_FORMATS.includes(format as ImportFormat)) {
    console.error(`--format must be one of ${IMPORT_FORMATS.join(', ')}, not "${format}".`);
    return 2;
  }
  const statusText = stringOption(args, 'status', '').toUpperCase();
  if (statusText && !(statusText in MeasurementStatus)) {
    console.error(`--status must be DRAFT, VALIDATED or PUBLISHED, not "${statusText}".`);
    return 2;
  }
  let size: number;
  try {
    size = fs.statSync(file).size;
  } catch {
    console.error(`Cannot read ${file}: no such file.`);
    return 1;
  }
  if (size > MAX_IMPORT_BYTES) {
    console.error(
      `${file} is ${(size / 1024 / 1024).toFixed(1)} MB, more than the limit of ${MAX_IMPORT_BYTES / 1024 / 1024} MB: split it into ` +
        `smaller files (for example one per year).`,
    );
    return 1;
  }
  const dryRun = args.includes('--dry-run');
  const report = await importMeasurements(em, fs.createReadStream(file), {
    format: format as ImportFormat | null,
    councilGss: stringOption(args, 'council', '') || null,
    period: stringOption(args, 'period', '') || null,
    fileName: file,
    dryRun,
    status: statusText
      ? (statusText as MeasurementStatus)
      : (f) => (f === 'template' ? MeasurementStatus.DRAFT : MeasurementStatus.PUBLISHED),
  });
  if (report.fileError) {
    console.error(`${file}: ${report.fileError}`);
    return 1;
  }
  if (report.errorCount) {
    console.error(`${file}: ${report.errorCount} row(s) have problems, so nothing was imported:`);
    for (const e of report.errors) console.error(`  line ${e.line}${e.column ? ` (${e.column})` : ''}: ${e.message}`);
    if (report.errorCount > report.errors.length) console.error(`  ... and ${report.errorCount - report.errors.length} more.`);
    return 1;
  }
  const a = report.areaFigures;
  const counts =
    `${report.created} new, ${report.changed} changed, ${report.unchanged} unchanged (${report.linesRead} lines read, ` +
    `${report.skipped} skipped: not a council, England or a region, or another council than --council)` +
    (a.created + a.changed + a.unchanged ? `; England and regions: ${a.created} new, ${a.changed} changed, ${a.unchanged} unchanged` : '');
  console.log(
    dryRun
      ? `Dry run of ${file} (${report.format}): would store ${counts}. Nothing was written.`
      : `Imported ${file} (${report.format}): ${counts}.`,
  );
  return 0;
}
