import { DecisionBody } from './delegation/decision-body.entity.js';
import { DecisionPower } from './delegation/decision-power.entity.js';
import { DelegationEvent } from './delegation/delegation-event.entity.js';
import { Delegation } from './delegation/delegation.entity.js';
import { Indicator } from './indicators/indicator.entity.js';
import { Target } from './indicators/target.entity.js';
import { Council } from './organisation/council.entity.js';
import { CouncillorRole } from './organisation/councillor-role.entity.js';
import { Directorate } from './organisation/directorate.entity.js';
import { Person } from './organisation/person.entity.js';
import { Service } from './organisation/service.entity.js';

/** Every entity, listed explicitly: no folder scanning, so the compiled and source trees behave alike. */
export const entities = [
  // organisation
  Council,
  Directorate,
  Service,
  Person,
  CouncillorRole,
  // indicators
  Indicator,
  Target,
  // delegation
  DecisionBody,
  DecisionPower,
  Delegation,
  DelegationEvent,
];
