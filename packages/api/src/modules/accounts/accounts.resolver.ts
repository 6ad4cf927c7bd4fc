import { Arg, Args, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { Council, Person } from '@goldenthread/db';
import type { GqlContext } from '../../context.js';
import { ConnectionArgs, type ConnectionShape } from '../../relay/connection.js';
import { CouncilNode, PersonNode } from '../organisation/organisation.type.js';
import { CreateAccountInput, CreateApiKeyInput, UpdateAccountInput } from './accounts.input.js';
import { accessServiceOf } from './accounts.service.js';
import { AuditTrailService } from './audit.service.js';
import {
  AccountConnection,
  AccountNode,
  AccountPayload,
  ApiKeyConnection,
  ApiKeyCreatedPayload,
  ApiKeyNode,
  ApiKeyPayload,
  AuditEventConnection,
  AuditEventNode,
  OkPayload,
  SessionPayload,
  SignOutPayload,
  ViewerNode,
} from './accounts.type.js';
import { COUNCIL_ID_ARG, OPTIONAL_VERSION_ARG } from '../../relay/common.args.js';

@Resolver(() => ViewerNode)
export class ViewerResolver {
  @Query(() => ViewerNode, { description: 'Who the API thinks you are: anonymous, a partner (API key) or a signed-in person.' })
  viewer(@Ctx() ctx: GqlContext): ViewerNode {
    return accessServiceOf(ctx).viewer();
  }

  @FieldResolver(() => PersonNode, { description: 'The signed-in person; null for anonymous callers and API keys.', nullable: true })
  async person(@Root() v: ViewerNode, @Ctx() ctx: GqlContext) {
    if (v.personId === null) return null;
    const row = await ctx.loaders.byId(Person).load(v.personId);
    return row ? PersonNode.from(row) : null;
  }

  @FieldResolver(() => Boolean, {
    description:
      "May the viewer publish their council's validated measurements? The MI-responsible manager and whoever holds an in-force " +
      'delegation of a PUBLISH_PERFORMANCE_DATA power may; for anyone else publishMeasurement is refused (FORBIDDEN).',
  })
  async mayPublishMeasurements(@Root() v: ViewerNode, @Ctx() ctx: GqlContext): Promise<boolean> {
    if (v.personId === null || v.councilId === null) return false;
    return ctx.access.mayWrite({ kind: 'measurement', action: 'publish', councilId: v.councilId, indicatorId: 0 });
  }

  @FieldResolver(() => CouncilNode, {
    nullable: true,
    description: "The signed-in person's council, or the council that issued the API key.",
  })
  async council(@Root() v: ViewerNode, @Ctx() ctx: GqlContext) {
    if (v.councilId === null) return null;
    const row = await ctx.loaders.byId(Council).load(v.councilId);
    return row ? CouncilNode.from(row) : null;
  }
}

@Resolver()
export class SessionResolver {
  @Mutation(() => SessionPayload, {
    description:
      'Sign in with e-mail and password. Failed attempts are limited per account and per network (TOO_MANY_REQUESTS with retryAfter ' +
      'seconds).',
  })
  signIn(
    @Ctx() ctx: GqlContext,
    @Arg('email', () => String, { description: "The account's email address." }) email: string,
    @Arg('password', () => String, { description: "The account's password." }) password: string,
  ) {
    return accessServiceOf(ctx).signIn(email, password);
  }

  @Mutation(() => SessionPayload, {
    description: 'Exchange a refresh token for a new access token and a new refresh token (the old one stops working).',
  })
  refreshSession(
    @Ctx() ctx: GqlContext,
    @Arg('refreshToken', () => String, {
      description: "The refresh token from signIn or the last refreshSession (the web app's cookie is used when left out).",
    })
    refreshToken: string,
  ) {
    return accessServiceOf(ctx).refreshSession(refreshToken);
  }

  @Mutation(() => SignOutPayload, {
    description: 'End the session of this refresh token (and of the access token sent, if any); everywhere: every session of your account.',
  })
  async signOut(
    @Ctx() ctx: GqlContext,
    @Arg('refreshToken', () => String, {
      description: "The refresh token of the session to end (the web app's cookie when left out).",
      nullable: true,
    })
    refreshToken: string | null,
    @Arg('everywhere', () => Boolean, { description: 'True to end every session of the account, not only this one.', defaultValue: false })
    everywhere: boolean,
  ): Promise<SignOutPayload> {
    return { sessionsEnded: await accessServiceOf(ctx).signOut(refreshToken, everywhere) };
  }

  @Mutation(() => OkPayload, { description: 'Change your own password; your other sessions end.' })
  async changePassword(
    @Ctx() ctx: GqlContext,
    @Arg('currentPassword', () => String, { description: 'The password used now (checked again).' }) currentPassword: string,
    @Arg('newPassword', () => String, { description: 'The new password (at least 10 characters).' }) newPassword: string,
  ): Promise<OkPayload> {
    await accessServiceOf(ctx).changePassword(currentPassword, newPassword);
    return { ok: true, message: 'Your password has been changed; your other sessions have ended.' };
  }
}

@Resolver(() => AccountNode)
export class AccountResolver {
  @Query(() => AccountConnection, { description: 'Sign-in accounts of a council (its administrators only).' })
  accounts(
    @Ctx() ctx: GqlContext,
    @Arg('councilId', () => ID, COUNCIL_ID_ARG)
    councilId: string,
    @Args(() => ConnectionArgs) page: ConnectionArgs,
  ): Promise<ConnectionShape<AccountNode>> {
    return accessServiceOf(ctx).accounts(councilId, page);
  }

  @FieldResolver(() => PersonNode, { description: 'The person it belongs to.' })
  async person(@Root() a: AccountNode, @Ctx() ctx: GqlContext) {
    const row = await ctx.loaders.byId(Person).load(a.personId);
    return row ? PersonNode.from(row) : null;
  }

  @Mutation(() => AccountPayload, { description: 'Give a person of your council a sign-in (administrators only).' })
  async createAccount(
    @Ctx() ctx: GqlContext,
    @Arg('input', () => CreateAccountInput, { description: 'The new record: see CreateAccountInput.' }) input: CreateAccountInput,
  ): Promise<AccountPayload> {
    return { account: AccountNode.from(await accessServiceOf(ctx).createAccount(input)) };
  }

  @Mutation(() => AccountPayload, {
    description: 'Make an account administrator or not, disable it, or set its password (administrators only).',
  })
  async updateAccount(
    @Ctx() ctx: GqlContext,
    @Arg('input', () => UpdateAccountInput, { description: 'The change: see UpdateAccountInput.' }) input: UpdateAccountInput,
  ): Promise<AccountPayload> {
    return { account: AccountNode.from(await accessServiceOf(ctx).updateAccount(input)) };
  }
}

@Resolver(() => ApiKeyNode)
export class ApiKeyResolver {
  @Query(() => ApiKeyConnection, { description: 'API keys your council issued (administrators only).' })
  apiKeys(
    @Ctx() ctx: GqlContext,
    @Arg('councilId', () => ID, COUNCIL_ID_ARG)
    councilId: string,
    @Arg('includeRevoked', () => Boolean, { description: 'True to list revoked keys too.', defaultValue: false }) includeRevoked: boolean,
    @Args(() => ConnectionArgs) page: ConnectionArgs,
  ): Promise<ConnectionShape<ApiKeyNode>> {
    return accessServiceOf(ctx).apiKeys(councilId, includeRevoked, page);
  }

  @Mutation(() => ApiKeyCreatedPayload, {
    description: 'Issue a read-only API key to a partner; the secret is in the answer and never shown again (administrators only).',
  })
  createApiKey(
    @Ctx() ctx: GqlContext,
    @Arg('input', () => CreateApiKeyInput, { description: 'The new record: see CreateApiKeyInput.' }) input: CreateApiKeyInput,
  ) {
    return accessServiceOf(ctx).createApiKey(input);
  }

  @Mutation(() => ApiKeyPayload, { description: 'Revoke an API key: it stops working at once (administrators only).' })
  async revokeApiKey(
    @Ctx() ctx: GqlContext,
    @Arg('id', () => ID, { description: "The record's global id." }) id: string,
    @Arg('version', () => Int, OPTIONAL_VERSION_ARG)
    version: number | null,
  ): Promise<ApiKeyPayload> {
    return { apiKey: ApiKeyNode.from(await accessServiceOf(ctx).revokeApiKey(id, version)) };
  }
}

@Resolver(() => AuditEventNode)
export class AuditEventResolver {
  @Query(() => AuditEventConnection, {
    description:
      "The council's audit trail, newest first (administrators only; FORBIDDEN for anyone else). It cannot be changed or deleted. " +
      'Filters combine: a kind of record or one record, the person who made the change, and a range of days (UTC).',
  })
  auditEvents(
    @Ctx() ctx: GqlContext,
    @Arg('councilId', () => ID, COUNCIL_ID_ARG)
    councilId: string,
    @Arg('entityType', () => String, { nullable: true, description: 'Only changes to this kind of record, e.g. Service.' }) entityType:
      | string
      | null,
    @Arg('entityId', () => ID, { nullable: true, description: 'Only changes to this record (global id).' }) entityId: string | null,
    @Arg('actorPersonId', () => ID, { nullable: true, description: 'Only changes this person made.' }) actorPersonId: string | null,
    @Arg('from', () => String, { nullable: true, description: 'Only changes on or after this day (YYYY-MM-DD, UTC).' }) from: string | null,
    @Arg('to', () => String, { nullable: true, description: 'Only changes on or before this day (YYYY-MM-DD, UTC).' }) to: string | null,
    @Args(() => ConnectionArgs) page: ConnectionArgs,
  ): Promise<ConnectionShape<AuditEventNode>> {
    return ctx.services.get(AuditTrailService).events(councilId, { entityType, entityId, actorPersonId, from, to }, page);
  }

  @Query(() => [String], {
    description: "The kinds of record the council's audit trail holds changes to, e.g. Service (administrators only).",
  })
  auditRecordTypes(
    @Ctx() ctx: GqlContext,
    @Arg('councilId', () => ID, COUNCIL_ID_ARG)
    councilId: string,
  ): Promise<string[]> {
    return ctx.services.get(AuditTrailService).recordTypes(councilId);
  }

  @FieldResolver(() => PersonNode, { nullable: true, description: 'The person who made the change (null: the command line or a seed).' })
  async actor(@Root() e: AuditEventNode, @Ctx() ctx: GqlContext) {
    if (e.actorPersonDbId === null) return null;
    const row = await ctx.loaders.byId(Person).load(e.actorPersonDbId);
    return row ? PersonNode.from(row) : null;
  }
}
