/** The checks of who answers for the data: indicators' data owners and the MI-responsible manager (see checks.ts). */
import { type Finding } from '../findings.js';
import { listNames, nodeRef, personName, personRef, personStatus, statusClause } from './labels.js';
import { asAccountabilityIndex, type AccountabilityIndex } from './scope.js';
import type { AccountabilitySnapshot } from './types.js';
import { finding, isActive } from './checks.common.js';

/** DATA_OWNER_MISSING: an indicator in use with no active data owner. */
export function dataOwnerFindings(snapshot: AccountabilitySnapshot | AccountabilityIndex): Finding[] {
  const index = asAccountabilityIndex(snapshot);
  const out: Finding[] = [];
  const mi = miResponsibleNamed(index).find((id) => isActive(index, id)) ?? null;
  for (const ind of index.snapshot.indicatorsInUse) {
    const ownerId = ind.dataOwnerId;
    if (isActive(index, ownerId)) continue;
    const nodes = [nodeRef('Indicator', ind.id, ind.name)];
    if (ownerId !== null) nodes.push(personRef(index, ownerId));
    const message =
      ownerId === null
        ? `The indicator "${ind.name}" is in use but has no data owner, so nobody is answerable for the accuracy of its figures.`
        : `The indicator "${ind.name}" is in use but its data owner, ${personName(index, ownerId)}, ${statusClause(personStatus(index, ownerId))}, so nobody is answerable for the accuracy of its figures.`;
    const fix =
      `Name an active data owner for "${ind.name}" who checks its figures before they are validated` +
      (mi !== null ? ` (${personName(index, mi)}, responsible for management information, should appoint one).` : '.');
    out.push(finding('DATA_OWNER_MISSING', nodes, message, fix));
  }
  return out;
}

/** The distinct people named as MI-responsible: miResponsibleIds when given, else miResponsibleId. */
export function miResponsibleNamed(snapshot: AccountabilitySnapshot | AccountabilityIndex): number[] {
  const council = asAccountabilityIndex(snapshot).snapshot.council;
  const ids = council.miResponsibleIds ?? (council.miResponsibleId !== null ? [council.miResponsibleId] : []);
  return [...new Set(ids)];
}

/** MI_OWNER_MISSING / MI_OWNER_AMBIGUOUS: the council must have exactly one active MI-responsible senior manager. */
export function miOwnerFindings(snapshot: AccountabilitySnapshot | AccountabilityIndex): Finding[] {
  const index = asAccountabilityIndex(snapshot);
  const council = index.snapshot.council;
  const councilRef = nodeRef('Council', council.id, council.name);
  const named = miResponsibleNamed(index);
  const active = named.filter((id) => isActive(index, id));
  const out: Finding[] = [];
  if (named.length > 1) {
    const names = named.map((id) => personName(index, id));
    const keep = active.length > 0 ? `one of ${listNames(active.map((id) => personName(index, id)))}` : 'one active senior manager';
    out.push(
      finding(
        'MI_OWNER_AMBIGUOUS',
        [councilRef, ...named.map((id) => personRef(index, id))],
        `${council.name} names ${named.length} people as the senior manager ultimately responsible for accurate and timely management information (${listNames(names)}); there must be exactly one, or nobody clearly is.`,
        `Choose ${keep} as responsible for management information and record only that person.`,
      ),
    );
  }
  if (active.length === 0) {
    const nodes = [councilRef, ...named.map((id) => personRef(index, id))];
    const message =
      named.length === 0
        ? `${council.name} has no senior manager responsible for accurate and timely management information, so nobody answers for its data or can authorise its publication.`
        : `${council.name} has no active senior manager responsible for management information: ${named
            .map((id) => `${personName(index, id)}, ${statusClause(personStatus(index, id))}`)
            .join('; ')}.`;
    const director = index.snapshot.directorates.find((d) => isActive(index, d.directorId));
    const example = director ? ` (for example ${personName(index, director.directorId)}, director of ${director.name})` : '';
    out.push(
      finding(
        'MI_OWNER_MISSING',
        nodes,
        message,
        `Record one active senior manager${example} as responsible for management information for ${council.name}.`,
        director ? personRef(index, director.directorId!) : undefined,
      ),
    );
  }
  return out;
}
