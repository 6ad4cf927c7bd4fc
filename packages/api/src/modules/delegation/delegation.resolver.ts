import { Arg, Args, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { Council, DecisionBody, DecisionPower, Delegation, Person } from '@goldenthread/db';
import type { GqlContext } from '../../context.js';
import { one } from '../../loaders.js';
import { badInput, notFound } from '../../errors.js';
import { ConnectionArgs, type ConnectionShape } from '../../relay/connection.js';
import { decodeId, toGlobalId } from '../../relay/global-id.js';
import { isIsoDate } from '@goldenthread/domain';
import { CouncilNode, PersonNode, ServiceNode } from '../organisation/organisation.type.js';
import { accountabilityAnswer, personAnswer } from './accountability.js';
import {
  DelegateInput,
  ImportSchemeInput,
  RevokeDelegationInput,
  SetAccountableOwnerInput,
  SetMiResponsibleInput,
  SubDelegateInput,
} from './delegation.input.js';
import { CouncilMiPayload, DelegationPayload, ImportSchemePayload, RevokePayload, ServiceOwnerPayload } from './delegation.payload.js';
import { AccountableOwnerService, MiResponsibleService } from './delegation.owners.service.js';
import { DelegationService } from './delegation.service.js';
import {
  AccountabilityAnswerType,
  AccountabilityFinding,
  AccountabilityTree,
  DecisionBodyNode,
  DecisionPowerNode,
  DelegationConnection,
  DelegationEventConnection,
  DelegationEventNode,
  DelegationNode,
  FindingSeverity,
  PersonAnswerType,
} from './delegation.type.js';
import { SchemeCsvService } from './scheme-csv.service.js';
import { isoToday } from './delegation-snapshot.js';
import { AccountabilityReads, councilDelegationEvents, councilDelegations } from './delegation.reads.js';
import { COUNCIL_ID_ARG } from '../../relay/common.args.js';

function asOfArg(asOf: string | null | undefined): string | undefined {
  if (asOf === null || asOf === undefined) return undefined;
  if (!isIsoDate(asOf)) throw badInput('asOf', `"${asOf}" is not a date (use YYYY-MM-DD).`);
  return asOf;
}

const SEVERITY_RANK = [FindingSeverity.CRITICAL, FindingSeverity.HIGH, FindingSeverity.MEDIUM, FindingSeverity.LOW, FindingSeverity.INFO];

@Resolver()
export class AccountabilityResolver {
  @Query(() => AccountabilityTree, {
    description:
      "A council's accountability tree as a flat list of nodes with parent ids (for d3.stratify): bodies, directorates, services, teams " +
      'and people, each with its delegations, what it answers for and its findings. Built from a fixed number of flat queries.',
  })
  async accountabilityTree(
    @Ctx() ctx: GqlContext,
    @Arg('councilId', () => ID, COUNCIL_ID_ARG)
    councilId: string,
    @Arg('asOf', () => String, { nullable: true, description: 'ISO date the scheme is evaluated at (default today).' }) asOf: string | null,
    @Arg('rootId', () => ID, { nullable: true, description: 'Only this node and what is below it (expand on demand).' }) rootId:
      | string
      | null,
    @Arg('maxDepth', () => Int, { nullable: true, description: 'Only nodes at most this many levels below the root.' }) maxDepth:
      | number
      | null,
  ): Promise<AccountabilityTree> {
    const id = decodeId('councilId', councilId, 'Council');
    if (maxDepth != null && (!Number.isInteger(maxDepth) || maxDepth < 0)) throw badInput('maxDepth', 'a whole number, zero or more.');
    // Unknown ids are NOT_FOUND for everybody; the access check comes before the (large) load.
    if (!(await ctx.loaders.byId(Council).load(id))) throw notFound('Council', councilId);
    ctx.access.requireReadUnpublished(id);
    const tree = await ctx.services.get(AccountabilityReads).tree(id, asOfArg(asOf), { rootId, maxDepth }, ctx.derived);
    if (!tree) throw notFound('Council', councilId);
    if (rootId && tree.nodes.length === 0) throw badInput('rootId', `no node with id ${rootId} in this council's accountability tree.`);
    return tree;
  }

  @Query(() => [AccountabilityFinding], {
    description: 'Every accountability finding of a council, most serious first; each names its nodes by global id.',
  })
  async accountabilityFindings(
    @Ctx() ctx: GqlContext,
    @Arg('councilId', () => ID, COUNCIL_ID_ARG)
    councilId: string,
    @Arg('asOf', () => String, { description: 'The date to check (YYYY-MM-DD); today when left out.', nullable: true }) asOf: string | null,
    @Arg('codes', () => [String], { nullable: true, description: 'Only these codes.' }) codes: string[] | null,
    @Arg('minSeverity', () => FindingSeverity, { nullable: true, description: 'Only findings at least this serious.' })
    minSeverity: FindingSeverity | null,
  ): Promise<AccountabilityFinding[]> {
    const id = decodeId('councilId', councilId, 'Council');
    if (!(await ctx.loaders.byId(Council).load(id))) throw notFound('Council', councilId);
    ctx.access.requireReadUnpublished(id);
    const findings = await ctx.services.get(AccountabilityReads).findings(id, asOfArg(asOf), ctx.derived);
    if (!findings) throw notFound('Council', councilId);
    const max = minSeverity ? SEVERITY_RANK.indexOf(minSeverity) : SEVERITY_RANK.length;
    return findings.filter((f) => (!codes || codes.includes(f.code)) && SEVERITY_RANK.indexOf(f.severity) <= max);
  }

  @Query(() => AccountabilityAnswerType, {
    description:
      'Who is accountable for a service, above whom, and who decides on it with the delegation path that gives them the power: the ' +
      "council's published scheme of delegation, so anyone may ask. Outside the council, a person whose name is not public is named " +
      'by their post; findings and line management are for its own people.',
  })
  async whoIsAccountable(
    @Ctx() ctx: GqlContext,
    @Arg('serviceId', () => ID, { description: 'The service (Service global id).' }) serviceId: string,
    @Arg('asOf', () => String, {
      description: "The date to answer for (YYYY-MM-DD); today when left out. A day other than today: the council's own people only.",
      nullable: true,
    })
    asOf: string | null,
  ): Promise<AccountabilityAnswerType> {
    const id = decodeId('serviceId', serviceId, 'Service');
    const councilId = await ctx.services.get(AccountabilityReads).councilOf('service', id);
    if (councilId === null) throw notFound('Service', serviceId);
    if (asOf != null && asOf !== isoToday()) ctx.access.requireReadUnpublished(councilId);
    const view = await ctx.services.get(AccountabilityReads).schemeView(councilId, asOfArg(asOf), ctx.derived);
    const answer = view && accountabilityAnswer(view, id);
    if (!answer) throw notFound('Service', serviceId);
    return answer;
  }

  @Query(() => PersonAnswerType, {
    description:
      'What a person answers for (services, directorates, indicators, MI), the powers they hold and from whom, and the findings naming ' +
      'them.',
  })
  async whatPersonAnswersFor(
    @Ctx() ctx: GqlContext,
    @Arg('personId', () => ID, { description: "The person's global id (Person:...)." }) personId: string,
    @Arg('asOf', () => String, { description: 'The date to answer for (YYYY-MM-DD); today when left out.', nullable: true }) asOf:
      | string
      | null,
  ): Promise<PersonAnswerType> {
    const id = decodeId('personId', personId, 'Person');
    const councilId = await ctx.services.get(AccountabilityReads).councilOf('person', id);
    if (councilId === null) throw notFound('Person', personId);
    ctx.access.requireReadUnpublished(councilId);
    const view = await ctx.services.get(AccountabilityReads).schemeView(councilId, asOfArg(asOf), ctx.derived);
    const answer = view && personAnswer(view, id);
    if (!answer) throw notFound('Person', personId);
    return answer;
  }

  @Query(() => String, {
    description:
      'A council\'s scheme of delegation as CSV (README "Scheme of delegation CSV"): every delegation not revoked, parents first.',
  })
  async schemeOfDelegationCsv(
    @Ctx() ctx: GqlContext,
    @Arg('councilId', () => ID, COUNCIL_ID_ARG)
    councilId: string,
  ): Promise<string> {
    return ctx.services.get(SchemeCsvService).export(decodeId('councilId', councilId, 'Council'));
  }

  @Mutation(() => ImportSchemePayload, {
    description:
      'Imports a scheme of delegation from CSV, all or nothing. A dry run reports what would change and every bad row; a real import ' +
      'with bad rows is refused with BAD_USER_INPUT listing them (extensions.rowErrors). Re-importing the same file changes nothing.',
  })
  async importSchemeOfDelegation(
    @Ctx() ctx: GqlContext,
    @Arg('input', () => ImportSchemeInput, { description: 'The new record: see ImportSchemeInput.' }) input: ImportSchemeInput,
  ): Promise<ImportSchemePayload> {
    const councilId = decodeId('councilId', input.councilId, 'Council');
    const report = await ctx.services.get(SchemeCsvService).import(councilId, input.csv, input.dryRun);
    if (!input.dryRun && report.errors.length) {
      const first = report.errors
        .slice(0, 3)
        .map((e) => `line ${e.line}: ${e.message}`)
        .join(' ');
      throw badInput(
        'csv',
        `${report.errors.length} ${report.errors.length === 1 ? 'row is' : 'rows are'} wrong, so nothing was imported. ` +
          `${first}${report.errors.length > 3 ? ' ...' : ''}`,
        { rowErrors: report.errors },
      );
    }
    return report;
  }

  @Mutation(() => DelegationPayload, { description: 'Delegate a power from its source body to a person of the council.' })
  async delegate(
    @Ctx() ctx: GqlContext,
    @Arg('input', () => DelegateInput, { description: 'The change: see DelegateInput.' }) input: DelegateInput,
  ) {
    return { delegation: DelegationNode.from(await ctx.services.get(DelegationService).delegate(input)) };
  }

  @Mutation(() => DelegationPayload, {
    description:
      'Pass on a delegation: refused when wider than the parent in scope, limit or dates, when the parent may not be sub-delegated, or ' +
      'when it would loop.',
  })
  async subDelegate(
    @Ctx() ctx: GqlContext,
    @Arg('input', () => SubDelegateInput, { description: 'The change: see SubDelegateInput.' }) input: SubDelegateInput,
  ) {
    return { delegation: DelegationNode.from(await ctx.services.get(DelegationService).subDelegate(input)) };
  }

  @Mutation(() => RevokePayload, { description: 'Revoke a delegation; every sub-delegation below it is revoked with it, each recorded.' })
  async revokeDelegation(
    @Ctx() ctx: GqlContext,
    @Arg('input', () => RevokeDelegationInput, { description: 'The change: see RevokeDelegationInput.' }) input: RevokeDelegationInput,
  ): Promise<RevokePayload> {
    const r = await ctx.services.get(DelegationService).revoke(input);
    const others = r.revokedIds.length - 1;
    return {
      delegation: DelegationNode.from(r.delegation),
      revokedIds: r.revokedIds.map((x) => toGlobalId('Delegation', x)),
      message: `Revoked the delegation${others ? ` and ${others} sub-delegation${others === 1 ? '' : 's'} made under it` : ''}.`,
    };
  }

  @Mutation(() => ServiceOwnerPayload, {
    description: "Set (or clear) a service's one accountable owner; someone from another council is refused.",
  })
  async setAccountableOwner(
    @Ctx() ctx: GqlContext,
    @Arg('input', () => SetAccountableOwnerInput, { description: 'The change: see SetAccountableOwnerInput.' })
    input: SetAccountableOwnerInput,
  ) {
    return { service: ServiceNode.from(await ctx.services.get(AccountableOwnerService).set(input)) };
  }

  @Mutation(() => CouncilMiPayload, {
    description: 'Set the senior manager ultimately responsible for accurate and timely management information.',
  })
  async setMiResponsible(
    @Ctx() ctx: GqlContext,
    @Arg('input', () => SetMiResponsibleInput, { description: 'The change: see SetMiResponsibleInput.' }) input: SetMiResponsibleInput,
  ) {
    return { council: CouncilNode.from(await ctx.services.get(MiResponsibleService).set(input)) };
  }
}

@Resolver(() => CouncilNode)
export class CouncilDelegationResolver {
  @FieldResolver(() => [DecisionBodyNode], { description: 'Bodies that hold decision powers (full council, executive, committees).' })
  async decisionBodies(@Root() council: CouncilNode, @Ctx() ctx: GqlContext) {
    const rows = await ctx.loaders.childrenOf(DecisionBody, 'council', { id: 'asc' }).load(council.dbId);
    return rows.map(DecisionBodyNode.from);
  }

  @FieldResolver(() => [DecisionPowerNode], { description: 'Decision powers of the council, by name.' })
  async decisionPowers(@Root() council: CouncilNode, @Ctx() ctx: GqlContext) {
    const rows = await ctx.loaders.childrenOf(DecisionPower, 'council', { name: 'asc' }).load(council.dbId);
    return rows.map(DecisionPowerNode.from);
  }

  @FieldResolver(() => DelegationConnection, {
    description: 'The scheme of delegation, oldest first (revoked ones only with includeRevoked; with asOf, those in force that day).',
  })
  async delegations(
    @Root() council: CouncilNode,
    @Ctx() ctx: GqlContext,
    @Args(() => ConnectionArgs) page: ConnectionArgs,
    @Arg('includeRevoked', () => Boolean, { defaultValue: false, description: 'Revoked ones too (ignored with asOf).' })
    includeRevoked: boolean,
    @Arg('asOf', () => String, {
      nullable: true,
      description:
        'ISO date: the scheme as at that day, the delegations in force on it (revoked since or ended since included). A day other ' +
        "than today is the council's own record: people of the council only.",
    })
    asOf: string | null,
  ): Promise<ConnectionShape<DelegationNode>> {
    return councilDelegations(ctx, council.dbId, includeRevoked, page, asOfArg(asOf));
  }

  @FieldResolver(() => DelegationEventConnection, { description: 'The record of changes to the scheme of delegation, newest first.' })
  async delegationEvents(
    @Root() council: CouncilNode,
    @Ctx() ctx: GqlContext,
    @Args(() => ConnectionArgs) page: ConnectionArgs,
  ): Promise<ConnectionShape<DelegationEventNode>> {
    return councilDelegationEvents(ctx, council.dbId, page);
  }
}

@Resolver(() => DecisionPowerNode)
export class DecisionPowerResolver {
  @FieldResolver(() => DecisionBodyNode, { description: 'The body that holds the power and delegates it.' })
  sourceBody(@Root() p: DecisionPowerNode, @Ctx() ctx: GqlContext) {
    return one(ctx, DecisionBody, p.sourceBodyId, DecisionBodyNode.from);
  }
}

@Resolver(() => DelegationNode)
export class DelegationResolver {
  @Query(() => DelegationNode, {
    description: 'A delegation of a power by its global id; null when unknown or not visible to the viewer.',
    nullable: true,
  })
  async delegation(@Ctx() ctx: GqlContext, @Arg('id', () => ID, { description: "The record's global id." }) id: string) {
    return one(ctx, Delegation, decodeId('id', id, 'Delegation'), DelegationNode.from);
  }

  @FieldResolver(() => DecisionPowerNode, { description: 'The power delegated.' })
  power(@Root() d: DelegationNode, @Ctx() ctx: GqlContext) {
    return one(ctx, DecisionPower, d.powerId, DecisionPowerNode.from);
  }

  @FieldResolver(() => DecisionBodyNode, { nullable: true, description: 'The body that made it (a root of the scheme).' })
  fromBody(@Root() d: DelegationNode, @Ctx() ctx: GqlContext) {
    return one(ctx, DecisionBody, d.fromBodyId, DecisionBodyNode.from);
  }

  @FieldResolver(() => PersonNode, { nullable: true, description: 'The person who made it (a sub-delegation).' })
  fromPerson(@Root() d: DelegationNode, @Ctx() ctx: GqlContext) {
    return one(ctx, Person, d.fromPersonId, PersonNode.from);
  }

  @FieldResolver(() => PersonNode, {
    nullable: true,
    description:
      'Who holds it: null for viewers outside the council when the holder is an officer whose name is not public (holderPost says the ' +
      'post).',
  })
  toPerson(@Root() d: DelegationNode, @Ctx() ctx: GqlContext) {
    return one(ctx, Person, d.toPersonId, PersonNode.from);
  }

  @FieldResolver(() => String, {
    nullable: true,
    description: "The holder's post (job title), as councils publish it in their scheme of delegation.",
  })
  async holderPost(@Root() d: DelegationNode, @Ctx() ctx: GqlContext): Promise<string | null> {
    return (await ctx.loaders.byId(Person).load(d.toPersonId))?.jobTitle ?? null;
  }

  @FieldResolver(() => DelegationNode, {
    description: 'The delegation it was passed on from; null when made by the source body.',
    nullable: true,
  })
  parent(@Root() d: DelegationNode, @Ctx() ctx: GqlContext) {
    return one(ctx, Delegation, d.parentDbId, DelegationNode.from);
  }

  @FieldResolver(() => [DelegationNode], { description: 'Sub-delegations made under it (revoked ones too).' })
  async subDelegations(@Root() d: DelegationNode, @Ctx() ctx: GqlContext) {
    const rows = await ctx.loaders.childrenOf(Delegation, 'parent', { id: 'asc' }).load(d.dbId);
    return rows.map(DelegationNode.from);
  }

  @FieldResolver(() => PersonNode, {
    description: "Who revoked it; null while not revoked (revoked delegations are seen only by the council's own people).",
    nullable: true,
  })
  revokedBy(@Root() d: DelegationNode, @Ctx() ctx: GqlContext) {
    return one(ctx, Person, d.revokedById, PersonNode.from);
  }

  @FieldResolver(() => CouncilNode, { description: 'The council.' })
  council(@Root() d: DelegationNode, @Ctx() ctx: GqlContext) {
    return one(ctx, Council, d.councilId, CouncilNode.from);
  }
}
