import { graphql } from '../../graphql/index.js';

export const SchemeQuery = graphql(`
  query Scheme($councilId: ID!, $asOf: String) {
    council(id: $councilId) {
      id
      name
      delegationViewerCan {
        createDecisionBody
        createDecisionPower
        importScheme
        delegate
      }
      decisionBodies {
        id
        version
        name
        kind
        viewerCan {
          update
          delete
        }
      }
      decisionPowers {
        id
        version
        name
        kind
        description
        financialLimit
        sourceBody {
          id
          name
        }
        viewerCan {
          delegate
          update
          delete
        }
      }
      delegations(first: 500, asOf: $asOf) {
        nodes {
          id
          version
          power {
            id
            name
          }
          fromBody {
            id
            name
          }
          fromPerson {
            id
            name
          }
          toPerson {
            id
            name
          }
          holderPost
          conditions
          scopeKind
          scopeId
          financialLimit
          maySubDelegate
          effectiveFrom
          effectiveTo
          revokedOn
          viewerCan {
            subDelegate
            revoke
          }
        }
      }
    }
  }
`);

export const CreateDecisionBodyMutation = graphql(`
  mutation CreateDecisionBody($input: CreateDecisionBodyInput!) {
    createDecisionBody(input: $input) {
      body {
        id
      }
    }
  }
`);

export const CreateDecisionPowerMutation = graphql(`
  mutation CreateDecisionPower($input: CreateDecisionPowerInput!) {
    createDecisionPower(input: $input) {
      power {
        id
      }
    }
  }
`);

export const UpdateDecisionBodyMutation = graphql(`
  mutation UpdateDecisionBody($input: UpdateDecisionBodyInput!) {
    updateDecisionBody(input: $input) {
      body {
        id
        version
        name
        kind
      }
    }
  }
`);

export const DeleteDecisionBodyMutation = graphql(`
  mutation DeleteDecisionBody($id: ID!, $version: Int) {
    deleteDecisionBody(id: $id, version: $version) {
      deletedId
      message
    }
  }
`);

export const UpdateDecisionPowerMutation = graphql(`
  mutation UpdateDecisionPower($input: UpdateDecisionPowerInput!) {
    updateDecisionPower(input: $input) {
      power {
        id
        version
        name
        kind
        description
        financialLimit
        sourceBody {
          id
          name
        }
      }
    }
  }
`);

export const DeleteDecisionPowerMutation = graphql(`
  mutation DeleteDecisionPower($id: ID!, $version: Int) {
    deleteDecisionPower(id: $id, version: $version) {
      deletedId
      message
    }
  }
`);

/** A body or power as stored now (read past the cache for a version conflict's "their" values). */
export const StoredSchemeRecordQuery = graphql(`
  query StoredSchemeRecord($id: ID!) {
    node(id: $id) {
      id
      ... on DecisionBody {
        version
        name
        bodyKind: kind
      }
      ... on DecisionPower {
        version
        name
        kind
        description
        financialLimit
        sourceBody {
          id
        }
      }
    }
  }
`);

/**
 * What a delegation may cover: the council's directorates, their services and those services' teams
 * (pages sized to stay within the query cost allowed to anonymous callers, who see the names too).
 */
export const DelegationScopesQuery = graphql(`
  query DelegationScopes($councilId: ID!) {
    council(id: $councilId) {
      id
      directorates(first: 20) {
        nodes {
          id
          name
          services(first: 50) {
            nodes {
              id
              name
              children(first: 20) {
                nodes {
                  id
                  name
                }
              }
            }
          }
        }
      }
    }
  }
`);

export const DelegateMutation = graphql(`
  mutation Delegate($input: DelegateInput!) {
    delegate(input: $input) {
      delegation {
        id
      }
    }
  }
`);

export const SubDelegateMutation = graphql(`
  mutation SubDelegate($input: SubDelegateInput!) {
    subDelegate(input: $input) {
      delegation {
        id
      }
    }
  }
`);

export const RevokeDelegationMutation = graphql(`
  mutation RevokeDelegation($input: RevokeDelegationInput!) {
    revokeDelegation(input: $input) {
      message
    }
  }
`);

export const SchemeCsvQuery = graphql(`
  query SchemeCsv($councilId: ID!) {
    schemeOfDelegationCsv(councilId: $councilId)
  }
`);

export const ImportSchemeMutation = graphql(`
  mutation ImportScheme($input: ImportSchemeInput!) {
    importSchemeOfDelegation(input: $input) {
      applied
      dryRun
      rows
      created
      updated
      unchanged
      powersCreated
      errors {
        line
        column
        message
      }
    }
  }
`);

export const SchemeHistoryQuery = graphql(`
  query SchemeHistory($councilId: ID!) {
    council(id: $councilId) {
      id
      delegationEvents(first: 20) {
        nodes {
          id
          at
          kind
          actorLabel
          note
          before
          after
        }
      }
    }
  }
`);
