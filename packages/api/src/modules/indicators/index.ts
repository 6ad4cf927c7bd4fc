import { ComparatorGroup, Indicator, IndicatorOwnership, Measurement, Target } from '@goldenthread/db';
import type { FeatureModule, NodeLoader } from '../feature-module.js';
import {
  ComparatorGroupResolver,
  IndicatorResolver,
  MeasurementResolver,
  MeasurementVersionResolver,
  OwnershipResolver,
  PerformanceResolver,
  TargetResolver,
} from './indicators.resolver.js';
import { ComparatorGroupNode, IndicatorNode, IndicatorOwnershipNode, MeasurementNode, TargetNode } from './indicators.type.js';

export { PerformanceService, type Series, type SeriesRequest, type GroupSpec } from './performance.service.js';

const loader = (entity: NodeLoader['entity'], map: (row: never) => unknown): NodeLoader => ({ entity, map: map as NodeLoader['map'] });

export const indicatorsModule: FeatureModule = {
  name: 'indicators',
  resolvers: [IndicatorResolver, OwnershipResolver, MeasurementResolver, MeasurementVersionResolver, TargetResolver, ComparatorGroupResolver, PerformanceResolver],
  nodeTypes: {
    Indicator: loader(Indicator, IndicatorNode.from),
    // node(id:) returns only published measurements: the Node path has no access check of its own.
    Measurement: loader(Measurement, (m: Measurement) => (m.status === 'PUBLISHED' ? MeasurementNode.from(m) : null)),
    Target: loader(Target, TargetNode.from),
    IndicatorOwnership: loader(IndicatorOwnership, IndicatorOwnershipNode.from),
    ComparatorGroup: loader(ComparatorGroup, ComparatorGroupNode.from),
  },
  access: {
    // Data owners enter and validate their indicators' measurements (README "Who may write what").
    dataOwners: async (em, councilId, indicatorId) => {
      const rows = await em.find(IndicatorOwnership, { council: councilId, indicator: indicatorId }, { fields: ['id', 'dataOwner'] });
      return rows.flatMap((r) => (r.dataOwner ? [r.dataOwner.id] : []));
    },
  },
};
