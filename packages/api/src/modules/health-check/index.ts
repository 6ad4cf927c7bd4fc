import type { FeatureModule } from '../feature-module.js';
import { HealthCheckResolver } from './health-check.resolver.js';

/**
 * The leadership health check (README "Leadership health check", docs/methods/health-check.md): the
 * guidance's seven questions, six barriers and eight habits answered from the council's records.
 * Answers have no identity of their own: the root fields decide who may ask (the council's people).
 */
export const healthCheckModule: FeatureModule = {
  name: 'health-check',
  resolvers: [HealthCheckResolver],
  nodeTypes: {},
  visibility: {
    LeadershipHealthCheck: 'value',
    HealthCheckAnswer: 'value',
    HealthCheckFigure: 'value',
    HealthCheckNodeRef: 'value',
    HealthCheckChange: 'value',
    HealthCheckUnanswerable: 'value',
  },
};
