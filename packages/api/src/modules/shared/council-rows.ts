/**
 * A council's people, services and directorates as plain rows (plain-rows.ts), read at most once for
 * whoever asks within one computation. The health check loads the golden thread and the governance
 * snapshot of two financial years, and each names the same 20,000 people of a large council: one read
 * serves all four. Make one per computation, never per server: it does not see later writes.
 */
import { Directorate, type Em, Person, Service } from '@goldenthread/db';
import { plainRows } from './plain-rows.js';

const byName = { name: 'asc', id: 'asc' } as const;

function readPeople(em: Em, councilId: number) {
  return plainRows(em, Person, { council: councilId }, ['id', 'name', 'kind', 'leftOn'] as const, byName);
}
function readServices(em: Em, councilId: number) {
  return plainRows(em, Service, { council: councilId }, ['id', 'name', 'kind', 'directorate'] as const, byName);
}
function readDirectorates(em: Em, councilId: number) {
  return plainRows(em, Directorate, { council: councilId }, ['id', 'name'] as const, byName);
}

export type CouncilPersonRow = Awaited<ReturnType<typeof readPeople>>[number];
export type CouncilServiceRow = Awaited<ReturnType<typeof readServices>>[number];
export type CouncilDirectorateRow = Awaited<ReturnType<typeof readDirectorates>>[number];

/** The council's rows, each list ordered by name then id, read on first use. */
export class CouncilRows {
  private peopleRead?: Promise<CouncilPersonRow[]>;
  private servicesRead?: Promise<CouncilServiceRow[]>;
  private directoratesRead?: Promise<CouncilDirectorateRow[]>;

  constructor(
    private readonly em: Em,
    readonly councilId: number,
  ) {}

  people(): Promise<CouncilPersonRow[]> {
    this.peopleRead ??= readPeople(this.em, this.councilId);
    return this.peopleRead;
  }

  services(): Promise<CouncilServiceRow[]> {
    this.servicesRead ??= readServices(this.em, this.councilId);
    return this.servicesRead;
  }

  directorates(): Promise<CouncilDirectorateRow[]> {
    this.directoratesRead ??= readDirectorates(this.em, this.councilId);
    return this.directoratesRead;
  }
}

/** The given reads when they are this council's, else fresh ones. */
export function councilRowsFor(em: Em, councilId: number, given?: CouncilRows): CouncilRows {
  return given && given.councilId === councilId ? given : new CouncilRows(em, councilId);
}
