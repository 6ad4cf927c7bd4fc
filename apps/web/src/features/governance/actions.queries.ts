import { graphql } from '../../graphql/index.js';

export const ActionRowFields = graphql(`
  fragment ActionRow on Action {
    id
    title
    description
    source
    status
    due
    completedOn
    droppedReason
    owner {
      id
      name
    }
    ownerId
    service {
      id
      name
    }
    risk {
      id
      reference
      title
    }
    commentary {
      id
      period
      indicator {
        id
        code
        displayCode
      }
    }
    updates {
      id
      on
      text
      by {
        id
        name
      }
    }
    version
  }
`);

export const ActionsQuery = graphql(`
  query GovernanceActions($councilId: ID!, $mine: Boolean, $overdue: Boolean, $source: ActionSource, $status: ActionStatus) {
    actions(councilId: $councilId, mine: $mine, overdue: $overdue, source: $source, status: $status, first: 500) {
      totalCount
      nodes {
        ...ActionRow
      }
    }
  }
`);

export const CreateActionMutation = graphql(`
  mutation CreateAction($input: CreateActionInput!) {
    createAction(input: $input) {
      action {
        ...ActionRow
      }
    }
  }
`);

export const UpdateActionMutation = graphql(`
  mutation UpdateAction($input: UpdateActionInput!) {
    updateAction(input: $input) {
      action {
        ...ActionRow
      }
    }
  }
`);

export const MoveActionMutation = graphql(`
  mutation MoveAction($input: MoveActionInput!) {
    moveAction(input: $input) {
      action {
        ...ActionRow
      }
    }
  }
`);

export const AddActionUpdateMutation = graphql(`
  mutation AddActionUpdate($input: AddActionUpdateInput!) {
    addActionUpdate(input: $input) {
      action {
        ...ActionRow
      }
    }
  }
`);
