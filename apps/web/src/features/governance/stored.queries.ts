/** The governance records as stored, for the forms' answer to a stale version (ui/conflict-form.tsx). */
import { graphql } from '../../graphql/index.js';

export const StoredGovernanceRecordQuery = graphql(`
  query StoredGovernanceRecord($id: ID!) {
    node(id: $id) {
      __typename
      id
      ... on Complaint {
        version
        stage
        responseDue
        respondedOn
        complaintOutcome: outcome
        lessons
        themes {
          id
        }
        panel {
          id
        }
      }
      ... on WardEnquiry {
        version
        subject
        responseDue
        enquiryStatus: status
        respondedOn
        outcome
      }
      ... on ScrutinyRecommendation {
        version
        text
        responseDue
        response
        responseText
      }
      ... on BestValueReview {
        version
        reviewStatus: status
        chosenOption
        chosenReason
      }
      ... on BestValueFinding {
        version
        kind
        text
        evidence
      }
      ... on BestValueOption {
        version
        appraisal
      }
      ... on BestValueRecommendation {
        version
        text
        agreedOn
      }
      ... on CouncillorRole {
        version
        portfolio {
          id
        }
        committee {
          id
        }
        ward
        startsOn
        endsOn
      }
      ... on ScrutinyTopic {
        version
        title
        reason
        reasonNote
        service {
          id
        }
        priority {
          id
        }
        indicator {
          id
        }
        plannedFor
        health
        topicStatus: status
      }
      ... on ScrutinyMeeting {
        version
        heldOn
      }
      ... on ScrutinyMeetingItem {
        version
        title
        notes
      }
    }
  }
`);
