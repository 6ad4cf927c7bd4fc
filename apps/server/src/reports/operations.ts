/** The GraphQL operations a report pack is gathered with (apps/server/src/reports/queries.ts runs them). */

export const COUNCIL = `query ReportCouncil($gss: String!) {
  viewer { kind council { gssCode } }
  council(gssCode: $gss) {
    id name officialName gssCode
    decisionBodies { id name kind }
    portfolios { id name description holders { current person { name } } }
  }
}`;

export const PORTFOLIO = `query ReportPortfolio($id: ID!) {
  node(id: $id) { ... on Portfolio { id name description council { gssCode } holders { current person { name } }
    coverage { directorates { id } services { id } priorities { id } } } }
}`;

export const PRIORITY_FIELDS = `id name level status owner { name }
  rollup { status objectives targets milestones { total complete overdue atRisk } }
  performanceStatus { status reason }
  targets { indicatorId indicatorName period value }
  objectives { name service { name } rollup { status } milestones { name due complete overdue status } }`;

export const CASCADE = `query ReportCascade($councilId: ID!, $period: String!) {
  cascade(councilId: $councilId, period: $period) {
    includesUnpublished today
    corporate { ${PRIORITY_FIELDS} children { ${PRIORITY_FIELDS} children { ${PRIORITY_FIELDS} } } }
  }
}`;

export const ANSWER_FIELDS = `section key title score maxScore answer improve
  change { delta direction previousScore } unanswerable { reason }`;
export const HEALTH_CHECK = `query ReportHealthCheck($councilId: ID!, $period: String!) {
  leadershipHealthCheck(councilId: $councilId, period: $period) {
    period comparedWith asOf
    questions { ${ANSWER_FIELDS} } barriers { ${ANSWER_FIELDS} } habits { ${ANSWER_FIELDS} }
  }
}`;

/** The council's live commentaries (the API shows anyone outside the council only those of a published figure's period). */
export const COMMENTARIES = `query ReportCommentaries($councilId: ID!) {
  commentaries(councilId: $councilId, first: 500) {
    nodes { period whatHappened why whatWeAreDoing writtenOn author { name } service { name }
      indicator { id code displayCode title } }
  }
}`;

/** The exceptions of several periods, one alias each. */
export function exceptionsQuery(periods: readonly string[]): string {
  const fields = periods
    .map(
      (p, i) =>
        `x${i}: performanceExceptions(gssCode: $gss, period: ${JSON.stringify(p)}) {
          severity message reasons period indicator { id code displayCode title } }`,
    )
    .join('\n');
  return `query ReportExceptions($gss: String!) { ${fields} }`;
}

export const RISKS = `query ReportRisks($councilId: ID!) {
  risks(councilId: $councilId, first: 500) {
    totalCount
    nodes { reference title corporate status inherentScore residualScore residualLikelihood residualImpact residualRating
      reviewDue directorateId directorate { name } owner { name } priority { name } }
  }
  riskHeatMap(councilId: $councilId, scores: RESIDUAL, status: OPEN) { likelihood impact count band riskIds }
}`;

export const ACTIONS = `query ReportActions($councilId: ID!, $asOf: String!) {
  actions(councilId: $councilId, overdue: true, asOf: $asOf, first: 500) {
    nodes { title due status source serviceId service { name } owner { name } }
  }
}`;

export const GOVERNANCE = `query ReportGovernance($councilId: ID!, $from: String!, $to: String!) {
  scrutinyWorkProgramme(councilId: $councilId) {
    committees {
      committee { name }
      meetings { heldOn }
      topics { title status plannedFor health }
      recommendations { text madeOn responseDue response responseText respondedOn unanswered topic { title } }
    }
  }
  bestValueReviews(councilId: $councilId, first: 200) {
    nodes { title scope status statusSince startedOn closedOn chosenOption unitCost comparatorUnitCost
      service { id name } directorate { name } recommendations { text agreedOn } }
  }
  complaintStatistics(councilId: $councilId, from: $from, to: $to) {
    from to
    total { received closed upheld upheldShare judged withinTimescale withinTimescaleShare topThemes { count theme { name } } }
    byService { service { id name } received closed upheld upheldShare judged withinTimescale withinTimescaleShare
      topThemes { count theme { name } } }
  }
}`;

export const INDICATORS = `query ReportIndicators($councilId: ID!) {
  targets(councilId: $councilId) {
    period indicator { id code displayCode title framework frequency polarity unit source definition precision { kind digits } }
  }
  comparatorGroups(councilId: $councilId) { id name }
  council(id: $councilId) { healthInterfaces { note indicator { id code title } service { name } partnerBody { name } } }
}`;

export const SERIES = `query ReportSeries($gss: String!, $ids: [ID!]!, $from: String!, $to: String!, $group: GroupInput) {
  indicatorSeries(gssCode: $gss, indicatorIds: $ids, from: $from, to: $to, group: $group) {
    direction indicator { id }
    points { period value target rag status valueStatus }
    position { period rank count quartile groupName }
  }
}`;

/**
 * The comparator group's median and quartiles, the median of English councils and England's and the region's
 * published figures for each period (two aliases a period).
 */
export function comparatorsQuery(periods: readonly string[]): string {
  const fields = periods
    .map((p, i) => {
      const period = JSON.stringify(p);
      return `g${i}: comparison(indicatorId: $id, period: ${period}, gssCode: $gss, group: $group) { median q1 q3 groupName }
      e${i}: comparison(indicatorId: $id, period: ${period}, gssCode: $gss, group: { kind: ALL_ENGLAND }) {
        median englandPublished { value } regionPublished { value area { name } } }`;
    })
    .join('\n');
  return `query ReportComparators($id: ID!, $gss: String!, $group: GroupInput) { ${fields} }`;
}
