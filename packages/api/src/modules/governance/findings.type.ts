import { Field, ObjectType } from 'type-graphql';
import { AccountabilityNodeRef, FindingSeverity } from '../delegation/delegation.type.js';

/** The same fields as AccountabilityFinding and GoldenThreadFinding, so the Findings view lists all three alike. */
@ObjectType('GovernanceFinding', {
  simpleResolvers: true,
  description:
    'A gap in governance (risks, actions, Best Value, complaints, scrutiny, portfolios, ward casework): code, severity, ' +
    'the nodes involved (the first is the subject), a message and a fix.',
})
export class GovernanceFinding {
  @Field(() => String, {
    description:
      'PRIORITY_RISKS_NOT_ASSESSED, RISK_REVIEW_OVERDUE, HIGH_RISK_WITHOUT_MITIGATION, RISK_OWNER_INACTIVE, ACTION_OVERDUE, ' +
      'ACTION_UNOWNED, RECOMMENDATION_WITHOUT_ACTION, BEST_VALUE_REVIEW_STALLED, REVIEW_WITHOUT_COMPARISON, ' +
      'REVIEW_WITHOUT_CONSULTATION, COMPLAINT_OVERDUE, REVIEW_PANEL_WITHOUT_COUNCILLORS, REPEATED_COMPLAINT_THEME, ' +
      'SCRUTINY_RECOMMENDATION_UNANSWERED, PORTFOLIO_GAP or ENQUIRY_OVERDUE.',
  })
  code!: string;
  @Field(() => FindingSeverity, { description: 'How serious it is.' }) severity!: FindingSeverity;
  @Field(() => String, { description: 'The problem in words.' }) message!: string;
  @Field(() => String, { description: 'What would fix it, in words.' }) fix!: string;
  @Field(() => [AccountabilityNodeRef], {
    description:
      'Risk, Action, Priority, Person, Service, Directorate, BestValueReview, BestValueRecommendation, ScrutinyRecommendation, ' +
      'DecisionBody, Complaint, ComplaintTheme or WardEnquiry, by global id.',
  })
  nodes!: AccountabilityNodeRef[];
}
