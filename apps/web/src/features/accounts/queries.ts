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
