import type { FeatureModule } from '../feature-module.js';
import { AreasResolver, ComparisonAreasResolver, SeriesAreasResolver } from './areas.resolver.js';

export { AreaFigureReads } from './areas.service.js';
export { PublishedFigure, ReferenceAreaNode } from './areas.type.js';

/**
 * England and the regions (docs/methods/performance.md, "The England figure is not the median"): their
 * published figures beside the medians of councils in comparisons and series. Reference data from
 * national publications, public.
 */
export const areasModule: FeatureModule = {
  name: 'areas',
  resolvers: [AreasResolver, ComparisonAreasResolver, SeriesAreasResolver],
  nodeTypes: {},
  visibility: {
    // Published national statistics: anyone may see them.
    ReferenceAreaNode: 'public',
    PublishedFigure: 'public',
  },
};
