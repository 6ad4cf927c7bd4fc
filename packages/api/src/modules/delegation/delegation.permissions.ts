/**
 * What the viewer may do with the scheme of delegation (`viewerCan` on DecisionBody, DecisionPower and Delegation,
 * `delegationViewerCan` on Council for what has no record yet), so the app shows only the actions the
 * server would allow. Each answer asks `access.mayWrite` for the write target the mutation's
 * `requireWrite` asks for (delegation.writes.ts), and the rule the mutation checks before writing (a
 * revoked delegation is not revoked again nor passed on; one given without the right to sub-delegate
 * is not passed on); never instead of the check.
 */
import { Ctx, Field, FieldResolver, ObjectType, Resolver, Root } from 'type-graphql';
import type { GqlContext } from '../../context.js';
import { CouncilNode } from '../organisation/organisation.type.js';
import { DecisionBodyNode, DecisionPowerNode, DelegationNode } from './delegation.type.js';
import { delegationWriteTarget, schemeWriteTarget } from './delegation.writes.js';

@ObjectType('DecisionPowerViewerCan', {
  description: 'What the viewer may do with the power (delegate, updateDecisionPower, deleteDecisionPower).',
})
export class DecisionPowerViewerCan {
  @Field(() => Boolean, {
    description: 'Delegate it over the whole council. A director or service owner may still delegate over their own part (delegate).',
  })
  delegate!: boolean;
  @Field(() => Boolean, { description: 'Change it (updateDecisionPower): the council’s writers.' }) update!: boolean;
  @Field(() => Boolean, { description: 'Delete it (deleteDecisionPower): the council’s writers; refused while it has delegations.' })
  delete!: boolean;
}

@ObjectType('DecisionBodyViewerCan', { description: 'What the viewer may do with the body (updateDecisionBody, deleteDecisionBody).' })
export class DecisionBodyViewerCan {
  @Field(() => Boolean, { description: 'Rename it or change its kind (updateDecisionBody).' }) update!: boolean;
  @Field(() => Boolean, { description: 'Delete it (deleteDecisionBody); refused while it holds powers or has delegations on record.' })
  delete!: boolean;
}

@ObjectType('DelegationViewerCan', { description: 'What the viewer may do with the delegation (subDelegate, revokeDelegation).' })
export class DelegationViewerCan {
  @Field(() => Boolean, { description: 'Pass it on over its own scope: not revoked, and given with the right to sub-delegate.' })
  subDelegate!: boolean;
  @Field(() => Boolean, { description: 'Revoke it (with every sub-delegation below it): not already revoked.' }) revoke!: boolean;
}

@ObjectType('CouncilDelegationViewerCan', {
  description: "What the viewer may add to the council's scheme (createDecisionBody, createDecisionPower, importSchemeOfDelegation).",
})
export class CouncilDelegationViewerCan {
  @Field(() => Boolean, { description: 'True when the viewer may add a decision body (an administrator of the council).' })
  createDecisionBody!: boolean;
  @Field(() => Boolean, { description: 'True when the viewer may add a decision power.' }) createDecisionPower!: boolean;
  @Field(() => Boolean, { description: 'Import the scheme from CSV (a dry run too).' }) importScheme!: boolean;
  @Field(() => Boolean, { description: 'Delegate a power over the whole council.' }) delegate!: boolean;
}

@Resolver(() => DecisionPowerNode)
export class DecisionPowerPermissionsResolver {
  @FieldResolver(() => DecisionPowerViewerCan, { description: 'What the viewer may do with the power.' })
  async viewerCan(@Root() p: DecisionPowerNode, @Ctx() ctx: GqlContext): Promise<DecisionPowerViewerCan> {
    const scheme = await ctx.access.mayWrite(schemeWriteTarget(p.councilId));
    const delegate = await ctx.access.mayWrite(delegationWriteTarget({ kind: 'COUNCIL', id: p.councilId }, p.councilId));
    return { delegate, update: scheme, delete: scheme };
  }
}

@Resolver(() => DecisionBodyNode)
export class DecisionBodyPermissionsResolver {
  @FieldResolver(() => DecisionBodyViewerCan, { description: 'What the viewer may do with this body, so the app shows only that.' })
  async viewerCan(@Root() b: DecisionBodyNode, @Ctx() ctx: GqlContext): Promise<DecisionBodyViewerCan> {
    const scheme = await ctx.access.mayWrite(schemeWriteTarget(b.councilId));
    return { update: scheme, delete: scheme };
  }
}

@Resolver(() => DelegationNode)
export class DelegationPermissionsResolver {
  @FieldResolver(() => DelegationViewerCan, { description: 'What the viewer may do with the delegation.' })
  async viewerCan(@Root() d: DelegationNode, @Ctx() ctx: GqlContext): Promise<DelegationViewerCan> {
    const live = d.revokedOn === null;
    const write = live && (await ctx.access.mayWrite(delegationWriteTarget({ kind: d.scopeKind, id: d.scopeDbId }, d.councilId)));
    return { subDelegate: write && d.maySubDelegate, revoke: write };
  }
}

@Resolver(() => CouncilNode)
export class CouncilDelegationPermissionsResolver {
  @FieldResolver(() => CouncilDelegationViewerCan, {
    description: "What the viewer may add to the council's scheme of delegation: decision bodies, powers, an imported CSV.",
  })
  async delegationViewerCan(@Root() c: CouncilNode, @Ctx() ctx: GqlContext): Promise<CouncilDelegationViewerCan> {
    const scheme = await ctx.access.mayWrite(schemeWriteTarget(c.dbId));
    const delegate = await ctx.access.mayWrite(delegationWriteTarget({ kind: 'COUNCIL', id: c.dbId }, c.dbId));
    return { createDecisionBody: scheme, createDecisionPower: scheme, importScheme: scheme, delegate };
  }
}
