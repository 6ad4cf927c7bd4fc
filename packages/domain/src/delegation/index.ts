/** Scheme of delegation and accountability: pure rules (no I/O). */
export * from './enums.js';
export type {
  AccountabilityCouncil,
  AccountabilityDirectorate,
  AccountabilityIndicator,
  AccountabilityNodeType,
  AccountabilityPerson,
  AccountabilityService,
  AccountabilityServiceItem,
  AccountabilitySnapshot,
  DecisionBody,
  DecisionPower,
  DelegationRow,
  DelegationScope,
  DelegationValidationError,
  ServiceItemKind,
} from './types.js';
export {
  asAccountabilityIndex,
  buildAccountabilityIndex,
  effectiveFinancialLimit,
  isDelegationInForce,
  wasDelegationInForce,
  lineManagementChain,
  scopeContains,
  scopeCoversService,
  scopeExists,
  serviceAndDescendants,
  servicesInScope,
  type AccountabilityIndex,
} from './scope.js';
export { delegationName, delegationNameFor, formatMoney, scopeLabel } from './labels.js';
export {
  ACCOUNTABILITY_SEVERITY,
  MAX_SERVICE_NODES,
  accountabilityCycleFindings,
  accountabilityFindings,
  accountabilityWithoutAuthorityFindings,
  blurredAccountabilityFindings,
  dataOwnerFindings,
  decisionWithoutAccountabilityFindings,
  dualAccountabilityFindings,
  miOwnerFindings,
  miResponsibleNamed,
  subDelegationFindings,
  unownedServiceFindings,
  type AccountabilityCode,
} from './checks.js';
export {
  isIsoDate,
  revocationSet,
  validateDelegationLoop,
  validateDelegationParent,
  validateLineManager,
  validateSubDelegation,
  type ProposedSubDelegation,
  type SubDelegationParent,
} from './validation.js';
export {
  delegationPath,
  whatPersonAnswersFor,
  whoIsAccountable,
  type AccountabilityAnswer,
  type DecisionMaker,
  type DelegationPath,
  type DelegationPathStep,
  type PersonAnswer,
  type PowerHeld,
} from './paths.js';
export * from './writes.js';
export * from './scheme-edits.js';
