/**
 * Four eyes on data (domain four-eyes.ts): the council's setting (`setFourEyesOnData`, by its
 * administrators, audited as every write is) and the rule's answer for a figure and the viewer, asked
 * by validateMeasurement(s) and `viewerCan.validate` alike. The setting is read once a request per council.
 */
import { Council } from '@goldenthread/db';
import { fourEyesRefusal, type FourEyesFigure } from '@goldenthread/domain';
import { WriteService } from '../shared/lookup.js';

export class FourEyesService extends WriteService {
  private readonly rules = new Map<number, Promise<boolean>>();

  /** Is four eyes on data on in the council? (On unless the council turned it off.) */
  ruleOn(councilId: number): Promise<boolean> {
    let found = this.rules.get(councilId);
    if (!found) {
      found = this.em
        .findOne(Council, { id: councilId }, { fields: ['id', 'fourEyesOnData'], disableIdentityMap: true })
        .then((c) => c?.fourEyesOnData ?? true);
      this.rules.set(councilId, found);
    }
    return found;
  }

  /** Why the viewer may not validate the figure under four eyes (the end of a sentence), or null. */
  async refusal(councilId: number, figure: FourEyesFigure): Promise<string | null> {
    return fourEyesRefusal(figure, this.personId, await this.ruleOn(councilId));
  }

  /** Turns the council's rule on or off (its administrators); the audit log keeps who did and when. */
  async set(councilGlobalId: string, on: boolean): Promise<Council> {
    const council = await this.load(Council, 'Council', 'councilId', councilGlobalId);
    await this.access.requireWrite({ kind: 'admin', councilId: council.id });
    council.fourEyesOnData = on;
    await this.flush();
    this.rules.set(council.id, Promise.resolve(on));
    return council;
  }
}
