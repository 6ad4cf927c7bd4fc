/**
 * Reads behind the council's paged delegation fields, batched through the request's loaders: a list
 * of councils costs the same statements whatever its length (README "Access" for who sees what).
 */
import type { FilterQuery } from '@mikro-orm/core';
import { Delegation, DelegationEvent } from '@goldenthread/db';
import type { GqlContext } from '../../context.js';
import { connectionOfPage } from '../../loaders.js';
import type { ConnectionArgs, ConnectionShape } from '../../relay/connection.js';
import { isoToday } from './delegation-snapshot.js';
import { DelegationEventNode, DelegationNode } from './delegation.type.js';
import { inForceWhere } from './in-force.js';

/**
 * `Council.delegations`: a page of the scheme, oldest first. Outside the council, the delegations in
 * force today, as the council publishes them (the Delegation rule); inside, revoked ones only with
 * `includeRevoked`.
 */
export async function councilDelegations(ctx: GqlContext, councilId: number, includeRevoked: boolean, page: ConnectionArgs): Promise<ConnectionShape<DelegationNode>> {
  const today = isoToday();
  const [where, key]: [FilterQuery<Delegation>, string] = !ctx.access.canReadUnpublished(councilId)
    ? [inForceWhere(today), `inForce:${today}`]
    : includeRevoked
      ? [{}, 'all']
      : [{ revokedOn: null }, 'notRevoked'];
  const rows = await ctx.loaders.pagesOf(Delegation, 'council', { where, orderBy: { id: 'asc' } }, page, key).load(councilId);
  return connectionOfPage(rows, DelegationNode.from);
}

/** `Council.delegationEvents`: a page of the record of changes to the scheme, newest first (the council's own people only). */
export async function councilDelegationEvents(ctx: GqlContext, councilId: number, page: ConnectionArgs): Promise<ConnectionShape<DelegationEventNode>> {
  ctx.access.requireReadUnpublished(councilId);
  const rows = await ctx.loaders.pagesOf(DelegationEvent, 'council', { where: {}, orderBy: { id: 'desc' } }, page, 'all').load(councilId);
  return connectionOfPage(rows, DelegationEventNode.from);
}
