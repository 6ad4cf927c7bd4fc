import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { GraphQLJSONObject } from 'graphql-scalars';
import type { Account, ApiKey, AuditEvent } from '@goldenthread/db';
import { idOf } from '../../loaders.js';
import { Connection } from '../../relay/connection.js';
import { toGlobalId } from '../../relay/global-id.js';
import type { Keyed } from '../../relay/node.js';

export enum ViewerKind {
  ANONYMOUS = 'ANONYMOUS',
  PARTNER = 'PARTNER',
  PERSON = 'PERSON',
}
registerEnumType(ViewerKind, {
  name: 'ViewerKind',
  description: 'Who is asking: nobody signed in, a partner with an API key, or a signed-in person.',
  valuesConfig: {
    ANONYMOUS: { description: 'Nobody signed in and no key: sees public data.' },
    PARTNER: { description: 'A partner with an API key: sees public data (requests limited per key rather than per address).' },
    PERSON: { description: "A signed-in person of a council: also sees their council's unpublished records." },
  },
});

@ObjectType('Viewer', { description: 'Who the API thinks is asking, and what they may do.' })
export class ViewerNode {
  @Field(() => ViewerKind, { description: 'ANONYMOUS, PARTNER or PERSON.' }) kind!: ViewerKind;
  @Field(() => String, { nullable: true, description: "The signed-in person's sign-in e-mail." }) email!: string | null;
  @Field(() => Boolean, { description: 'Administrator of their council (people, accounts, API keys).' }) admin!: boolean;
  @Field(() => String, { nullable: true, description: "For API keys: the key's name and prefix." }) apiKey!: string | null;
  personId!: number | null;
  councilId!: number | null;
}

@ObjectType('Session', {
  description: 'A signed-in session: send accessToken as "Authorization: Bearer <token>"; renew it with refreshSession before it expires.',
})
export class SessionPayload {
  @Field(() => String, { description: 'The bearer token for the Authorization header (short-lived).' }) accessToken!: string;
  @Field(() => String, { description: 'ISO time the access token stops working (15 minutes after issue).' }) accessTokenExpiresAt!: string;
  @Field(() => String, { description: 'Single use: refreshSession returns a new one. Keep it secret.' }) refreshToken!: string;
  @Field(() => String, { description: 'When the refresh token stops working (ISO 8601, UTC).' }) refreshTokenExpiresAt!: string;
  @Field(() => ViewerNode, { description: 'Who is signed in.' }) viewer!: ViewerNode;
}

@ObjectType('SignOutPayload', { description: 'The result of signOut.' })
export class SignOutPayload {
  @Field(() => Int, { description: 'Sessions ended.' }) sessionsEnded!: number;
}

@ObjectType('OkPayload', { description: 'The result of a mutation that returns no record.' })
export class OkPayload {
  @Field(() => Boolean, { description: 'True when it was done.' }) ok!: boolean;
  @Field(() => String, { description: 'What happened, in words.' }) message!: string;
}

@ObjectType('Account', { description: "A person's sign-in. Visible to administrators of the council." })
export class AccountNode implements Keyed {
  @Field(() => ID, { description: 'Global id of the account.' }) id!: string;
  dbId!: number;
  personId!: number;
  councilId!: number;
  @Field(() => String, { description: 'The email address it signs in with.' }) email!: string;
  @Field(() => Boolean, { description: 'True when the account administers its council (accounts, API keys, structure).' }) admin!: boolean;
  @Field(() => Boolean, { description: 'True when the account may no longer sign in.' }) disabled!: boolean;
  @Field(() => String, { description: 'When it last signed in (ISO 8601, UTC); null when never.', nullable: true }) lastSignInAt!:
    | string
    | null;
  @Field(() => Int, { description: 'Optimistic-lock version: send it back with updateAccount.' }) version!: number;

  static from(a: Account): AccountNode {
    return Object.assign(new AccountNode(), {
      id: toGlobalId('Account', a.id),
      dbId: a.id,
      personId: idOf(a.person)!,
      councilId: idOf(a.council)!,
      email: a.email,
      admin: a.admin,
      disabled: a.disabledAt !== null,
      lastSignInAt: a.lastSignInAt?.toISOString() ?? null,
      version: a.version,
    });
  }
}

@ObjectType('AccountPayload', { description: 'The result of an account mutation.' })
export class AccountPayload {
  @Field(() => AccountNode, { description: 'The account as stored after the mutation.' }) account!: AccountNode;
}

