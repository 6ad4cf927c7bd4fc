import { randomUUID } from 'node:crypto';
import {
  Account,
  ApiKey,
  Council,
  hashPassword,
  PASSWORD_MAX_LENGTH,
  PASSWORD_MIN_LENGTH,
  Person,
  RefreshToken,
  setAuditActor,
  sha256,
  verifyPassword,
  type Em,
} from '@goldenthread/db';
import { hasLeftBy, validateEmail, validateName } from '@goldenthread/domain';
import type { GqlContext } from '../../context.js';
import { assertValid, badInput, notFound, staleVersion, tooManyRequests, unauthenticated, flushOrConflict } from '../../errors.js';
import { idOf } from '../../loaders.js';
import { type ConnectionArgs, type ConnectionShape } from '../../relay/connection.js';
import { decodeId } from '../../relay/global-id.js';
import type { CreateAccountInput, CreateApiKeyInput, UpdateAccountInput } from './accounts.input.js';
import { AccountNode, ApiKeyNode, ViewerKind, ViewerNode, type SessionPayload } from './accounts.type.js';
import { newApiKey, newRefreshToken, signAccessToken } from '../../access/tokens.js';
import { paginate } from '../shared/paginate.js';

const WRONG_CREDENTIALS = 'The e-mail address or the password is not right.';

function checkPassword(field: string, password: string): void {
  if (password.length < PASSWORD_MIN_LENGTH) throw badInput(field, `a password needs at least ${PASSWORD_MIN_LENGTH} characters.`);
  if (password.length > PASSWORD_MAX_LENGTH) throw badInput(field, `a password can have at most ${PASSWORD_MAX_LENGTH} characters.`);
}

function normaliseEmail(email: string): string {
  return email.trim().toLowerCase();
}

/** Sign-in, sessions, accounts and API keys: the rules behind the access resolvers (the audit trail: audit.service.ts). */
export class AccessService {
  constructor(private readonly ctx: GqlContext) {}

  private get em(): Em {
    return this.ctx.em;
  }

  private get auth() {
    if (!this.ctx.auth) throw new Error('Authentication is not configured for this server.');
    return this.ctx.auth;
  }

  private flush(): Promise<void> {
    return flushOrConflict(this.em);
  }

  viewer(): ViewerNode {
    const v = this.ctx.access.viewer;
    const node = new ViewerNode();
    node.kind =
      v.kind === 'person' || v.kind === 'system' ? ViewerKind.PERSON : v.kind === 'partner' ? ViewerKind.PARTNER : ViewerKind.ANONYMOUS;
    node.email = v.kind === 'person' ? v.email : null;
    node.admin = v.kind === 'person' && v.admin;
    node.apiKey = v.kind === 'partner' ? v.label : null;
    node.personId = v.kind === 'person' ? v.personId : null;
    node.councilId = v.kind === 'person' ? v.councilId : v.kind === 'partner' ? (v.councilIds[0] ?? null) : null;
    return node;
  }

  /** Someone who has left the council signs in no more (their record and account stay). */
  private async refuseLeaver(account: Account): Promise<void> {
    const person = await this.em.findOne(Person, { id: idOf(account.person)! }, { fields: ['id', 'name', 'leftOn'] });
    if (person && hasLeftBy(person.leftOn, new Date().toISOString().slice(0, 10))) {
      throw unauthenticated(
        `${person.name} left the council on ${person.leftOn}, so this account no longer signs in. Ask your council's administrator if ` +
          `that is wrong.`,
      );
    }
  }

  private actAs(account: Account, operation: string): void {
    setAuditActor(this.em, {
      kind: 'person',
      label: account.email,
      accountId: account.id,
      personId: idOf(account.person),
      councilId: idOf(account.council),
      requestId: this.ctx.requestId,
      operation,
    });
  }

