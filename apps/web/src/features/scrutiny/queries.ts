import { graphql } from '../../graphql/index.js';

export const IndicatorDefinitionQuery = graphql(`
  query IndicatorDefinition($id: ID!) {
    indicator(id: $id) {
      id
      code
      displayCode
      title
      framework
      frequency
      yearRollup
      polarity
      unit
      precision {
        kind
        digits
      }
      definition
      domain
      source
      council {
        id
        gssCode
      }
    }
  }
`);

export const IndicatorSeriesQuery = graphql(`
  query IndicatorSeriesView($id: ID!, $gss: String!, $from: String!, $to: String!, $group: GroupInput, $serviceId: ID) {
    indicatorSeries(indicatorIds: [$id], from: $from, to: $to, gssCode: $gss, group: $group, serviceId: $serviceId) {
      direction
      slope
      yearRollups {
        year
        rule
        value
        periods
        expected
      }
      change {
        direction
        period
        value
        previousPeriod
        previousValue
      }
      trend {
        direction
        slope
        pointsUsed
        periodsUsed
      }
      latest {
        period
        value
        target
        targetPeriod
        targetService {
          id
          name
        }
        rag
        ragReason
        status
        valueStatus
      }
      points {
        period
        value
        target
        rag
        ragReason
        status
        valueStatus
      }
      position {
        period
        rank
        quartile
        count
        groupName
        median
        q1
        q3
        value
        betterThanMedian
        status
      }
    }
  }
`);

export const ComparisonQuery = graphql(`
  query ComparisonView($id: ID!, $period: String!, $gss: String!, $group: GroupInput) {
    comparison(indicatorId: $id, period: $period, gssCode: $gss, group: $group) {
      groupName
      groupSize
      count
      median
      q1
      q3
      best
      worst
      suppressedCount
      notAvailableCount
      medianLabel
      englandPublished {
        label
        value
      }
      regionPublished {
        label
        value
      }
      missingCount
      highlighted {
        rank
        quartile
        value
        status
        betterThanMedian
      }
      entries {
        rank
        quartile
        value
        status
        highlighted
        council {
          id
          name
          gssCode
        }
      }
    }
  }
`);

export const ExceptionsQuery = graphql(`
  query ExceptionsView($gss: String!, $period: String!) {
    performanceExceptions(gssCode: $gss, period: $period) {
      severity
      message
      fix
      reasons
      period
      indicator {
        id
        code
        title
        frequency
      }
      viewerMayComment
      commentary {
        ...CommentaryShown
      }
    }
  }
`);

export const LateDataQuery = graphql(`
  query LateDataView($gss: String!, $from: String!, $to: String!) {
    lateData(gssCode: $gss, from: $from, to: $to) {
      severity
      message
      daysLate
      dataStatus
      period
      indicator {
        id
        code
        title
      }
    }
  }
`);

export const CouncilTargetsQuery = graphql(`
  query CouncilTargets($councilId: ID!) {
    targets(councilId: $councilId) {
      id
      period
      value
      service {
        id
        name
      }
      indicator {
        id
        code
        framework
        title
        frequency
      }
    }
  }
`);

export const PriorityIndicatorsQuery = graphql(`
  query PriorityIndicators($ids: [ID!]!, $gss: String!, $from: String!, $to: String!, $serviceId: ID) {
    indicatorSeries(indicatorIds: $ids, from: $from, to: $to, gssCode: $gss, serviceId: $serviceId) {
      direction
      indicator {
        id
        title
        unit
        frequency
        framework
        precision {
          kind
          digits
        }
      }
      latest {
        period
        value
        target
        targetPeriod
        targetService {
          id
          name
        }
        rag
        status
      }
      position {
        rank
        quartile
        count
      }
    }
  }
`);

/** The priority an indicator page was opened from, named in its breadcrumbs. */
export const PriorityNameQuery = graphql(`
  query PriorityName($id: ID!) {
    node(id: $id) {
      id
      ... on Priority {
        name
      }
    }
  }
`);
