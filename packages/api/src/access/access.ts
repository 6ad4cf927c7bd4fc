import type { Em } from '@goldenthread/db';

/**
 * Who is asking, and what they may do. Every resolver asks `ctx.access` before it reads unpublished
 * data or writes anything; the UI's hiding of buttons is never the check.
 *
 * The policy (see README "Access"): anonymous callers and partners read published data only; a
 * council's staff and councillors read their own council; managers write within what they are
 * accountable for and below it; data owners enter and validate their indicators' measurements,
 * publication needs the MI-responsible manager or their delegate; council admins manage people,
 * roles and API keys; nobody writes to another council.
 */
export type Viewer =
  | { kind: 'anonymous' }
  | { kind: 'partner'; apiKeyId: number; councilIds: number[]; label: string }
  | { kind: 'person'; personId: number; councilId: number; admin: boolean; accountId: number; email: string; sessionId?: string }
  /** Seeds, the CLI and tests of internal services: trusted, never from HTTP. */
  | { kind: 'system' };

/** What a write touches, so the policy can check the writer's scope. */
export type WriteTarget =
  | { kind: 'council'; councilId: number }
  | { kind: 'directorate'; councilId: number; directorateId: number }
  | { kind: 'service'; councilId: number; serviceId: number }
  | { kind: 'person'; councilId: number; personId: number }
  | { kind: 'measurement'; councilId: number; indicatorId: number; action: 'enter' | 'validate' | 'publish' }
  | { kind: 'admin'; councilId: number };

/**
 * What the policy needs from features that own the data (see README "Access"). The indicators
 * feature plugs in who owns each indicator in a council; the delegation feature who the
 * MI-responsible manager delegated publication to. Until they do, nobody is a data owner and only
 * the MI-responsible manager may enter, validate and publish measurements.
 */
export interface AccessLookups {
  /**
   * The data owners of every indicator of a council: indicator id -> person ids. Council-wide (asked once a
   * request), so answering for many figures (a work list's viewerCan, a bulk validation) costs one statement.
   */
  dataOwners?: (em: Em, councilId: number) => Promise<Map<number, number[]>>;
  /** Person ids to whom the council's MI-responsible manager delegated publication (asked once a request). */
  publicationDelegates?: (em: Em, councilId: number) => Promise<number[]>;
}

export interface Access {
  readonly viewer: Viewer;
  /** May the viewer see this council's unpublished data (drafts, staff details, internal findings)? */
  canReadUnpublished(councilId: number): boolean;
  /** Throws UNAUTHENTICATED or FORBIDDEN unless the viewer may read this council's unpublished data. */
  requireReadUnpublished(councilId: number): void;
  /** Throws UNAUTHENTICATED or FORBIDDEN unless the viewer may make this write. */
  requireWrite(target: WriteTarget): Promise<void>;
  /** Would requireWrite let the viewer make this write? (For showing or hiding actions; never instead of requireWrite.) */
  mayWrite(target: WriteTarget): Promise<boolean>;
  /** Is the viewer a signed-in person of this council (staff or councillor)? */
  isMemberOf(councilId: number): boolean;
}
