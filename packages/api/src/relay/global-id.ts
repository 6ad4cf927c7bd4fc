import { badInput } from '../errors.js';

/**
 * Global ids follow the Relay convention: opaque strings that name the type and the record, here
 * base64url("Type:id"). A client may only pass them back, never build them.
 */
export function toGlobalId(type: string, id: number): string {
  return Buffer.from(`${type}:${id}`, 'utf8').toString('base64url');
}

export function fromGlobalId(globalId: string): { type: string; id: number } | null {
  if (!/^[A-Za-z0-9_-]{1,64}$/.test(globalId)) return null;
  const decoded = Buffer.from(globalId, 'base64url').toString('utf8');
  const match = /^([A-Za-z]+):([1-9]\d{0,14})$/.exec(decoded);
  if (!match) return null;
  return { type: match[1]!, id: Number(match[2]) };
}

/** How a rejected id is quoted back: at most 64 characters, control characters shown as "?". */
export function quoteId(value: string): string {
  const printable = value.replace(/[\u0000-\u001f\u007f\ud800-\udfff]/g, '?');
  return printable.length > 64 ? `${printable.slice(0, 64)}... (${value.length} characters)` : printable;
}

/** Decodes an id argument that must name a record of `type`, or throws BAD_USER_INPUT naming the field. */
export function decodeId(field: string, globalId: string, type: string): number {
  const parsed = fromGlobalId(globalId);
  if (!parsed) throw badInput(field, `"${quoteId(globalId)}" is not a valid id.`);
  if (parsed.type !== type) throw badInput(field, `expected the id of a ${type}, but "${globalId}" is the id of a ${parsed.type}.`);
  return parsed.id;
}

export function decodeOptionalId(field: string, globalId: string | null | undefined, type: string): number | null | undefined {
  if (globalId === undefined) return undefined;
  if (globalId === null) return null;
  return decodeId(field, globalId, type);
}
