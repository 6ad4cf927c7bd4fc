/**
 * Writes of the indicators feature: local indicators, ownership, measurements and their workflow,
 * and imports (targets: targets.service.ts; comparator groups: their own service). Every write asks `access.requireWrite` first, checks its
 * input (coded errors naming the field) and writes all or nothing.
 */
import { DeadlockException, LockWaitTimeoutException, UniqueConstraintViolationException } from '@mikro-orm/core';
import {
  Council,
  Indicator,
  IndicatorFramework,
  IndicatorOwnership,
  Measurement,
  MeasurementAction,
  MeasurementHistory,
  measurementHistoryOf,
  MeasurementStatus,
  Person,
  Polarity,
  Target,
  ToleranceKind,
  YearRollup,
  TOTAL,
  ImportConflictError,
  importMeasurements,
  type ImportFormat,
  type ImportReport,
} from '@goldenthread/db';
import { parseMeasuredValue, validateIndicatorDeletion, validateIndicatorIsLocal, type IndicatorForWrite } from '@goldenthread/domain';
import { AppError, assertValid, badInput, conflict, forbidden, notFound } from '../../errors.js';
import { idOf } from '../../loaders.js';
import { WriteService } from '../shared/lookup.js';
import type { CreateIndicatorInput, RecordMeasurementInput, SetOwnershipInput, UpdateIndicatorInput } from './indicators.input.js';
import { localIndicatorWriteTarget, ownershipWriteTarget } from './indicators.writes.js';
import { KIND_OF_FREQUENCY, parsePeriodArg } from './performance.service.js';

const forWrite = (i: Indicator): IndicatorForWrite => ({
  framework: i.framework,
  code: i.code,
  title: i.title,
  councilId: idOf(i.council),
});

/** Largest CSV accepted through GraphQL (characters): 10 MB. Larger files go through the CLI. */
export const MAX_IMPORT_CONTENT_CHARS = 10 * 1024 * 1024;

export function text(field: string, value: string | null | undefined, max: number, required = true): string | null {
  const v = value?.trim() ?? '';
  if (!v) {
    if (required) throw badInput(field, 'must not be empty.');
    return null;
  }
  if (v.length > max) throw badInput(field, `at most ${max} characters.`);
  return v;
}

/**
 * What a caller is told when an import lost a race with other writers (nothing of the file is
 * stored): CONFLICT saying what happened. Any other error is returned as it is.
 */
function importConflict(error: unknown): unknown {
  if (error instanceof ImportConflictError) return conflict(error.message);
  if (error instanceof UniqueConstraintViolationException) {
    return conflict(
      'Someone else stored some of the same measurements (same council, indicator, period and breakdown) at the same time, so nothing of ' +
        'the file was imported. Import it again: it will be compared with what they stored.',
    );
  }
  if (error instanceof DeadlockException || error instanceof LockWaitTimeoutException) {
    return conflict(
      'The import had to wait for other changes to the same measurements for too long, so nothing of the file was imported. Import it ' +
        'again.',
    );
  }
  return error;
}

export function finite(field: string, v: number | null | undefined): number | null {
  if (v === null || v === undefined) return null;
  if (!Number.isFinite(v)) throw badInput(field, 'must be a number.');
  return v;
}

export class IndicatorsService extends WriteService {
  private async person(field: string, globalId: string | null | undefined, councilId: number): Promise<Person | null> {
    if (!globalId) return null;
    return this.ref(Person, 'Person', field, globalId, councilId);
  }

  /** A council's indicator, national or its own local one (another council's local indicator is as unknown). */
  private indicatorFor(field: string, globalId: string, councilId: number): Promise<Indicator> {
    return this.ref(Indicator, 'Indicator', field, globalId, councilId, { national: true });
  }

  // ------------------------------------------------------------------------------ definitions

  private checkSettings(polarity: Polarity, tolerance: number | null, bandLow: number | null, bandHigh: number | null): void {
    if (tolerance !== null && tolerance < 0) throw badInput('tolerance', 'must be zero or more.');
    if (polarity === Polarity.WITHIN_BAND) {
      if (bandLow === null || bandHigh === null) throw badInput('bandLow', 'a WITHIN_BAND indicator needs bandLow and bandHigh.');
      if (bandLow > bandHigh) throw badInput('bandLow', `the band's low end (${bandLow}) is above its high end (${bandHigh}).`);
    }
  }

