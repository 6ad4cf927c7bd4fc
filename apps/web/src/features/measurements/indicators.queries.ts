import { graphql } from '../../graphql/index.js';

export const IndicatorListQuery = graphql(`
  query IndicatorList($councilId: ID!, $search: String, $framework: IndicatorFramework) {
    council(id: $councilId) {
      id
      indicatorsViewerCan {
        createIndicator
        createComparatorGroup
      }
    }
    indicators(first: 200, filter: { councilId: $councilId, search: $search, framework: $framework }) {
      totalCount
      nodes {
        id
        code
        displayCode
        title
        framework
        ownership(councilId: $councilId) {
          dataOwner {
            id
            name
          }
        }
      }
    }
  }
`);

export const IndicatorEditQuery = graphql(`
  query IndicatorEdit($id: ID!, $councilId: ID!) {
    indicator(id: $id) {
      id
      version
      framework
      code
      displayCode
      title
      definition
      unit
      polarity
      frequency
      tolerance
      toleranceKind
      bandLow
      bandHigh
      viewerCan(councilId: $councilId) {
        update
        delete
        setOwnership
      }
      ownership(councilId: $councilId) {
        id
        version
        dataOwner {
          id
          name
        }
        responsibleManager {
          id
          name
        }
      }
    }
  }
`);

export const CreateIndicatorMutation = graphql(`
  mutation CreateIndicator($input: CreateIndicatorInput!) {
    createIndicator(input: $input) {
      indicator {
        id
        title
      }
    }
  }
`);

export const UpdateIndicatorMutation = graphql(`
  mutation UpdateIndicator($input: UpdateIndicatorInput!) {
    updateIndicator(input: $input) {
      indicator {
        id
        version
        title
      }
    }
  }
`);

export const DeleteIndicatorMutation = graphql(`
  mutation DeleteIndicator($id: ID!, $version: Int) {
    deleteIndicator(id: $id, version: $version) {
      deletedId
    }
  }
`);

export const SetOwnershipMutation = graphql(`
  mutation SetIndicatorOwnership($input: SetOwnershipInput!) {
    setIndicatorOwnership(input: $input) {
      ownership {
        id
        version
        dataOwner {
          id
          name
        }
        responsibleManager {
          id
          name
        }
      }
    }
  }
`);

export const ComparatorGroupsQuery = graphql(`
  query ComparatorGroups($councilId: ID!) {
    council(id: $councilId) {
      id
      name
      type
      region
      indicatorsViewerCan {
        createComparatorGroup
      }
    }
    comparatorGroups(councilId: $councilId) {
      id
      version
      name
      description
      members {
        id
        name
      }
      viewerCan {
        update
        delete
      }
    }
    councils(first: 500) {
      nodes {
        id
        name
        type
        region
      }
    }
  }
`);

export const CreateComparatorGroupMutation = graphql(`
  mutation CreateComparatorGroup($input: CreateComparatorGroupInput!) {
    createComparatorGroup(input: $input) {
      group {
        id
      }
    }
  }
`);

export const UpdateComparatorGroupMutation = graphql(`
  mutation UpdateComparatorGroup($input: UpdateComparatorGroupInput!) {
    updateComparatorGroup(input: $input) {
      group {
        id
        version
      }
    }
  }
`);

export const DeleteComparatorGroupMutation = graphql(`
  mutation DeleteComparatorGroup($id: ID!, $version: Int) {
    deleteComparatorGroup(id: $id, version: $version) {
      deletedId
    }
  }
`);
