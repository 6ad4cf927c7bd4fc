import { Council, Directorate, Person, Service, ServiceKind, type Em } from '@goldenthread/db';
import { ancestors, validateName, wouldCreateCycle } from '@goldenthread/domain';
import { assertValid, badInput, conflict } from '../../errors.js';
import { idOf } from '../../loaders.js';
import { WriteService } from '../shared/lookup.js';
import { councilWriteTarget, directorateWriteTarget, newServiceWriteTarget, serviceWriteTarget } from './organisation-writes.js';
import type { CreateDirectorateInput, CreateServiceInput, UpdateDirectorateInput, UpdateServiceInput } from './organisation.input.js';

type Named = { id: number; name: string };

export function listNames(items: Named[], max = 3): string {
  const names = items.slice(0, max).map((i) => `'${i.name}'`);
  const more = items.length - names.length;
  return more > 0 ? `${names.join(', ')} and ${more} more` : names.join(', ');
}

export function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** Creates, changes and deletes directorates and services, keeping the organisation whole (people: PersonService). */
export class OrganisationService extends WriteService {
  // ---------------------------------------------------------------- directorates

  async createDirectorate(input: CreateDirectorateInput): Promise<Directorate> {
    const council = await this.load(Council, 'Council', 'councilId', input.councilId);
    await this.access.requireWrite(councilWriteTarget(council.id));
    assertValid(validateName('name', input.name));
    const director = await this.optional(Person, 'Person', 'directorId', input.directorId, council.id);
    await this.assertUniqueDirectorateName(council.id, input.name.trim(), null);
    const directorate = this.em.create(Directorate, {
      council,
      name: input.name.trim(),
      code: input.code?.trim() || null,
      director: director ?? null,
    });
    await this.flush();
    return directorate;
  }

  async updateDirectorate(input: UpdateDirectorateInput): Promise<Directorate> {
    const directorate = await this.load(Directorate, 'Directorate', 'id', input.id);
    const councilId = idOf(directorate.council)!;
    await this.access.requireWrite(councilWriteTarget(councilId));
    this.checkVersion(`Directorate '${directorate.name}'`, directorate.version, input.version);
    if (input.name !== undefined) {
      if (input.name === null) throw badInput('name', 'The name must not be empty.');
      assertValid(validateName('name', input.name));
      await this.assertUniqueDirectorateName(councilId, input.name.trim(), directorate.id);
      directorate.name = input.name.trim();
    }
    if (input.code !== undefined) directorate.code = input.code?.trim() || null;
    if (input.directorId !== undefined) {
      const director = await this.optional(Person, 'Person', 'directorId', input.directorId, councilId);
      directorate.director = director ? this.em.getReference(Person, director.id, { wrapped: true }) : null;
    }
    await this.flush();
    return directorate;
  }

  private async assertUniqueDirectorateName(councilId: number, name: string, exceptId: number | null): Promise<void> {
    const same = await this.em.find(Directorate, { council: councilId }, { fields: ['id', 'name'] });
    const clash = same.find((d) => d.id !== exceptId && d.name.toLowerCase() === name.toLowerCase());
    if (clash) throw badInput('name', `the council already has a directorate called '${clash.name}'.`);
  }

  /** Refused while services or people remain, unless `cascade`: then its services go too and its people are detached. */
  async deleteDirectorate(
    globalId: string,
    cascade: boolean,
    version: number | null | undefined,
  ): Promise<{ deletedIds: number[]; deletedServiceIds: number[]; detachedPeople: number }> {
    const directorate = await this.load(Directorate, 'Directorate', 'id', globalId);
    await this.access.requireWrite(councilWriteTarget(idOf(directorate.council)!));
    this.checkVersion(`Directorate '${directorate.name}'`, directorate.version, version);
    const services = await this.em.find(Service, { directorate: directorate.id }, { fields: ['id', 'name', 'parent'] });
    const people = await this.em.find(Person, { directorate: directorate.id }, { fields: ['id', 'name'] });
    if (!cascade && (services.length || people.length)) {
      const parts = [];
      if (services.length) parts.push(`${plural(services.length, 'service')} (${listNames(services)})`);
      if (people.length) parts.push(`${plural(people.length, 'person', 'people')} (${listNames(people)})`);
      throw conflict(
        `Cannot delete directorate '${directorate.name}': it still has ${parts.join(' and ')}. Move them elsewhere first, or delete with ` +
          `cascade: true to delete its services and leave its people without a directorate.`,
        { services: services.length, people: people.length },
      );
    }
    const serviceIds = services.map((s) => s.id);
    await this.em.transactional(async (em) => {
      await em.nativeUpdate(
        Person,
        { $or: [{ directorate: directorate.id }, { service: { $in: serviceIds } }] },
        { directorate: null, service: null },
      );
      await this.deleteServicesBottomUp(
        em,
        services.map((s) => ({ id: s.id, parentId: idOf(s.parent) })),
      );
      await em.nativeDelete(Directorate, { id: directorate.id });
    });
    return { deletedIds: [directorate.id], deletedServiceIds: serviceIds, detachedPeople: people.length };
  }

