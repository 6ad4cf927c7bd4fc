import type { FeatureModule } from '../feature-module.js';
import { OpenDataResolver } from './open-data.resolver.js';

export { FILTER_PARAMETERS, parseOpenDataFilter, type FilterText, type OpenDataFilter } from './open-data.filter.js';
export { licenceOf, type SourceLicence } from './open-data.licence.js';
export { DOWNLOAD_CHUNK, OpenDataReads, type OpenDataFingerprint, type OpenDataRow, type OpenDataScope } from './open-data.reads.js';

/**
 * The open data (README "Bulk open data"): the change feed of published measurements. The bulk
 * download over HTTP (apps/server/src/open-data) reads through the same OpenDataReads.
 */
export const openDataModule: FeatureModule = {
  name: 'open-data',
  resolvers: [OpenDataResolver],
  nodeTypes: {},
  visibility: {
    // Published figures only, with their source's licence: anyone may see a change; the measurement inside keeps its own rule.
    MeasurementChange: 'public',
  },
};
