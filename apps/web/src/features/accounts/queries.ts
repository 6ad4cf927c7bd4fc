import { graphql } from '../../graphql/index.js';

export const AccountsQuery = graphql(`
  query Accounts($councilId: ID!) {
    accounts(councilId: $councilId, first: 500) {
      totalCount
      nodes {
        id
        version
        email
        admin
        disabled
        lastSignInAt
        person {
          id
          name
          jobTitle
        }
      }
    }
  }
`);

export const ApiKeysQuery = graphql(`
  query ApiKeys($councilId: ID!, $includeRevoked: Boolean!) {
    apiKeys(councilId: $councilId, first: 500, includeRevoked: $includeRevoked) {
      totalCount
      nodes {
        id
        version
        name
        prefix
        contact
        createdAt
        lastUsedAt
        expiresAt
        revokedAt
      }
    }
  }
`);

export const CreateAccountMutation = graphql(`
  mutation CreateAccount($input: CreateAccountInput!) {
    createAccount(input: $input) {
      account {
        id
        email
      }
    }
  }
`);

export const UpdateAccountMutation = graphql(`
  mutation UpdateAccount($input: UpdateAccountInput!) {
    updateAccount(input: $input) {
      account {
        id
        version
        disabled
        admin
      }
    }
  }
`);

export const CreateApiKeyMutation = graphql(`
  mutation CreateApiKey($input: CreateApiKeyInput!) {
    createApiKey(input: $input) {
      secret
      apiKey {
        id
        name
        prefix
      }
    }
  }
`);

export const RevokeApiKeyMutation = graphql(`
  mutation RevokeApiKey($id: ID!, $version: Int) {
    revokeApiKey(id: $id, version: $version) {
      apiKey {
        id
        version
        revokedAt
      }
    }
  }
`);

export const ChangePasswordMutation = graphql(`
  mutation ChangePassword($currentPassword: String!, $newPassword: String!) {
    changePassword(currentPassword: $currentPassword, newPassword: $newPassword) {
      ok
      message
    }
  }
`);

export const AuditEventsQuery = graphql(`
  query AuditEvents(
    $councilId: ID!
    $entityType: String
    $entityId: ID
    $actorPersonId: ID
    $from: String
    $to: String
    $first: Int
    $after: String
    $last: Int
    $before: String
  ) {
    auditEvents(
      councilId: $councilId
      entityType: $entityType
      entityId: $entityId
      actorPersonId: $actorPersonId
      from: $from
      to: $to
      first: $first
      after: $after
      last: $last
      before: $before
    ) {
      totalCount
      pageInfo {
        hasNextPage
        hasPreviousPage
        startCursor
        endCursor
      }
      nodes {
        id
        at
        actorKind
        actorLabel
        actor {
          id
          name
        }
        operation
        action
        entityType
        entityId
        before
        after
      }
    }
  }
`);

export const AuditRecordTypesQuery = graphql(`
  query AuditRecordTypes($councilId: ID!) {
    auditRecordTypes(councilId: $councilId)
  }
`);
