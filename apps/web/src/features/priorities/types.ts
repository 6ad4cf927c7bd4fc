import type { PriorityEditQuery as PriorityEditData } from '../../graphql/graphql.js';

/** A priority as its editor reads it (PriorityEditQuery), and the things under it. */
export type Priority = Extract<NonNullable<PriorityEditData['node']>, { __typename: 'Priority' }>;
export type Objective = Priority['objectives'][number];
export type Milestone = Objective['milestones'][number];
export type ObjectiveTarget = Objective['targets'][number];