@ObjectType('ApiKey', { description: "A partner's read-only API key (the secret itself is shown only once, when created)." })
export class ApiKeyNode implements Keyed {
  @Field(() => ID, { description: 'Global id of the key (not the secret).' }) id!: string;
  dbId!: number;
  councilId!: number;
  @Field(() => String, { description: 'A name for the key, e.g. the partner organisation.' }) name!: string;
  @Field(() => String, { description: 'Who to contact about the key (email or name); null when not given.', nullable: true }) contact!:
    | string
    | null;
  @Field(() => String, { description: 'The public start of the key (gtk_<prefix>_...), to recognise it.' }) prefix!: string;
  @Field(() => String, { description: 'When it was issued (ISO 8601, UTC).' }) createdAt!: string;
  @Field(() => String, { description: 'When it stops working (ISO 8601, UTC); null for no expiry.', nullable: true }) expiresAt!:
    | string
    | null;
  @Field(() => String, { description: 'When it was revoked (ISO 8601, UTC); null while it works.', nullable: true }) revokedAt!:
    | string
    | null;
  @Field(() => String, { nullable: true, description: 'Updated at most once a minute.' }) lastUsedAt!: string | null;
  @Field(() => Int, { description: 'Optimistic-lock version: send it back with revokeApiKey.' }) version!: number;

  static from(k: ApiKey): ApiKeyNode {
    return Object.assign(new ApiKeyNode(), {
      id: toGlobalId('ApiKey', k.id),
      dbId: k.id,
      councilId: idOf(k.council)!,
      name: k.name,
      contact: k.contact,
      prefix: k.prefix,
      createdAt: k.createdAt.toISOString(),
      expiresAt: k.expiresAt?.toISOString() ?? null,
      revokedAt: k.revokedAt?.toISOString() ?? null,
      lastUsedAt: k.lastUsedAt?.toISOString() ?? null,
      version: k.version,
    });
  }
}

@ObjectType('ApiKeyPayload', { description: 'The result of an API key mutation.' })
export class ApiKeyPayload {
  @Field(() => ApiKeyNode, { description: 'The key as stored after the mutation.' }) apiKey!: ApiKeyNode;
}

@ObjectType('ApiKeyCreatedPayload', { description: 'A new API key with its secret (shown this once only).' })
export class ApiKeyCreatedPayload {
  @Field(() => ApiKeyNode, { description: 'The key as stored.' }) apiKey!: ApiKeyNode;
  @Field(() => String, { description: 'The key: give it to the partner now; it is never shown again.' }) secret!: string;
}

@ObjectType('AuditEvent', { description: 'One change to one record: who, when, which operation, and the record before and after.' })
export class AuditEventNode {
  @Field(() => ID, { description: 'Global id of the event.' }) id!: string;
  /** The council whose record changed (null: national data). */
  councilId!: number | null;
  @Field(() => String, { description: 'ISO time.' }) at!: string;
  @Field(() => String, { description: 'person or system.' }) actorKind!: string;
  @Field(() => String, { description: 'The actor\'s e-mail (or "cli").' }) actorLabel!: string;
  @Field(() => ID, { description: 'The global id of the person who made the change; null for the system or imports.', nullable: true })
  actorPersonId!: string | null;
  actorPersonDbId!: number | null;
  @Field(() => String, { nullable: true, description: 'The mutation that made the change.' }) operation!: string | null;
  @Field(() => String, { description: 'CREATE, UPDATE or DELETE.' }) action!: string;
  @Field(() => String, { description: "The kind of record changed, e.g. 'Measurement'." }) entityType!: string;
  @Field(() => ID, { description: 'Global id of the record changed.' }) entityId!: string;
  @Field(() => GraphQLJSONObject, { nullable: true, description: 'The record before (null for CREATE); secrets are redacted.' })
  before!: Record<string, unknown> | null;
  @Field(() => GraphQLJSONObject, { nullable: true, description: 'The record after (null for DELETE).' }) after!: Record<
    string,
    unknown
  > | null;

  static from(e: AuditEvent): AuditEventNode {
    return Object.assign(new AuditEventNode(), {
      id: toGlobalId('AuditEvent', e.id),
      councilId: e.councilId,
      at: e.at.toISOString(),
      actorKind: e.actorKind,
      actorLabel: e.actorLabel,
      actorPersonId: e.actorPersonId === null ? null : toGlobalId('Person', e.actorPersonId),
      actorPersonDbId: e.actorPersonId,
      operation: e.operation,
      action: e.action,
      entityType: e.entityType,
      entityId: toGlobalId(e.entityType, e.entityId),
      before: e.before,
      after: e.after,
    });
  }
}

export const AccountConnection = Connection(AccountNode, 'Account');
export const ApiKeyConnection = Connection(ApiKeyNode, 'ApiKey');
export const AuditEventConnection = Connection(AuditEventNode, 'AuditEvent');
