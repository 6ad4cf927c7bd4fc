import { Council, Delegation, Directorate, Person, Service } from '@goldenthread/db';
import { ancestors, isIsoDate, validateEmail, validateName, wouldCreateCycle } from '@goldenthread/domain';
import { assertValid, badInput, conflict } from '../../errors.js';
import { idOf } from '../../loaders.js';
import { WriteService } from '../shared/lookup.js';
import { peopleAdminTarget, personWriteTarget } from './organisation-writes.js';
import type { CreatePersonInput, UpdatePersonInput } from './organisation.input.js';
import { listNames, plural } from './organisation.service.js';

/** Creates, changes and deletes people of a council: placement, managers (no loops) and who takes on their duties. */
export class PersonService extends WriteService {
  private async assertUniqueEmail(councilId: number, email: string, exceptId: number | null): Promise<void> {
    const clash = await this.em.findOne(Person, { council: councilId, email: email.toLowerCase() }, { fields: ['id', 'name'] });
    if (clash && clash.id !== exceptId) throw badInput('email', `${email} is already used by ${clash.name}.`);
  }

  private async lineParents(councilId: number): Promise<Map<number, { parentId: number | null; name: string }>> {
    const rows = await this.em.find(Person, { council: councilId }, { fields: ['id', 'name', 'lineManager'] });
    return new Map(rows.map((r) => [r.id, { parentId: idOf(r.lineManager), name: r.name }]));
  }

  private async placement(
    councilId: number,
    directorateId: string | null | undefined,
    serviceId: string | null | undefined,
  ): Promise<{ directorate?: Directorate | null; service?: Service | null }> {
    const service = await this.optional(Service, 'Service', 'serviceId', serviceId, councilId);
    let directorate = await this.optional(Directorate, 'Directorate', 'directorateId', directorateId, councilId);
    if (service && directorate && idOf(service.directorate) !== directorate.id) {
      throw badInput('serviceId', `'${service.name}' is not in directorate '${directorate.name}'.`);
    }
    if (service && directorate === undefined) directorate = await this.em.findOneOrFail(Directorate, { id: idOf(service.directorate)! });
    const result: { directorate?: Directorate | null; service?: Service | null } = {};
    if (directorate !== undefined) result.directorate = directorate;
    if (service !== undefined) result.service = service;
    return result;
  }

  async createPerson(input: CreatePersonInput): Promise<Person> {
    const council = await this.load(Council, 'Council', 'councilId', input.councilId);
    await this.access.requireWrite(peopleAdminTarget(council.id));
    assertValid(
      validateName('name', input.name),
      input.email ? validateEmail('email', input.email) : null,
      input.jobTitle ? validateName('jobTitle', input.jobTitle) : null,
    );
    if (input.email) await this.assertUniqueEmail(council.id, input.email.trim(), null);
    const place = await this.placement(council.id, input.directorateId, input.serviceId);
    const lineManager = await this.optional(Person, 'Person', 'lineManagerId', input.lineManagerId, council.id);
    const functionalManager = await this.optional(Person, 'Person', 'functionalManagerId', input.functionalManagerId, council.id);
    const person = this.em.create(Person, {
      council,
      name: input.name.trim(),
      email: input.email ? input.email.trim().toLowerCase() : null,
      jobTitle: input.jobTitle?.trim() || null,
      kind: input.kind ?? undefined,
      directorate: place.directorate ?? null,
      service: place.service ?? null,
      lineManager: lineManager ?? null,
      functionalManager: functionalManager ?? null,
    });
    await this.flush();
    return person;
  }

  async updatePerson(input: UpdatePersonInput): Promise<Person> {
    const person = await this.load(Person, 'Person', 'id', input.id);
    const councilId = idOf(person.council)!;
    await this.access.requireWrite(personWriteTarget(councilId, person.id));
    this.checkVersion(`${person.name}'s record`, person.version, input.version);
    if (input.name !== undefined) {
      if (input.name === null) throw badInput('name', 'The name must not be empty.');
      assertValid(validateName('name', input.name));
      person.name = input.name.trim();
    }
    if (input.email !== undefined) {
      if (input.email) {
        assertValid(validateEmail('email', input.email));
        await this.assertUniqueEmail(councilId, input.email.trim(), person.id);
      }
      person.email = input.email ? input.email.trim().toLowerCase() : null;
    }
    if (input.jobTitle !== undefined) {
      if (input.jobTitle) assertValid(validateName('jobTitle', input.jobTitle));
      person.jobTitle = input.jobTitle?.trim() || null;
    }
    if (input.kind) person.kind = input.kind;
    if (input.leftOn !== undefined) {
      const leftOn = input.leftOn?.trim() || null;
      if (leftOn !== null && !isIsoDate(leftOn)) throw badInput('leftOn', `"${input.leftOn}" is not a date (use YYYY-MM-DD).`);
      person.leftOn = leftOn;
    }
    if (input.directorateId !== undefined || input.serviceId !== undefined) {
      const place = await this.placement(councilId, input.directorateId, input.serviceId);
      if (place.directorate !== undefined)
        person.directorate = place.directorate ? this.em.getReference(Directorate, place.directorate.id, { wrapped: true }) : null;
      if (place.service !== undefined)
        person.service = place.service ? this.em.getReference(Service, place.service.id, { wrapped: true }) : null;
      const currentService = idOf(person.service);
      if (place.service === undefined && place.directorate && currentService !== null) {
        const svc = await this.em.findOneOrFail(Service, { id: currentService });
        if (idOf(svc.directorate) !== place.directorate.id) {
          throw badInput(
            'directorateId',
            `${person.name} works in '${svc.name}', which is not in '${place.directorate.name}': change the service too.`,
          );
        }
      }
    }
    if (input.lineManagerId !== undefined) {
      const manager = await this.optional(Person, 'Person', 'lineManagerId', input.lineManagerId, councilId);
      if (manager) {
        const index = await this.lineParents(councilId);
        if (wouldCreateCycle(person.id, manager.id, (id) => index.get(id)?.parentId ?? null)) {
          const why =
            manager.id === person.id
              ? 'nobody can be their own line manager'
              : `${manager.name} already reports, directly or through others, to ${person.name}`;
          throw badInput('lineManagerId', `Making ${manager.name} the line manager of ${person.name} would create a loop: ${why}.`, {
            nodes: [input.id, input.lineManagerId],
          });
        }
      }
      person.lineManager = manager ? this.em.getReference(Person, manager.id, { wrapped: true }) : null;
    }
    if (input.functionalManagerId !== undefined) {
      const manager = await this.optional(Person, 'Person', 'functionalManagerId', input.functionalManagerId, councilId);
      if (manager) {
        if (manager.id === person.id) throw badInput('functionalManagerId', `${person.name} cannot be their own functional manager.`);
      }
      person.functionalManager = manager ? this.em.getReference(Person, manager.id, { wrapped: true }) : null;
    }
    await this.flush();
    return person;
  }

