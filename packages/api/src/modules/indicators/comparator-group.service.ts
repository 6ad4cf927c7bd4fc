import { ComparatorGroup, ComparatorGroupMember, Council } from '@goldenthread/db';
import { badInput, conflict, flushOrConflict } from '../../errors.js';
import { idOf } from '../../loaders.js';
import { decodeId } from '../../relay/global-id.js';
import { WriteService } from '../shared/lookup.js';
import type { CreateComparatorGroupInput, UpdateComparatorGroupInput } from './indicators.input.js';
import { text } from './indicators.service.js';
import { comparatorGroupWriteTarget } from './indicators.writes.js';

/** Most members of a comparator group (every English council fits). */
export const MAX_GROUP_MEMBERS = 200;

/** Writes of comparator groups: a council's named set of councils to compare its indicators with. */
export class ComparatorGroupService extends WriteService {
  private async members(ids: string[]): Promise<Council[]> {
    if (ids.length > MAX_GROUP_MEMBERS) throw badInput('memberIds', `at most ${MAX_GROUP_MEMBERS} councils.`);
    const decoded = ids.map((g, i) => decodeId(`memberIds[${i}]`, g, 'Council'));
    const unique = [...new Set(decoded)];
    if (unique.length !== decoded.length) throw badInput('memberIds', 'a council is listed twice.');
    const found = await this.em.find(Council, { id: { $in: unique } });
    if (found.length !== unique.length) {
      const foundIds = new Set(found.map((c) => c.id));
      const missing = ids[decoded.findIndex((d) => !foundIds.has(d))];
      throw badInput('memberIds', `no council with id ${missing} exists.`);
    }
    return found;
  }

  async createGroup(input: CreateComparatorGroupInput): Promise<ComparatorGroup> {
    const council = await this.load(Council, 'Council', 'councilId', input.councilId);
    await this.access.requireWrite(comparatorGroupWriteTarget(council.id));
    const name = text('name', input.name, 200)!;
    const members = await this.members(input.memberIds);
    if (await this.em.findOne(ComparatorGroup, { council: council.id, name }))
      throw badInput('name', `the council already has a comparator group called '${name}'.`);
    const group = this.em.create(ComparatorGroup, {
      council,
      name,
      description: text('description', input.description, 2000, false),
      createdBy: this.personId,
    });
    for (const m of members) this.em.create(ComparatorGroupMember, { group, member: m });
    await this.flush();
    return group;
  }

  async updateGroup(input: UpdateComparatorGroupInput): Promise<ComparatorGroup> {
    const group = await this.load(ComparatorGroup, 'ComparatorGroup', 'id', input.id);
    const councilId = idOf(group.council)!;
    await this.access.requireWrite(comparatorGroupWriteTarget(councilId));
    this.checkVersion(`Comparator group '${group.name}'`, group.version, input.version);
    if (input.name !== undefined) {
      const name = text('name', input.name, 200)!;
      const clash = await this.em.findOne(ComparatorGroup, { council: councilId, name, id: { $ne: group.id } });
      if (clash) throw badInput('name', `the council already has a comparator group called '${name}'.`);
      group.name = name;
    }
    if (input.description !== undefined) group.description = text('description', input.description, 2000, false);
    const members = input.memberIds ? await this.members(input.memberIds) : null;
    if (!members) {
      await this.flush();
      return group;
    }
    await this.em.transactional(async (tx) => {
      // The group's own row first, with its version check: concurrent writers of the same version
      // wait on that row, and each after the first finds the version moved (CONFLICT) before it
      // touches the members. (Replacing the members first let them collide on the member rows.)
      group.updatedAt = new Date();
      await flushOrConflict(tx);
      await tx.nativeDelete(ComparatorGroupMember, { group: group.id });
      for (const m of members) tx.create(ComparatorGroupMember, { group: group.id, member: m.id });
    });
    return group;
  }

  /** Deletes a group; a version sent (the one the caller read) is checked first, a stale one refused with CONFLICT. */
  async deleteGroup(globalId: string, version: number | null | undefined): Promise<number> {
    const group = await this.load(ComparatorGroup, 'ComparatorGroup', 'id', globalId);
    await this.access.requireWrite(comparatorGroupWriteTarget(idOf(group.council)!));
    this.checkVersion(`Comparator group '${group.name}'`, group.version, version);
    // The version in the statement too: a change saved between the check and the delete leaves the group (CONFLICT).
    const deleted = await this.em.nativeDelete(ComparatorGroup, { id: group.id, ...(version == null ? {} : { version }) });
    if (deleted === 0) throw conflict(`Comparator group '${group.name}' was changed by someone else while you deleted it. Reload it.`);
    return group.id;
  }
}