  /** Deletes services children first, so no row ever points at a deleted parent. */
  private async deleteServicesBottomUp(em: Em, rows: Array<{ id: number; parentId: number | null }>): Promise<void> {
    const parentOf = new Map(rows.map((r) => [r.id, r.parentId]));
    const depth = (id: number) => ancestors(id, (x) => parentOf.get(x) ?? null).length;
    const byDepth = new Map<number, number[]>();
    for (const r of rows) {
      const d = depth(r.id);
      byDepth.set(d, [...(byDepth.get(d) ?? []), r.id]);
    }
    for (const d of [...byDepth.keys()].sort((a, b) => b - a)) {
      await em.nativeDelete(Service, { id: { $in: byDepth.get(d)! } });
    }
  }

  // ---------------------------------------------------------------- services

  /** (id, parent) of every service of a council, for cycle checks and descendant walks: one query. */
  private async serviceParents(councilId: number): Promise<Map<number, { parentId: number | null; name: string; directorateId: number }>> {
    const rows = await this.em.find(Service, { council: councilId }, { fields: ['id', 'name', 'parent', 'directorate'] });
    return new Map(rows.map((r) => [r.id, { parentId: idOf(r.parent), name: r.name, directorateId: idOf(r.directorate)! }]));
  }

  private descendantsOf(id: number, index: Map<number, { parentId: number | null }>): number[] {
    const children = new Map<number, number[]>();
    for (const [child, { parentId }] of index) if (parentId !== null) children.set(parentId, [...(children.get(parentId) ?? []), child]);
    const out: number[] = [];
    const stack = [...(children.get(id) ?? [])];
    const seen = new Set<number>();
    while (stack.length) {
      const next = stack.pop()!;
      if (seen.has(next)) continue;
      seen.add(next);
      out.push(next);
      stack.push(...(children.get(next) ?? []));
    }
    return out;
  }

  private async assertUniqueServiceName(
    directorateId: number,
    parentId: number | null,
    name: string,
    exceptId: number | null,
  ): Promise<void> {
    const siblings = await this.em.find(Service, { directorate: directorateId, parent: parentId }, { fields: ['id', 'name'] });
    const clash = siblings.find((s) => s.id !== exceptId && s.name.toLowerCase() === name.toLowerCase());
    if (clash) throw badInput('name', `there is already a service called '${clash.name}' at that place in the directorate.`);
  }

  async createService(input: CreateServiceInput): Promise<Service> {
    const directorate = await this.load(Directorate, 'Directorate', 'directorateId', input.directorateId);
    const councilId = idOf(directorate.council)!;
    assertValid(validateName('name', input.name));
    const parent = await this.optional(Service, 'Service', 'parentId', input.parentId, councilId);
    await this.access.requireWrite(newServiceWriteTarget(councilId, directorate.id, parent?.id ?? null));
    if (parent && idOf(parent.directorate) !== directorate.id) {
      throw badInput('parentId', `'${parent.name}' is in another directorate than '${directorate.name}'.`);
    }
    const owner = await this.optional(Person, 'Person', 'accountableOwnerId', input.accountableOwnerId, councilId);
    await this.assertUniqueServiceName(directorate.id, parent?.id ?? null, input.name.trim(), null);
    const service = this.em.create(Service, {
      council: councilId,
      directorate,
      parent: parent ?? null,
      name: input.name.trim(),
      kind: input.kind ?? (parent ? ServiceKind.TEAM : ServiceKind.SERVICE),
      accountableOwner: owner ?? null,
    });
    await this.flush();
    return service;
  }

