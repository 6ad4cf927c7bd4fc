import type { FilterQuery } from '@mikro-orm/core';
import { Action, type Em } from '@goldenthread/db';
import { ActionStatus, type ActionSource } from '@goldenthread/domain';
import type { Access } from '../../access/access.js';
import { badInput } from '../../errors.js';
import { connectionOf, type ConnectionArgs, type ConnectionShape } from '../../relay/connection.js';
import { decodeId } from '../../relay/global-id.js';
import { checkDate } from '../shared/lookup.js';
import { paginate } from '../shared/paginate.js';
import { isoToday } from '../cascade/cascade.snapshot.js';
import { ActionNode } from './actions.type.js';

export interface ActionFilter {
  ownerId?: string | null;
  mine?: boolean | null;
  overdue?: boolean | null;
  source?: ActionSource | null;
  status?: ActionStatus | null;
  asOf?: string | null;
}

const LIVE = [ActionStatus.OPEN, ActionStatus.IN_PROGRESS];
const empty = <T>(): ConnectionShape<T> => connectionOf([], { offset: 0, limit: 0 }, 0);

/** Reads of actions (`ctx.services.get(ActionReads)`). */
export class ActionReads {
  constructor(
    private readonly em: Em,
    private readonly access: Access,
  ) {}

  /**
   * A council's actions, by due date (none last), then id: the `actions` root field. Only the council's
   * own people see actions (README "What each viewer sees"): anyone else gets an empty list.
   */
  async find(councilId: number, filter: ActionFilter, page: ConnectionArgs): Promise<ConnectionShape<ActionNode>> {
    if (!this.access.canReadUnpublished(councilId)) return empty();
    const where: FilterQuery<Action>[] = [{ council: councilId }];
    if (filter.ownerId) where.push({ owner: decodeId('ownerId', filter.ownerId, 'Person') });
    if (filter.mine) {
      const v = this.access.viewer;
      if (v.kind !== 'person') throw badInput('mine', 'Only a signed-in person has actions of their own.');
      where.push({ owner: v.personId });
    }
    if (filter.source) where.push({ source: filter.source });
    if (filter.status) where.push({ status: filter.status });
    if (filter.overdue !== undefined && filter.overdue !== null) {
      const asOf = filter.asOf == null ? isoToday() : checkDate('asOf', filter.asOf);
      // isActionOverdue (domain) as a query: live and due before asOf.
      const overdue: FilterQuery<Action> = { status: { $in: LIVE }, due: { $lt: asOf } };
      where.push(filter.overdue ? overdue : { $or: [{ status: { $nin: LIVE } }, { due: null }, { due: { $gte: asOf } }] });
    } else if (filter.asOf != null) checkDate('asOf', filter.asOf);
    return paginate(
      this.em,
      Action,
      { where: { $and: where }, orderBy: [{ due: 'asc nulls last' }, { id: 'asc' }] },
      page,
      ActionNode.from,
    );
  }
}