  private async startSession(account: Account, family: string): Promise<SessionPayload> {
    const days = this.auth.settings.refreshTokenDays ?? 30;
    const refresh = newRefreshToken();
    const refreshExpires = new Date(Date.now() + days * 86_400_000);
    this.em.create(RefreshToken, {
      account,
      tokenHash: refresh.hash,
      family,
      expiresAt: refreshExpires,
      userAgent: this.ctx.client.userAgent?.slice(0, 200) ?? null,
    });
    await this.flush();
    const access = await signAccessToken(this.auth.settings, {
      accountId: account.id,
      personId: idOf(account.person)!,
      councilId: idOf(account.council)!,
      admin: account.admin,
      email: account.email,
      sessionId: family,
    });
    // Apollo gives each operation its own shallow copy of the context: this is the one resolving.
    if (this.ctx.accessFor)
      this.ctx.access = this.ctx.accessFor({
        kind: 'person',
        personId: idOf(account.person)!,
        councilId: idOf(account.council)!,
        admin: account.admin,
        accountId: account.id,
        email: account.email,
        sessionId: family,
      });
    const viewer = Object.assign(new ViewerNode(), {
      kind: ViewerKind.PERSON,
      email: account.email,
      admin: account.admin,
      apiKey: null,
      personId: idOf(account.person),
      councilId: idOf(account.council),
    });
    return {
      accessToken: access.token,
      accessTokenExpiresAt: access.expiresAt.toISOString(),
      refreshToken: refresh.token,
      refreshTokenExpiresAt: refreshExpires.toISOString(),
      viewer,
    };
  }

  async signIn(emailInput: string, password: string): Promise<SessionPayload> {
    const email = normaliseEmail(emailInput);
    if (!email) throw badInput('email', 'give the e-mail address you sign in with.');
    const ip = this.ctx.client.ip;
    // The attempt takes its slot now, before the password is checked: it counts as a failure until it succeeds.
    const slot = await this.auth.throttle.begin(email, ip);
    if ('refused' in slot) {
      const wait = slot.refused;
      const minutes = Math.ceil(wait.seconds / 60);
      throw tooManyRequests(
        wait.scope === 'account'
          ? `Too many failed sign-ins for this account. Wait ${minutes} minute${minutes === 1 ? '' : 's'} and try again, or ask your ` +
              `council's administrator to reset your password.`
          : `Too many failed sign-ins from your network. Wait ${minutes} minute${minutes === 1 ? '' : 's'} and try again.`,
        wait.seconds,
      );
    }
    let account: Account | null = null;
    let ok = false;
    try {
      account = await this.em.findOne(Account, { email });
      ok = await verifyPassword(account?.passwordHash ?? null, password.slice(0, PASSWORD_MAX_LENGTH + 1));
    } finally {
      // Anything but the right password (an error too) stays counted as a failure.
      if (!account || !ok) await slot.attempt.failed();
    }
    if (!account || !ok) throw unauthenticated(WRONG_CREDENTIALS);
    // The right password is no failure, whatever follows.
    await slot.attempt.released();
    if (account.disabledAt) throw unauthenticated("This account is disabled. Ask your council's administrator.");
    await this.refuseLeaver(account);
    await this.auth.throttle.succeed(email);
    this.actAs(account, 'signIn');
    // Plain SQL, like an API key's last use: signing in neither bumps the account's version (an
    // administrator's change made meanwhile would conflict) nor is a change of data to audit.
    await this.em
      .getKnex()('account')
      .where('id', account.id)
      .update({ last_sign_in_at: this.em.getPlatform().processDateProperty(new Date()) as never });
    return this.startSession(account, randomUUID());
  }

  async refreshSession(token: string): Promise<SessionPayload> {
    const row = await this.em.findOne(RefreshToken, { tokenHash: sha256(token.trim()) }, { populate: ['account'] });
    if (!row) throw unauthenticated('This refresh token is not valid: sign in again.');
    const account = row.account.getEntity();
    this.actAs(account, 'refreshSession');
    if (row.rotatedAt) {
      // A used token came back: someone holds a copy. End the whole session.
      await this.em.nativeUpdate(RefreshToken, { family: row.family, revokedAt: null }, { revokedAt: new Date() });
      throw unauthenticated('This refresh token was already used, so the session has been ended for safety: sign in again.');
    }
    if (row.revokedAt) throw unauthenticated('This session has ended (signed out): sign in again.');
    if (row.expiresAt <= new Date()) throw unauthenticated('This session has expired: sign in again.');
    if (account.disabledAt) throw unauthenticated("This account is disabled. Ask your council's administrator.");
    await this.refuseLeaver(account);
    row.rotatedAt = new Date();
    return this.startSession(account, row.family);
  }

