/**
 * The seven questions for senior managers and political leaders (docs/methods/health-check.md, "Questions"),
 * one file per pair: direction and engagement (Q1, Q2), measurement and staff (Q3, Q4), risk and value for
 * money (Q5, Q6), the difference made (Q7). The measures they share with barriers and habits: measures.ts.
 */
import type { Facts } from './facts.js';
import type { HealthCheckAnswer } from './model.js';
import { q3Measurement, q4StaffExpectations } from './questions.delivery.js';
import { q7Difference } from './questions.difference.js';
import { q1Direction, q2Engagement } from './questions.direction.js';
import { q5Risk, q6ValueForMoney } from './questions.resources.js';

export * from './measures.js';
export { q1Direction, q2Engagement, q3Measurement, q4StaffExpectations, q5Risk, q6ValueForMoney, q7Difference };

export function questions(f: Facts): HealthCheckAnswer[] {
  return [q1Direction(f), q2Engagement(f), q3Measurement(f), q4StaffExpectations(f), q5Risk(f), q6ValueForMoney(f), q7Difference(f)];
}