  async updateService(input: UpdateServiceInput): Promise<Service> {
    const service = await this.load(Service, 'Service', 'id', input.id);
    const councilId = idOf(service.council)!;
    await this.access.requireWrite(serviceWriteTarget(councilId, service.id));
    this.checkVersion(`Service '${service.name}'`, service.version, input.version);
    let name = service.name;
    if (input.name !== undefined) {
      if (input.name === null) throw badInput('name', 'The name must not be empty.');
      assertValid(validateName('name', input.name));
      name = input.name.trim();
    }
    if (input.kind !== undefined && input.kind !== null) service.kind = input.kind;
    if (input.accountableOwnerId !== undefined) {
      const owner = await this.optional(Person, 'Person', 'accountableOwnerId', input.accountableOwnerId, councilId);
      service.accountableOwner = owner ? this.em.getReference(Person, owner.id, { wrapped: true }) : null;
    }

    let parentId = idOf(service.parent);
    let directorateId = idOf(service.directorate)!;
    const moving = input.parentId !== undefined || (input.directorateId !== undefined && input.directorateId !== null);
    let descendants: number[] = [];
    if (moving) {
      const index = await this.serviceParents(councilId);
      descendants = this.descendantsOf(service.id, index);
      if (input.parentId !== undefined) {
        const newParent = await this.optional(Service, 'Service', 'parentId', input.parentId, councilId);
        if (newParent) {
          await this.access.requireWrite(serviceWriteTarget(councilId, newParent.id));
          if (wouldCreateCycle(service.id, newParent.id, (id) => index.get(id)?.parentId ?? null)) {
            const why =
              newParent.id === service.id ? 'a service cannot sit inside itself' : `'${newParent.name}' is itself inside '${service.name}'`;
            throw badInput('parentId', `Cannot move '${service.name}' under '${newParent.name}': ${why}.`, {
              nodes: [input.id, input.parentId],
            });
          }
          directorateId = idOf(newParent.directorate)!;
        }
        parentId = newParent?.id ?? null;
      }
      if (input.directorateId !== undefined && input.directorateId !== null) {
        const target = await this.load(Directorate, 'Directorate', 'directorateId', input.directorateId, councilId);
        await this.access.requireWrite(directorateWriteTarget(councilId, target.id));
        if (parentId !== null && target.id !== directorateId) {
          throw badInput(
            'directorateId',
            `'${service.name}' sits inside a service of another directorate; move it to the top level (parentId: null) or under a ` +
              `service of '${target.name}'.`,
          );
        }
        directorateId = target.id;
      }
    }
    await this.assertUniqueServiceName(directorateId, parentId, name, service.id);
    service.name = name;
    service.parent = parentId === null ? null : this.em.getReference(Service, parentId, { wrapped: true });
    const directorateChanged = directorateId !== idOf(service.directorate);
    service.directorate = this.em.getReference(Directorate, directorateId, { wrapped: true });
    if (directorateChanged && descendants.length) {
      await this.em.transactional(async (em) => {
        await em.nativeUpdate(Service, { id: { $in: descendants } }, { directorate: directorateId });
        await this.flush(em);
      });
    } else {
      await this.flush();
    }
    return service;
  }

  /** Refused while it has teams or people, unless `cascade`: then its teams go too and their people lose their service. */
  async deleteService(
    globalId: string,
    cascade: boolean,
    version: number | null | undefined,
  ): Promise<{ deletedIds: number[]; detachedPeople: number }> {
    const service = await this.load(Service, 'Service', 'id', globalId);
    await this.access.requireWrite(serviceWriteTarget(idOf(service.council)!, service.id));
    this.checkVersion(`Service '${service.name}'`, service.version, version);
    const index = await this.serviceParents(idOf(service.council)!);
    const descendants = this.descendantsOf(service.id, index);
    const all = [service.id, ...descendants];
    const people = await this.em.find(Person, { service: { $in: all } }, { fields: ['id', 'name'] });
    if (!cascade && (descendants.length || people.length)) {
      const parts = [];
      if (descendants.length)
        parts.push(`${plural(descendants.length, 'team')} (${listNames(descendants.map((id) => ({ id, name: index.get(id)!.name })))})`);
      if (people.length) parts.push(`${plural(people.length, 'person', 'people')} (${listNames(people)})`);
      throw conflict(
        `Cannot delete service '${service.name}': it still has ${parts.join(' and ')}. Move them elsewhere first, or delete with ` +
          `cascade: true to delete its teams too and leave those people without a service.`,
        { teams: descendants.length, people: people.length },
      );
    }
    await this.em.transactional(async (em) => {
      await em.nativeUpdate(Person, { service: { $in: all } }, { service: null });
      await this.deleteServicesBottomUp(
        em,
        all.map((id) => ({ id, parentId: index.get(id)?.parentId ?? null })),
      );
    });
    return { deletedIds: all, detachedPeople: people.length };
  }
}
