import { ref, type Ref } from '@mikro-orm/core';
import { DecisionBody, DecisionBodyKind } from '@goldenthread/db';
import { q } from '@goldenthread/domain';
import { badInput, forbidden } from '../../errors.js';
import { WriteService } from '../shared/lookup.js';
import { governanceAccess } from './governance-access.js';

/** What the roles and scrutiny write services share: the request's GovernanceAccess, tenancy first, and committees. */
export abstract class CommitteeWriteService extends WriteService {
  protected readonly gov = governanceAccess(this.em, this.access);

  /**
   * Refuses a person of another council before their input is looked at (the rule's full check
   * needs ids decoded from the input, and a bad id must not answer them BAD_USER_INPUT first).
   */
  protected ownCouncil(councilId: number): void {
    const v = this.access.viewer;
    if (v.kind === 'person' && v.councilId !== councilId) throw forbidden("You can only change your own council's data.");
  }

  /** A committee: a decision body of the council of kind COMMITTEE (BAD_USER_INPUT in `field` otherwise). */
  protected async committee(
    field: string,
    globalId: string | null | undefined,
    councilId: number,
  ): Promise<DecisionBody | null | undefined> {
    const body = await this.optional(DecisionBody, 'DecisionBody', field, globalId, councilId, { noun: 'committee' });
    if (body && body.kind !== DecisionBodyKind.COMMITTEE) {
      throw badInput(field, `${q(body.name)} is the ${body.kind.toLowerCase().replace(/_/g, ' ')}, not a committee.`);
    }
    return body;
  }
}

/** A loaded record as the reference a relation holds (null stays null). */
export function refTo<T extends object>(record: T | null | undefined): Ref<T> | null {
  return record ? ref(record) : null;
}