  async createIndicator(input: CreateIndicatorInput): Promise<Indicator> {
    const council = await this.load(Council, 'Council', 'councilId', input.councilId);
    await this.access.requireWrite(localIndicatorWriteTarget(council.id));
    const code = text('code', input.code, 40)!;
    if (!/^[A-Za-z0-9][A-Za-z0-9 ._()/-]*$/.test(code)) throw badInput('code', 'use letters, digits, spaces and . _ - ( ) / only.');
    const title = text('title', input.title, 500)!;
    const tolerance = finite('tolerance', input.tolerance);
    const bandLow = finite('bandLow', input.bandLow);
    const bandHigh = finite('bandHigh', input.bandHigh);
    this.checkSettings(input.polarity, tolerance, bandLow, bandHigh);
    const clash = await this.em.findOne(Indicator, { council: council.id, code });
    if (clash) throw badInput('code', `the council already has a local indicator with code '${code}'.`);
    const ind = this.em.create(Indicator, {
      framework: IndicatorFramework.LOCAL,
      council,
      code,
      title,
      definition: text('definition', input.definition, 5000, false),
      unit: text('unit', input.unit, 60, false),
      polarity: input.polarity,
      polaritySourced: true,
      frequency: input.frequency,
      yearRollup: input.yearRollup ?? YearRollup.NONE,
      tolerance,
      toleranceKind: input.toleranceKind ?? ToleranceKind.ABSOLUTE,
      bandLow,
      bandHigh,
      domain: text('domain', input.domain, 60, false),
      source: council.name,
    });
    await this.flush();
    return ind;
  }

  async updateIndicator(input: UpdateIndicatorInput): Promise<Indicator> {
    const ind = await this.load(Indicator, 'Indicator', 'id', input.id);
    assertValid(validateIndicatorIsLocal(forWrite(ind)));
    await this.access.requireWrite(localIndicatorWriteTarget(idOf(ind.council)!));
    this.checkVersion(`Indicator '${ind.title}'`, ind.version, input.version);
    if (input.title !== undefined) ind.title = text('title', input.title, 500)!;
    if (input.definition !== undefined) ind.definition = text('definition', input.definition, 5000, false);
    if (input.unit !== undefined) ind.unit = text('unit', input.unit, 60, false);
    if (input.polarity) ind.polarity = input.polarity;
    if (input.yearRollup) ind.yearRollup = input.yearRollup;
    if (input.tolerance !== undefined) ind.tolerance = finite('tolerance', input.tolerance);
    if (input.toleranceKind) ind.toleranceKind = input.toleranceKind;
    if (input.bandLow !== undefined) ind.bandLow = finite('bandLow', input.bandLow);
    if (input.bandHigh !== undefined) ind.bandHigh = finite('bandHigh', input.bandHigh);
    this.checkSettings(ind.polarity, ind.tolerance, ind.bandLow, ind.bandHigh);
    await this.flush();
    return ind;
  }

  /**
   * Deletes a council's local indicator with nothing recorded against it (no figures, no targets); its
   * ownership goes with it, and the priorities, actions and scrutiny topics that named it no longer do.
   */
  async deleteIndicator(globalId: string, version: number | null | undefined): Promise<{ id: number; title: string }> {
    const ind = await this.load(Indicator, 'Indicator', 'id', globalId);
    assertValid(validateIndicatorIsLocal(forWrite(ind), 'id', 'deleted'));
    await this.access.requireWrite(localIndicatorWriteTarget(idOf(ind.council)!));
    this.checkVersion(`Indicator '${ind.title}'`, ind.version, version);
    const [measurements, targets] = await Promise.all([
      this.em.count(Measurement, { indicator: ind.id }),
      this.em.count(Target, { indicator: ind.id }),
    ]);
    assertValid(validateIndicatorDeletion(forWrite(ind), { measurements, targets }));
    await this.em.transactional(async (em) => {
      await em.nativeDelete(IndicatorOwnership, { indicator: ind.id });
      await em.nativeDelete(Indicator, { id: ind.id });
    });
    return { id: ind.id, title: ind.title };
  }

