/**
 * Who may change the organisation: the write target each of its mutations asks `requireWrite` for,
 * in one place, so the services check it and `viewerCan` (organisation.permissions.ts) asks the same
 * question with `mayWrite`.
 */
import type { WriteTarget } from '../../access/access.js';

/** Create, rename or delete a directorate, and name the council's MI-responsible manager: the council's writers. */
export function councilWriteTarget(councilId: number): WriteTarget {
  return { kind: 'council', councilId };
}

/** Change, delete or re-own a service or team, or add a team inside it: the service's writers. */
export function serviceWriteTarget(councilId: number, serviceId: number): WriteTarget {
  return { kind: 'service', councilId, serviceId };
}

/** Add a service: under its parent service (a team), or at the top of a directorate (the directorate's writers). */
export function newServiceWriteTarget(councilId: number, directorateId: number, parentId: number | null): WriteTarget {
  return parentId !== null ? serviceWriteTarget(councilId, parentId) : { kind: 'directorate', councilId, directorateId };
}

/** Move a top-level service into a directorate: the directorate's writers. */
export function directorateWriteTarget(councilId: number, directorateId: number): WriteTarget {
  return { kind: 'directorate', councilId, directorateId };
}

/** Change a person's record: their managers (above them in line management) and administrators. */
export function personWriteTarget(councilId: number, personId: number): WriteTarget {
  return { kind: 'person', councilId, personId };
}

/** Add or delete a person: the council's administrators. */
export function peopleAdminTarget(councilId: number): WriteTarget {
  return { kind: 'admin', councilId };
}
