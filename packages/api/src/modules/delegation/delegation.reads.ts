/**
 * Reads of the delegation module: the accountability views of one council (read through
 * `ctx.services.get(AccountabilityReads)`), and the council's paged delegation fields, batched
 * through the request's loaders: a list of councils costs the same statements whatever its length
 * (README "Access" for who sees what).
 */
import type { FilterQuery } from '@mikro-orm/core';
import { Delegation, DelegationEvent, type Em } from '@goldenthread/db';
import type { Access } from '../../access/access.js';
import type { GqlContext } from '../../context.js';
import type { DerivedCache } from '../../derived-cache.js';
import { connectionOfPage } from '../../loaders.js';
import type { ConnectionArgs, ConnectionShape } from '../../relay/connection.js';
import { isoToday } from './delegation-snapshot.js';
import { DelegationEventNode, DelegationNode, type AccountabilityFinding, type AccountabilityTree } from './delegation.type.js';
import { inForceOnWhere, inForceWhere } from './in-force.js';
import { accountabilityTree, councilFindings, councilSchemeView, type SchemeView, type TreeOptions } from './accountability.js';

/** The accountability tree, findings and scheme of one council, from the server's cache when it has them. */
export class AccountabilityReads {
  constructor(
    private readonly em: Em,
    _access: Access,
  ) {}

  tree(
    councilId: number,
    asOf: string | undefined,
    options: TreeOptions,
    cache: DerivedCache | undefined,
  ): Promise<AccountabilityTree | null> {
    return accountabilityTree(this.em, councilId, asOf, options, cache);
  }

  findings(councilId: number, asOf: string | undefined, cache: DerivedCache | undefined): Promise<AccountabilityFinding[] | null> {
    return councilFindings(this.em, councilId, asOf, cache);
  }

  schemeView(councilId: number, asOf: string | undefined, cache: DerivedCache | undefined): Promise<SchemeView | null> {
    return councilSchemeView(this.em, councilId, asOf, cache);
  }

  /** The council of a service or a person by id (null when there is none), without loading the row. */
  async councilOf(table: 'service' | 'person', id: number): Promise<number | null> {
    const sql = `select council_id from ${table} where id = ?`;
    const rows = await this.em
      .getConnection()
      .execute<Array<{ council_id: number | string }>>(sql, [id], 'all', this.em.getTransactionContext());
    return rows[0] ? Number(rows[0].council_id) : null;
  }
}

/**
 * `Council.delegations`: a page of the scheme, oldest first. Outside the council, the delegations in
 * force today, as the council publishes them (the Delegation rule); inside, revoked ones only with
 * `includeRevoked`. With `asOf`, those in force on that day as the scheme stood then (revoked later
 * included): a day other than today is the council's own record (FORBIDDEN outside it: the Delegation
 * rule keeps revoked ones to the council).
 */
export async function councilDelegations(
  ctx: GqlContext,
  councilId: number,
  includeRevoked: boolean,
  page: ConnectionArgs,
  asOf?: string,
): Promise<ConnectionShape<DelegationNode>> {
  const today = isoToday();
  const insider = ctx.access.canReadUnpublished(councilId);
  if (asOf !== undefined && asOf !== today) ctx.access.requireReadUnpublished(councilId);
  const [where, key]: [FilterQuery<Delegation>, string] =
    asOf !== undefined && insider
      ? [inForceOnWhere(asOf), `inForceOn:${asOf}`]
      : asOf !== undefined || !insider
        ? [inForceWhere(today), `inForce:${today}`]
        : includeRevoked
          ? [{}, 'all']
          : [{ revokedOn: null }, 'notRevoked'];
  const rows = await ctx.loaders.pagesOf(Delegation, 'council', { where, orderBy: { id: 'asc' } }, page, key).load(councilId);
  return connectionOfPage(rows, DelegationNode.from);
}

/** `Council.delegationEvents`: a page of the record of changes to the scheme, newest first (the council's own people only). */
export async function councilDelegationEvents(
  ctx: GqlContext,
  councilId: number,
  page: ConnectionArgs,
): Promise<ConnectionShape<DelegationEventNode>> {
  ctx.access.requireReadUnpublished(councilId);
  const rows = await ctx.loaders.pagesOf(DelegationEvent, 'council', { where: {}, orderBy: { id: 'desc' } }, page, 'all').load(councilId);
  return connectionOfPage(rows, DelegationEventNode.from);
}
