/** The indicators' versioned records as stored, for the forms' answer to a stale version (ui/conflict-form.tsx). */
import { graphql } from '../../graphql/index.js';

/** A figure as a stale step's panel compares it (its value, or why there is none, its note and its status). */
export const StoredFigureFields = graphql(`
  fragment StoredFigureFields on Measurement {
    version
    figureValue: value
    valueStatus
    note
    measurementStatus: status
  }
`);

export const StoredIndicatorRecordQuery = graphql(`
  query StoredIndicatorRecord($id: ID!) {
    node(id: $id) {
      __typename
      id
      ... on Indicator {
        version
        title
        definition
        unit
        polarity
        tolerance
        toleranceKind
        bandLow
        bandHigh
      }
      ... on Target {
        version
        value
        tolerance
      }
      ...StoredFigureFields
      ... on ComparatorGroup {
        version
        name
        description
        members {
          id
        }
      }
    }
  }
`);

/** Who answers for an indicator in a council, as stored (the ownership record may not exist yet). */
export const StoredOwnershipQuery = graphql(`
  query StoredOwnership($id: ID!, $councilId: ID!) {
    indicator(id: $id) {
      id
      ownership(councilId: $councilId) {
        id
        version
        dataOwner {
          id
        }
        responsibleManager {
          id
        }
      }
    }
  }
`);

/** Figures as stored, for a work list's answer to a stale bulk step (WorkList.tsx). */
export const StoredFiguresQuery = graphql(`
  query StoredFigures($ids: [ID!]!) {
    nodes(ids: $ids) {
      __typename
      id
      ...StoredFigureFields
    }
  }
`);