  async signOut(token: string | null | undefined, everywhere: boolean): Promise<number> {
    const v = this.ctx.access.viewer;
    const now = new Date();
    if (everywhere) {
      if (v.kind !== 'person') throw unauthenticated('Sign in to sign out everywhere.');
      const account = await this.em.findOneOrFail(Account, { id: v.accountId });
      this.actAs(account, 'signOut');
      return this.endSessions(account.id);
    }
    const families = new Set<string>();
    if (token) {
      const row = await this.em.findOne(RefreshToken, { tokenHash: sha256(token.trim()) }, { populate: ['account'] });
      if (row) {
        this.actAs(row.account.getEntity(), 'signOut');
        families.add(row.family);
      }
    }
    if (v.kind === 'person' && v.sessionId) {
      const account = await this.em.findOneOrFail(Account, { id: v.accountId });
      this.actAs(account, 'signOut');
      families.add(v.sessionId);
    }
    if (!families.size) return 0;
    await this.em.nativeUpdate(RefreshToken, { family: { $in: [...families] }, revokedAt: null }, { revokedAt: now });
    return families.size;
  }

  private async endSessions(accountId: number): Promise<number> {
    const live = await this.em.find(RefreshToken, { account: accountId, revokedAt: null }, { fields: ['id', 'family'] });
    if (!live.length) return 0;
    await this.em.nativeUpdate(RefreshToken, { account: accountId, revokedAt: null }, { revokedAt: new Date() });
    return new Set(live.map((r) => r.family)).size;
  }

  async changePassword(current: string, next: string): Promise<void> {
    const v = this.ctx.access.viewer;
    if (v.kind !== 'person') throw unauthenticated('Sign in to change your password.');
    const account = await this.em.findOneOrFail(Account, { id: v.accountId });
    if (!(await verifyPassword(account.passwordHash, current))) throw badInput('currentPassword', 'this is not your current password.');
    checkPassword('newPassword', next);
    if (next === current) throw badInput('newPassword', 'choose a password different from the current one.');
    account.passwordHash = await hashPassword(next);
    account.passwordChangedAt = new Date();
    await this.flush();
    // Other sessions end; this one goes on.
    await this.em.nativeUpdate(
      RefreshToken,
      { account: account.id, revokedAt: null, family: { $ne: v.sessionId ?? '' } },
      { revokedAt: new Date() },
    );
  }

  // ------------------------------------------------------------ accounts (administrators)

  async createAccount(input: CreateAccountInput): Promise<Account> {
    const personId = decodeId('personId', input.personId, 'Person');
    const person = await this.em.findOne(Person, { id: personId });
    if (!person) throw notFound('Person', input.personId);
    const councilId = idOf(person.council)!;
    await this.ctx.access.requireWrite({ kind: 'admin', councilId });
    const email = normaliseEmail(input.email ?? person.email ?? '');
    if (!email) throw badInput('email', `${person.name} has no e-mail address: give the one they will sign in with.`);
    assertValid(validateEmail('email', email));
    checkPassword('password', input.password);
    if (await this.em.count(Account, { person: person.id })) throw badInput('personId', `${person.name} already has an account.`);
    if (await this.em.count(Account, { email })) throw badInput('email', `${email} is already used to sign in.`);
    const account = this.em.create(Account, {
      council: councilId,
      person: person.id,
      email,
      passwordHash: await hashPassword(input.password),
      admin: input.admin,
    });
    await this.flush();
    return account;
  }