  async setOwnership(input: SetOwnershipInput): Promise<IndicatorOwnership> {
    const council = await this.load(Council, 'Council', 'councilId', input.councilId);
    await this.access.requireWrite(ownershipWriteTarget(council.id));
    const ind = await this.indicatorFor('indicatorId', input.indicatorId, council.id);
    const dataOwner = await this.person('dataOwnerId', input.dataOwnerId, council.id);
    const manager = await this.person('responsibleManagerId', input.responsibleManagerId, council.id);
    let row = await this.em.findOne(IndicatorOwnership, { council: council.id, indicator: ind.id });
    if (row) this.checkVersion(`Who answers for '${ind.title}'`, row.version, input.version);
    if (!row) row = this.em.create(IndicatorOwnership, { council, indicator: ind });
    row.dataOwner = dataOwner ? this.em.getReference(Person, dataOwner.id, { wrapped: true }) : null;
    row.responsibleManager = manager ? this.em.getReference(Person, manager.id, { wrapped: true }) : null;
    await this.flush();
    return row;
  }

  // ------------------------------------------------------------------------------ measurements

  private history(m: Measurement, action: MeasurementAction): void {
    this.em.create(MeasurementHistory, measurementHistoryOf(m, action, this.personId));
  }

  /** Enters a value (a new DRAFT) or changes one (send its version). */
  async recordMeasurement(input: RecordMeasurementInput): Promise<Measurement> {
    const council = await this.load(Council, 'Council', 'councilId', input.councilId);
    const ind = await this.indicatorFor('indicatorId', input.indicatorId, council.id);
    await this.access.requireWrite({ kind: 'measurement', councilId: council.id, indicatorId: ind.id, action: 'enter' });
    const period = parsePeriodArg('period', input.period, KIND_OF_FREQUENCY[ind.frequency]);
    const disaggregation = text('disaggregation', input.disaggregation ?? TOTAL, 60)!;
    const parsed = parseMeasuredValue(input.value);
    if (!parsed.ok) throw badInput('value', parsed.error);
    const numerator = finite('numerator', input.numerator);
    const denominator = finite('denominator', input.denominator);
    if (denominator === 0) throw badInput('denominator', 'must not be zero.');
    const note = text('note', input.note, 2000, false);
    const value = parsed.value.kind === 'VALUE' ? parsed.value.value : null;
    const valueStatus = parsed.value.kind;

    let m = await this.em.findOne(Measurement, { council: council.id, indicator: ind.id, period: period.text, disaggregation });
    if (!m) {
      if (input.version !== null && input.version !== undefined) throw notFound('Measurement', `${ind.code} ${period.text}`);
      m = this.em.create(Measurement, {
        council,
        indicator: ind,
        period: period.text,
        periodKind: period.kind as never,
        periodStart: period.start,
        disaggregation,
        value,
        valueStatus,
        numerator,
        denominator,
        note,
        status: MeasurementStatus.DRAFT,
        enteredBy: this.personId,
        source: 'entered',
      });
      await this.flush().catch((error: unknown) => {
        // Someone else (another person, an import) stored the same measurement between our read and our write.
        if (error instanceof UniqueConstraintViolationException) {
          throw conflict(
            `${ind.code} ${period.text}${disaggregation === TOTAL ? '' : ` (${disaggregation})`} was stored by someone else at the same ` +
              'moment; reload it and send its version to change it.',
          );
        }
        throw error;
      });
      this.history(m, MeasurementAction.CREATED);
      await this.flush();
      return m;
    }
    if (input.version === null || input.version === undefined) {
      throw conflict(`${ind.code} ${period.text} already has a value (version ${m.version}); send that version to change it.`, {
        currentVersion: m.version,
      });
    }
    this.checkVersion(`The measurement ${ind.code} ${period.text}`, m.version, input.version);
    if (m.status !== MeasurementStatus.DRAFT && !input.correction) {
      throw conflict(
        `${ind.code} ${period.text} is ${m.status.toLowerCase()}: a change is a correction and sends it back to draft for validation ` +
          'again. Send correction: true to make it.',
      );
    }
    m.value = value;
    m.valueStatus = valueStatus;
    m.numerator = numerator;
    m.denominator = denominator;
    m.note = note;
    // A published figure taken back to draft leaves the open data: the change feed gives it as a withdrawal.
    if (m.status === MeasurementStatus.PUBLISHED) m.withdrawnAt = new Date();
    m.status = MeasurementStatus.DRAFT;
    m.enteredBy = this.personId === null ? null : this.em.getReference(Person, this.personId, { wrapped: true });
    m.validatedBy = null;
    m.publishedBy = null;
    m.source = 'entered';
    await this.flush();
    this.history(m, MeasurementAction.CHANGED);
    await this.flush();
    return m;
  }

