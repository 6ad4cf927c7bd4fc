import { Commentary, ComparatorGroup, Indicator, IndicatorOwnership, Measurement, Target } from '@goldenthread/db';
import { MeasurementStatus } from '@goldenthread/db';
import type { TypeRule } from '../../access/visibility-rules.js';
import type { FeatureModule, NodeLoader } from '../feature-module.js';
import { ComparatorGroupResolver, IndicatorResolver, OwnershipResolver } from './indicators.resolver.js';
import { MeasurementResolver, MeasurementVersionResolver, TargetResolver } from './measurements.resolver.js';
import { PerformanceResolver, SeriesPointResolver } from './performance.resolver.js';
import { commentaryParts } from './commentary.part.js';
import {
  ComparatorGroupPermissionsResolver,
  CouncilIndicatorsPermissionsResolver,
  IndicatorPermissionsResolver,
} from './indicators.permissions.js';
import { IndicatorMeasureResolver } from './measures.resolver.js';
import { MeasurementStepsResolver } from './measurement-steps.resolver.js';
import { ImportPreviewResolver } from './import-preview.js';
import { CouncilFourEyesResolver, MeasurementFourEyesResolver } from './four-eyes.resolver.js';
import { IndicatorYearRollupResolver, SeriesYearRollupResolver } from './year-rollup.resolver.js';
import {
  ComparatorGroupNode,
  IndicatorNode,
  IndicatorOwnershipNode,
  MeasurementNode,
  MeasurementVersionNode,
  TargetNode,
} from './indicators.type.js';

export { PerformanceService, type Series, type SeriesRequest, type GroupSpec } from './performance.service.js';

const loader = (entity: NodeLoader['entity'], map: (row: never) => unknown): NodeLoader => ({ entity, map: map as NodeLoader['map'] });

export const indicatorsModule: FeatureModule = {
  name: 'indicators',
  resolvers: [
    IndicatorResolver,
    OwnershipResolver,
    MeasurementResolver,
    MeasurementVersionResolver,
    TargetResolver,
    ComparatorGroupResolver,
    IndicatorPermissionsResolver,
    ComparatorGroupPermissionsResolver,
    CouncilIndicatorsPermissionsResolver,
    PerformanceResolver,
    SeriesPointResolver,
    IndicatorMeasureResolver,
    MeasurementStepsResolver,
    ImportPreviewResolver,
    CouncilFourEyesResolver,
    MeasurementFourEyesResolver,
    IndicatorYearRollupResolver,
    SeriesYearRollupResolver,
    ...commentaryParts.resolvers,
  ],
  nodeTypes: {
    Indicator: loader(Indicator, IndicatorNode.from),
    Measurement: loader(Measurement, MeasurementNode.from),
    Target: loader(Target, TargetNode.from),
    IndicatorOwnership: loader(IndicatorOwnership, IndicatorOwnershipNode.from),
    ComparatorGroup: loader(ComparatorGroup, ComparatorGroupNode.from),
    Commentary: loader(Commentary, commentaryParts.from),
  },
  visibility: {
    Indicator: 'public',
    // Published figures are public; drafts, validated figures and every version's history stay in the council.
    Measurement: {
      see: (ctx, m) => m.status === MeasurementStatus.PUBLISHED || ctx.access.canReadUnpublished(m.councilId),
    } satisfies TypeRule<MeasurementNode>,
    MeasurementVersion: { see: (ctx, v) => ctx.access.canReadUnpublished(v.councilId) } satisfies TypeRule<MeasurementVersionNode>,
    Target: 'public',
    IndicatorOwnership: 'public',
    ComparatorGroup: 'public',
    GroupPosition: 'value',
    SeriesPoint: 'value',
    IndicatorSeries: 'value',
    DirectionOfTravel: 'value',
    LongRunTrend: 'value',
    ComparisonEntry: 'value',
    Comparison: 'value',
    PerformanceFinding: 'value',
    ImportResult: 'value',
    ImportRowError: 'value',
    IndicatorPayload: 'value',
    MeasurementPayload: 'value',
    TargetPayload: 'value',
    OwnershipPayload: 'value',
    ComparatorGroupPayload: 'value',
    DeletedPayload: 'value',
    IndicatorViewerCan: 'value',
    MeasurementViewerCan: 'value',
    ImportPreviewRow: 'value',
    MeasurementsPayload: 'value',
    ComparatorGroupViewerCan: 'value',
    CouncilIndicatorsViewerCan: 'value',
    IndicatorPrecision: 'value',
    DataOwnerFinding: 'value',
    DataOwnerUpdates: 'value',
    FourEyesPayload: 'value',
    YearRollupFigure: 'value',
    ...commentaryParts.visibility,
  },
  access: {
    // Data owners enter and validate their indicators' measurements (README "Who may write what").
    dataOwners: async (em, councilId) => {
      const rows = await em.find(
        IndicatorOwnership,
        { council: councilId, dataOwner: { $ne: null } },
        { fields: ['id', 'indicator', 'dataOwner'], disableIdentityMap: true },
      );
      const owners = new Map<number, number[]>();
      for (const r of rows) owners.set(r.indicator.id, [...(owners.get(r.indicator.id) ?? []), r.dataOwner!.id]);
      return owners;
    },
  },
};
