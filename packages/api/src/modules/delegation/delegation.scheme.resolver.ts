/** The mutations of a council's decision bodies and powers: create, update (with the version read) and delete. */
import { Arg, Ctx, ID, Int, Mutation, Resolver } from 'type-graphql';
import type { GqlContext } from '../../context.js';
import { toGlobalId } from '../../relay/global-id.js';
import { DecisionBodyService } from './delegation.body.service.js';
import {
  CreateDecisionBodyInput,
  CreateDecisionPowerInput,
  UpdateDecisionBodyInput,
  UpdateDecisionPowerInput,
} from './delegation.input.js';
import { DecisionBodyPayload, DecisionPowerPayload, SchemeDeletePayload } from './delegation.payload.js';
import { DecisionPowerService } from './delegation.power.service.js';
import { DecisionBodyNode, DecisionPowerNode } from './delegation.type.js';

const VERSION = { nullable: true, description: 'The version you read; a stale one gets CONFLICT with the stored version.' };

@Resolver()
export class SchemeEditResolver {
  @Mutation(() => DecisionBodyPayload, { description: 'Adds a decision body (full council, executive or a committee) to a council.' })
  async createDecisionBody(
    @Ctx() ctx: GqlContext,
    @Arg('input', () => CreateDecisionBodyInput, { description: 'The new body: see CreateDecisionBodyInput.' })
    input: CreateDecisionBodyInput,
  ) {
    return { body: DecisionBodyNode.from(await ctx.services.get(DecisionBodyService).create(input)) };
  }

  @Mutation(() => DecisionPowerPayload, { description: 'Adds a decision power, held by one of the council’s bodies.' })
  async createDecisionPower(
    @Ctx() ctx: GqlContext,
    @Arg('input', () => CreateDecisionPowerInput, { description: 'The new power: see CreateDecisionPowerInput.' })
    input: CreateDecisionPowerInput,
  ) {
    return { power: DecisionPowerNode.from(await ctx.services.get(DecisionPowerService).create(input)) };
  }

  @Mutation(() => DecisionBodyPayload, { description: 'Renames a decision body or changes its kind; recorded in the scheme’s changes.' })
  async updateDecisionBody(
    @Ctx() ctx: GqlContext,
    @Arg('input', () => UpdateDecisionBodyInput, {
      description: 'The body, the version read and the fields to change: see UpdateDecisionBodyInput.',
    })
    input: UpdateDecisionBodyInput,
  ) {
    return { body: DecisionBodyNode.from(await ctx.services.get(DecisionBodyService).update(input)) };
  }

  @Mutation(() => SchemeDeletePayload, {
    description:
      'Deletes a decision body. Refused (BAD_USER_INPUT, extensions.reason) while it holds powers (BODY_HOLDS_POWERS), made ' +
      'delegations (BODY_HAS_DELEGATIONS) or is the committee of scrutiny records or councillor seats (BODY_HAS_COMMITTEE_RECORDS).',
  })
  async deleteDecisionBody(
    @Ctx() ctx: GqlContext,
    @Arg('id', () => ID, { description: 'The decision body (global id).' }) id: string,
    @Arg('version', () => Int, VERSION) version: number | null,
  ): Promise<SchemeDeletePayload> {
    const body = await ctx.services.get(DecisionBodyService).delete(id, version);
    return { deletedId: id, message: `Deleted the decision body ${body.name}.` };
  }

  @Mutation(() => DecisionPowerPayload, {
    description:
      'Changes a decision power; refused when it would leave a live delegation invalid: moved to another body while its body’s ' +
      'delegations are live (POWER_MOVED_WHILE_DELEGATED), or limited below one’s own limit (POWER_LIMIT_BELOW_DELEGATION).',
  })
  async updateDecisionPower(
    @Ctx() ctx: GqlContext,
    @Arg('input', () => UpdateDecisionPowerInput, {
      description: 'The power, the version read and the fields to change: see UpdateDecisionPowerInput.',
    })
    input: UpdateDecisionPowerInput,
  ) {
    return { power: DecisionPowerNode.from(await ctx.services.get(DecisionPowerService).update(input)) };
  }

  @Mutation(() => SchemeDeletePayload, {
    description:
      'Deletes a decision power never delegated. Refused (BAD_USER_INPUT, extensions.reason) while delegations of it are in force ' +
      'or to come (POWER_DELEGATED), or past ones keep the scheme’s record (POWER_HAS_PAST_DELEGATIONS).',
  })
  async deleteDecisionPower(
    @Ctx() ctx: GqlContext,
    @Arg('id', () => ID, { description: 'The decision power (global id).' }) id: string,
    @Arg('version', () => Int, VERSION) version: number | null,
  ): Promise<SchemeDeletePayload> {
    const power = await ctx.services.get(DecisionPowerService).delete(id, version);
    return { deletedId: toGlobalId('DecisionPower', power.id), message: `Deleted the power “${power.name}”.` };
  }
}
