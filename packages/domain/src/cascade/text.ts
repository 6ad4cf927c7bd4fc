/** Small wording helpers so every message reads the same way. Internal to the cascade rules. */
import type { PriorityLevel, PriorityStatus } from './enums.js';

/** A name in quotes, as messages show it: 'Reduce waiting lists'. */
export function q(name: string): string {
  return `'${name}'`;
}

/** "a", "a and b", "a, b and c"; beyond `max` items: "a, b, c and 4 more". */
export function list(items: readonly string[], max = 5): string {
  if (items.length === 0) return '';
  if (items.length > max) {
    const shown = items.slice(0, max);
    return `${shown.join(', ')} and ${items.length - max} more`;
  }
  if (items.length === 1) return items[0] ?? '';
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1] ?? ''}`;
}

/** Names in quotes, listed. */
export function quotedList(names: readonly string[], max = 5): string {
  return list(names.map(q), max);
}

export function plural(count: number, one: string, many = `${one}s`): string {
  return `${count} ${count === 1 ? one : many}`;
}

const LEVEL_WORDS: Record<PriorityLevel, string> = {
  CORPORATE: 'corporate',
  DIRECTORATE: 'directorate',
  SERVICE: 'service',
};

export function levelWord(level: PriorityLevel): string {
  return LEVEL_WORDS[level];
}

const STATUS_WORDS: Record<PriorityStatus, string> = {
  DRAFT: 'draft',
  AGREED: 'agreed',
  COMMUNICATED: 'communicated',
};

export function statusWord(status: PriorityStatus): string {
  return STATUS_WORDS[status];
}

/** "a" or "an" before a word. */
export function article(word: string): string {
  return /^[aeiou]/i.test(word) ? 'an' : 'a';
}

/** Numbers as people write them: no trailing zeros, at most 2 decimals. */
export function num(value: number): string {
  return Number.isInteger(value) ? String(value) : String(Math.round(value * 100) / 100);
}
