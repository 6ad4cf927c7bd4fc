import type { Access, Viewer } from './access.js';

/**
 * Full access, for seeds, the CLI and in-process callers that are trusted by construction. The HTTP
 * server must never hand this to a request from outside.
 */
export class SystemAccess implements Access {
  readonly viewer: Viewer = { kind: 'system' };
  canReadUnpublished(): boolean {
    return true;
  }
  requireReadUnpublished(): void {}
  async requireWrite(): Promise<void> {}
  async mayWrite(): Promise<boolean> {
    return true;
  }
  isMemberOf(): boolean {
    return true;
  }
}
