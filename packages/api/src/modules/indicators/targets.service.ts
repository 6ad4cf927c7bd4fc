/** Writes of indicators' targets: set (create or replace at its version) and delete, by who may write the target's place. */
import { Council, Indicator, Person, Service, Target } from '@goldenthread/db';
import { badInput, conflict } from '../../errors.js';
import { idOf } from '../../loaders.js';
import { targetWriteTarget } from '../cascade/cascade-writes.js';
import { WriteService } from '../shared/lookup.js';
import type { SetTargetInput } from './indicators.input.js';
import { finite, text } from './indicators.service.js';
import { parsePeriodArg } from './performance.service.js';

export class TargetsService extends WriteService {
  async setTarget(input: SetTargetInput): Promise<Target> {
    const council = await this.load(Council, 'Council', 'councilId', input.councilId);
    let service: Service | null = null;
    if (input.serviceId) service = await this.ref(Service, 'Service', 'serviceId', input.serviceId, council.id);
    await this.access.requireWrite(targetWriteTarget(council.id, service?.id ?? null));
    const ind = await this.ref(Indicator, 'Indicator', 'indicatorId', input.indicatorId, council.id, { national: true });
    const period = parsePeriodArg('period', input.period);
    const value = finite('value', input.value)!;
    const tolerance = finite('tolerance', input.tolerance);
    if (tolerance !== null && tolerance < 0) throw badInput('tolerance', 'must be zero or more.');
    let t = await this.em.findOne(Target, { council: council.id, indicator: ind.id, period: period.text, service: service?.id ?? null });
    if (t) {
      if (input.version === null || input.version === undefined)
        throw conflict(
          `There is already a target for ${ind.code} in ${period.text} (version ${t.version}); send that version to replace it.`,
          { currentVersion: t.version },
        );
      this.checkVersion(`The target for ${ind.code} in ${period.text}`, t.version, input.version);
    } else {
      t = this.em.create(Target, { council, indicator: ind, period: period.text, service, value });
    }
    t.value = value;
    t.tolerance = tolerance;
    t.toleranceKind = input.toleranceKind ?? null;
    t.note = text('note', input.note, 2000, false);
    t.setBy = this.personId === null ? null : this.em.getReference(Person, this.personId, { wrapped: true });
    await this.flush();
    return t;
  }

  async deleteTarget(globalId: string, version: number): Promise<number> {
    const t = await this.load(Target, 'Target', 'id', globalId);
    await this.access.requireWrite(targetWriteTarget(idOf(t.council)!, idOf(t.service)));
    this.checkVersion('The target', t.version, version);
    await this.em.nativeDelete(Target, { id: t.id });
    return t.id;
  }
}
