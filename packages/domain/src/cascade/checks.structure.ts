/** Golden-thread checks of the cascade's structure: loops and parent links (checks.ts). */
import { type Finding } from '../findings.js';
import { type CascadeIndex } from './model.js';
import { article, levelWord, list, q } from './text.js';
import type { PriorityLevel, PriorityRow } from './types.js';
import { finding, levelName } from './checks.shared.js';

const PARENT_LEVEL: Record<PriorityLevel, PriorityLevel | null> = {
  CORPORATE: null,
  DIRECTORATE: 'CORPORATE',
  SERVICE: 'DIRECTORATE',
};

export function cycles(ix: CascadeIndex): Finding[] {
  return ix.cycles.map((loop) => {
    const rows = loop.map((id) => ix.priorities.get(id)).filter((p): p is PriorityRow => p !== undefined);
    const names = rows.map((p) => q(p.name));
    const first = rows[0];
    let message: string;
    if (rows.length === 1 && first) {
      message = `The priority ${q(first.name)} is recorded as its own parent, so the golden thread cannot be followed up from it.`;
    } else {
      const links = rows.map((p, i) => `${q(p.name)} sits under ${q((rows[(i + 1) % rows.length] ?? p).name)}`);
      message =
        `The priorities ${list(names, 10)} form a loop (${list(links, 10)}), ` +
        `so the golden thread cannot be followed up through them to a corporate priority.`;
    }
    return finding(
      'CYCLE',
      rows.map((p) => ix.priorityRef(p)),
      message,
      `Decide where each of these priorities belongs and correct one parent link to break the loop ` +
        `(a corporate priority has no parent; a directorate priority sits under a corporate one; a service priority under a directorate ` +
        `one).`,
    );
  });
}

export function parentLinks(ix: CascadeIndex): Finding[] {
  const out: Finding[] = [];
  for (const p of ix.activePriorities) {
    if (ix.cycleOf.has(p.id)) continue;
    const expected = PARENT_LEVEL[p.level];
    const parent = p.parentId === null ? undefined : ix.allPriorities.get(p.parentId);
    if (expected === null) {
      if (p.parentId === null) continue;
      out.push(
        finding(
          'PARENT_LEVEL_MISMATCH',
          parent ? [ix.priorityRef(p), ix.priorityRef(parent)] : [ix.priorityRef(p)],
          parent
            ? `The corporate priority ${q(p.name)} is placed under ${q(parent.name)}, but corporate priorities sit at the top of the ` +
                `cascade.`
            : `The corporate priority ${q(p.name)} points to a parent priority that does not exist (id ${p.parentId}); corporate ` +
                `priorities sit at the top of the cascade.`,
          `Remove the parent of ${q(p.name)}, or change its level if it really belongs under another priority.`,
        ),
      );
      continue;
    }
    const above = `${article(levelWord(expected))} ${levelWord(expected)} priority`;
    const fix = `Place ${q(p.name)} under the ${levelWord(expected)} priority it serves, so the thread runs up to a corporate priority.`;
    if (p.parentId === null) {
      out.push(
        finding(
          'ORPHAN_PRIORITY',
          [ix.priorityRef(p)],
          `The ${levelName(p)} is not placed under ${above}, so the golden thread breaks there: nobody can see which corporate priority ` +
            `it serves.`,
          fix,
        ),
      );
      continue;
    }
    if (!parent) {
      out.push(
        finding(
          'ORPHAN_PRIORITY',
          [ix.priorityRef(p)],
          `The ${levelName(p)} sits under a parent priority that does not exist (id ${p.parentId}), so the golden thread breaks there.`,
          fix,
        ),
      );
      continue;
    }
    if (parent.period !== ix.period || ix.priorities.get(parent.id) !== parent) {
      out.push(
        finding(
          'ORPHAN_PRIORITY',
          [ix.priorityRef(p), ix.priorityRef(parent)],
          `The ${levelName(p)} sits under ${q(parent.name)}, a priority of ${parent.period} rather than ${ix.period}, so the golden ` +
            `thread breaks there.`,
          fix,
        ),
      );
      continue;
    }
    if (parent.isNonPriority) {
      out.push(
        finding(
          'ORPHAN_PRIORITY',
          [ix.priorityRef(p), ix.priorityRef(parent)],
          `The ${levelName(p)} sits under ${q(parent.name)}, which the council has said is not a priority, so the golden thread breaks ` +
            `there.`,
          `${fix} If ${q(p.name)} should not be pursued either, mark it as not a priority with a reason.`,
        ),
      );
      continue;
    }
    if (parent.level !== expected) {
      out.push(
        finding(
          'PARENT_LEVEL_MISMATCH',
          [ix.priorityRef(p), ix.priorityRef(parent)],
          `The ${levelName(p)} sits under the ${levelName(parent)}; it should sit under ${above}.`,
          `Move ${q(p.name)} under the right ${levelWord(expected)} priority, or correct the level of one of the two.`,
        ),
      );
    }
  }
  return out;
}