  // ------------------------------------------------------------------------------ import

  /**
   * Imports a CSV given as text. All or nothing: any bad row refuses the file with every bad row
   * listed (extensions.rowErrors: line, column, message). National formats (ascof, oflog) store
   * PUBLISHED values (they are published statistics); the template stores DRAFT values.
   */
  async importCsv(input: {
    content: string;
    format?: ImportFormat | null;
    dryRun: boolean;
    councilGss?: string | null;
    period?: string | null;
    fileName?: string | null;
  }): Promise<ImportReport> {
    // Through the API people import their own council's measurements (councilGss: their council;
    // every row is also checked against what they may write, in beforeApply below). A file for every
    // council (a national publication) is loaded by an operator with the command line.
    if (this.access.viewer.kind !== 'system') {
      const gss = input.councilGss?.trim().toUpperCase();
      const council = gss ? await this.em.findOne(Council, { gssCode: gss }, { fields: ['id'] }) : null;
      if (!council || !this.access.isMemberOf(council.id)) {
        throw forbidden(
          gss
            ? "You can import measurements only for your own council: councilGss must be your council's GSS code."
            : "Say whose measurements these are with councilGss (your council's GSS code): files covering every council are loaded by an " +
                'operator with the command line (golden-thread import).',
        );
      }
    }
    if (input.content.length > MAX_IMPORT_CONTENT_CHARS) {
      throw badInput(
        'content',
        `the file is larger than the limit of ${MAX_IMPORT_CONTENT_CHARS / 1024 / 1024} MB for an upload through the API; split it or ` +
          'use the command line (golden-thread import).',
      );
    }
    const report = await importMeasurements(this.em, input.content, {
      format: input.format ?? null,
      councilGss: input.councilGss ?? null,
      period: input.period ?? null,
      fileName: input.fileName ?? null,
      dryRun: input.dryRun,
      status: (format) => (format === 'template' ? MeasurementStatus.DRAFT : MeasurementStatus.PUBLISHED),
      changedBy: this.personId,
      beforeApply: async (rows, status) => {
        const pairs = new Map<string, { councilId: number; indicatorId: number }>();
        for (const r of rows) pairs.set(`${r.councilId}|${r.indicatorId}`, { councilId: r.councilId, indicatorId: r.indicatorId });
        const action = status === MeasurementStatus.PUBLISHED ? 'publish' : 'enter';
        for (const p of pairs.values()) await this.access.requireWrite({ kind: 'measurement', ...p, action });
      },
    }).catch((error: unknown) => {
      throw importConflict(error);
    });
    if (report.fileError) throw badInput('content', report.fileError, { rowErrors: [], errorCount: 0 });
    if (report.errorCount) {
      const first = report.errors[0]!;
      throw new AppError(
        'BAD_USER_INPUT',
        `content: ${report.errorCount} row${report.errorCount === 1 ? '' : 's'} of the file ` +
          `${report.errorCount === 1 ? 'has a problem' : 'have problems'}, so nothing was imported. Line ${first.line}: ` +
          `${first.message}`,
        {
          field: 'content',
          errorCount: report.errorCount,
          rowErrors: report.errors,
        },
      );
    }
    return report;
  }
}
