import { graphql } from '../../graphql/index.js';

export const ReviewRowFields = graphql(`
  fragment ReviewRow on BestValueReview {
    id
    title
    status
    statusSince
    startedOn
    closedOn
    stalled
    missingCs
    service {
      id
      name
    }
    directorate {
      id
      name
    }
    leadOfficer {
      id
      name
    }
    version
  }
`);

/** What the scope form shows and changes: the review page reads it, and the update answers with it. */
export const ReviewScopeFields = graphql(`
  fragment ReviewScopeParts on BestValueReview {
    scope
    annualSpend
    unitCost
    comparatorUnitCost
    efficiencyNote
    panel {
      id
      name
    }
  }
`);

/** The review's scope as stored now, for the scope form's answer to a stale version (read past the cache). */
export const ReviewScopeQuery = graphql(`
  query GovernanceReviewScope($id: ID!) {
    node(id: $id) {
      __typename
      id
      ... on BestValueReview {
        version
        title
        leadOfficer {
          id
          name
        }
        ...ReviewScopeParts
      }
    }
  }
`);

export const ReviewsQuery = graphql(`
  query GovernanceReviews($councilId: ID!) {
    bestValueReviews(councilId: $councilId, first: 200) {
      totalCount
      nodes {
        ...ReviewRow
      }
    }
  }
`);

export const ReviewQuery = graphql(`
  query GovernanceReview($id: ID!, $councilId: ID!, $members: Boolean!) {
    node(id: $id) {
      __typename
      id
      ... on BestValueReview {
        ...ReviewRow
        ...ReviewScopeParts
        chosenOption
        chosenReason
        findings {
          id
          kind
          text
          evidence
          version
        }
        options {
          id
          option
          appraisal
          version
        }
        recommendations {
          id
          text
          agreedOn
          version
        }
      }
    }
    actions(councilId: $councilId, source: BEST_VALUE_RECOMMENDATION, first: 500) @include(if: $members) {
      nodes {
        ...ActionRow
        bestValueRecommendationId
      }
    }
  }
`);

export const CreateReviewMutation = graphql(`
  mutation CreateBestValueReview($input: CreateBestValueReviewInput!) {
    createBestValueReview(input: $input) {
      review {
        ...ReviewRow
      }
    }
  }
`);

export const UpdateReviewMutation = graphql(`
  mutation UpdateBestValueReview($input: UpdateBestValueReviewInput!) {
    updateBestValueReview(input: $input) {
      review {
        ...ReviewRow
        chosenOption
        chosenReason
        ...ReviewScopeParts
      }
    }
  }
`);

export const AddFindingMutation = graphql(`
  mutation AddBestValueFinding($input: AddBestValueFindingInput!) {
    addBestValueFinding(input: $input) {
      finding {
        id
      }
    }
  }
`);

export const AppraiseOptionMutation = graphql(`
  mutation AppraiseBestValueOption($input: AppraiseBestValueOptionInput!) {
    appraiseBestValueOption(input: $input) {
      option {
        id
      }
    }
  }
`);

export const AddRecommendationMutation = graphql(`
  mutation AddBestValueRecommendation($input: AddBestValueRecommendationInput!) {
    addBestValueRecommendation(input: $input) {
      recommendation {
        id
      }
    }
  }
`);

export const UpdateFindingMutation = graphql(`
  mutation UpdateBestValueFinding($input: UpdateBestValueFindingInput!) {
    updateBestValueFinding(input: $input) {
      finding {
        id
        kind
        text
        evidence
        version
      }
    }
  }
`);

export const RemoveFindingMutation = graphql(`
  mutation RemoveBestValueFinding($id: ID!, $version: Int) {
    removeBestValueFinding(id: $id, version: $version) {
      removedId
    }
  }
`);

export const RemoveOptionMutation = graphql(`
  mutation RemoveBestValueOption($id: ID!, $version: Int) {
    removeBestValueOption(id: $id, version: $version) {
      removedId
    }
  }
`);

export const UpdateRecommendationMutation = graphql(`
  mutation UpdateBestValueRecommendation($input: UpdateBestValueRecommendationInput!) {
    updateBestValueRecommendation(input: $input) {
      recommendation {
        id
        text
        agreedOn
        version
      }
    }
  }
`);