  async updateAccount(input: UpdateAccountInput): Promise<Account> {
    const account = await this.em.findOne(Account, { id: decodeId('id', input.id, 'Account') });
    if (!account) throw notFound('Account', input.id);
    const councilId = idOf(account.council)!;
    await this.ctx.access.requireWrite({ kind: 'admin', councilId });
    if (account.version !== input.version) throw staleVersion(`The account of ${account.email}`, account.version, input.version);
    let endSessions = false;
    if (input.admin !== undefined && input.admin !== null && input.admin !== account.admin) {
      if (!input.admin && (await this.em.count(Account, { council: councilId, admin: true, disabledAt: null })) <= 1) {
        throw badInput('admin', "this is the council's last administrator: make someone else an administrator first.");
      }
      account.admin = input.admin;
    }
    if (input.disabled !== undefined && input.disabled !== null && input.disabled !== (account.disabledAt !== null)) {
      if (input.disabled && account.admin && (await this.em.count(Account, { council: councilId, admin: true, disabledAt: null })) <= 1) {
        throw badInput('disabled', "this is the council's last administrator: make someone else an administrator first.");
      }
      account.disabledAt = input.disabled ? new Date() : null;
      endSessions ||= input.disabled;
    }
    if (input.password) {
      checkPassword('password', input.password);
      account.passwordHash = await hashPassword(input.password);
      account.passwordChangedAt = new Date();
      endSessions = true;
    }
    await this.flush();
    if (endSessions) await this.endSessions(account.id);
    return account;
  }

  async accounts(councilGlobalId: string, page: ConnectionArgs): Promise<ConnectionShape<AccountNode>> {
    const councilId = await this.councilForAdmin(councilGlobalId);
    return paginate(this.em, Account, { where: { council: councilId }, orderBy: { email: 'asc' } }, page, AccountNode.from);
  }

  private async councilForAdmin(councilGlobalId: string): Promise<number> {
    const councilId = decodeId('councilId', councilGlobalId, 'Council');
    if (!(await this.em.count(Council, { id: councilId }))) throw notFound('Council', councilGlobalId);
    await this.ctx.access.requireWrite({ kind: 'admin', councilId });
    return councilId;
  }

  // ------------------------------------------------------------ API keys (administrators)

  async createApiKey(input: CreateApiKeyInput): Promise<{ apiKey: ApiKeyNode; secret: string }> {
    const councilId = await this.councilForAdmin(input.councilId);
    assertValid(validateName('name', input.name));
    if (input.contact && input.contact.length > 300) throw badInput('contact', 'at most 300 characters.');
    let expiresAt: Date | null = null;
    if (input.expiresAt) {
      expiresAt = new Date(input.expiresAt);
      if (Number.isNaN(expiresAt.getTime())) throw badInput('expiresAt', `"${input.expiresAt}" is not a date (use ISO, e.g. 2026-03-31).`);
      if (expiresAt <= new Date()) throw badInput('expiresAt', 'must be in the future.');
    }
    const v = this.ctx.access.viewer;
    const made = newApiKey();
    const key = this.em.create(ApiKey, {
      council: councilId,
      name: input.name.trim(),
      contact: input.contact?.trim() || null,
      prefix: made.prefix,
      keyHash: made.hash,
      createdBy: v.kind === 'person' ? v.accountId : null,
      expiresAt,
    });
    await this.flush();
    return { apiKey: ApiKeyNode.from(key), secret: made.key };
  }

  async revokeApiKey(globalId: string, version: number | null | undefined): Promise<ApiKey> {
    const key = await this.em.findOne(ApiKey, { id: decodeId('id', globalId, 'ApiKey') });
    if (!key) throw notFound('ApiKey', globalId);
    await this.ctx.access.requireWrite({ kind: 'admin', councilId: idOf(key.council)! });
    if (version !== null && version !== undefined && key.version !== version)
      throw staleVersion(`API key '${key.name}'`, key.version, version);
    if (!key.revokedAt) {
      key.revokedAt = new Date();
      await this.flush();
    }
    return key;
  }

  async apiKeys(councilGlobalId: string, includeRevoked: boolean, page: ConnectionArgs): Promise<ConnectionShape<ApiKeyNode>> {
    const councilId = await this.councilForAdmin(councilGlobalId);
    const where = includeRevoked ? { council: councilId } : { council: councilId, revokedAt: null };
    return paginate(this.em, ApiKey, { where, orderBy: { id: 'desc' } }, page, ApiKeyNode.from);
  }
}

/**
 * The AccessService of the context resolving the field. Not one per request through ctx.services: Apollo
 * gives each operation a shallow copy of the context, and signIn must set the access of that copy (the
 * one that resolves the rest of the answer), so it is made per call from the resolver's context.
 */
export function accessServiceOf(ctx: GqlContext): AccessService {
  return new AccessService(ctx);
}
