/** The command line's options and the audited EntityManager every command that writes uses. */
import { setAuditActor, type Em, type Orm } from '@goldenthread/db';

export function option(args: string[], name: string, fallback: number): number {
  const i = args.indexOf(`--${name}`);
  if (i < 0) return fallback;
  const value = Number(args[i + 1]);
  if (!Number.isInteger(value) || value <= 0) throw new Error(`--${name} needs a positive whole number, got "${args[i + 1] ?? ''}".`);
  return value;
}

export function stringOption(args: string[], name: string, fallback: string): string {
  const i = args.indexOf(`--${name}`);
  return i < 0 ? fallback : (args[i + 1] ?? fallback);
}

export function required(args: string[], name: string): string {
  const value = stringOption(args, name, '');
  if (!value || value.startsWith('--')) throw new Error(`--${name} is required.`);
  return value;
}

/** An EntityManager whose writes the audit trail records as `cli (OPERATOR)` doing `operation`. */
export function cliEm(orm: Orm, operation: string, operator?: string | null): Em {
  const em = orm.em.fork();
  setAuditActor(em, { kind: 'system', label: operator ? `cli (${operator})` : 'cli', operation });
  return em;
}