  /**
   * Refused while the person is an accountable owner, a director or the MI-responsible manager, and
   * while people report to them unless `reassignReportsToId` names who takes them on.
   */
  async deletePerson(
    globalId: string,
    reassignReportsToId: string | null | undefined,
    version: number | null | undefined,
  ): Promise<{ deletedIds: number[]; reassigned: number }> {
    const person = await this.load(Person, 'Person', 'id', globalId);
    await this.access.requireWrite(peopleAdminTarget(idOf(person.council)!));
    this.checkVersion(`${person.name}'s record`, person.version, version);
    const councilId = idOf(person.council)!;
    const owned = await this.em.find(Service, { accountableOwner: person.id }, { fields: ['id', 'name'] });
    const directs = await this.em.find(Directorate, { director: person.id }, { fields: ['id', 'name'] });
    const miCouncil = await this.em.findOne(Council, { miResponsible: person.id }, { fields: ['id', 'name'] });
    // Delegations keep their holder and delegator for the record, revoked or not: they must be
    // revoked and reassigned (or the person kept) rather than lose who decided.
    const delegations = await this.em.count(Delegation, { $or: [{ toPerson: person.id }, { fromPerson: person.id }] });
    const duties: string[] = [];
    if (delegations) duties.push(`named in ${plural(delegations, 'delegation')} of the scheme of delegation (as holder or delegator)`);
    if (owned.length) duties.push(`accountable owner of ${plural(owned.length, 'service')} (${listNames(owned)})`);
    if (directs.length) duties.push(`director of ${listNames(directs)}`);
    if (miCouncil) duties.push(`the manager responsible for management information at ${miCouncil.name}`);
    if (duties.length) {
      throw conflict(`Cannot delete ${person.name}: they are ${duties.join(', ')}. Give these to someone else first.`);
    }
    const reports = await this.em.find(
      Person,
      { $or: [{ lineManager: person.id }, { functionalManager: person.id }] },
      { fields: ['id', 'name', 'lineManager', 'functionalManager'] },
    );
    let target: Person | null | undefined = null;
    if (reports.length) {
      target = await this.optional(Person, 'Person', 'reassignReportsToId', reassignReportsToId, councilId);
      if (!target) {
        throw conflict(
          `Cannot delete ${person.name}: ${plural(reports.length, 'person reports', 'people report')} to them (${listNames(reports)}). ` +
            `Say who takes them on with reassignReportsToId.`,
          {
            reports: reports.length,
          },
        );
      }
      if (target.id === person.id) throw badInput('reassignReportsToId', `${person.name} is the person being deleted.`);
      const index = await this.lineParents(councilId);
      const targetChain = ancestors(target.id, (id) => index.get(id)?.parentId ?? null);
      const directIds = new Set(reports.filter((r) => idOf(r.lineManager) === person.id).map((r) => r.id));
      if (targetChain.includes(person.id) && !directIds.has(target.id)) {
        throw badInput(
          'reassignReportsToId',
          `${target.name} is below ${person.name} in line management, under one of the people who would report to them: that would ` +
            `create a loop. Choose a direct report or someone outside ${person.name}'s line.`,
        );
      }
    }
    await this.em.transactional(async (em) => {
      if (target) {
        const newManagerOfTarget = idOf(person.lineManager);
        for (const r of reports) {
          if (idOf(r.lineManager) === person.id) {
            await em.nativeUpdate(Person, { id: r.id }, { lineManager: r.id === target.id ? newManagerOfTarget : target.id });
          }
          if (idOf(r.functionalManager) === person.id) {
            await em.nativeUpdate(Person, { id: r.id }, { functionalManager: r.id === target.id ? null : target.id });
          }
        }
      }
      await em.nativeDelete(Person, { id: person.id });
    });
    return { deletedIds: [person.id], reassigned: reports.length };
  }
}
