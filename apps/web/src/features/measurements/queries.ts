import { graphql } from '../../graphql/index.js';

export const EntryIndicatorsQuery = graphql(`
  query EntryIndicators($councilId: ID!) {
    indicators(first: 100, filter: { councilId: $councilId, framework: LOCAL }) {
      nodes {
        id
        code
        title
        frequency
        unit
      }
    }
    targets(councilId: $councilId) {
      indicator {
        id
        code
        title
        frequency
        unit
      }
    }
  }
`);

export const EntryIndicatorQuery = graphql(`
  query EntryIndicator($id: ID!, $councilId: ID!, $gss: String!, $from: String!, $to: String!) {
    indicator(id: $id) {
      id
      code
      title
      frequency
      unit
      precision {
        kind
        digits
      }
      polarity
      ownership(councilId: $councilId) {
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
    indicatorSeries(indicatorIds: [$id], from: $from, to: $to, gssCode: $gss) {
      points {
        period
        value
        valueStatus
        status
        target
        rag
      }
    }
  }
`);

export const MeasurementFields = graphql(`
  fragment MeasurementFields on Measurement {
    id
    version
    period
    value
    valueStatus
    status
    numerator
    denominator
    note
    viewerCan {
      validate
      publish
    }
    history {
      version
      action
      status
      value
      changedAt
      changedBy {
        name
      }
    }
  }
`);

export const RecordMeasurementMutation = graphql(`
  mutation RecordMeasurement($input: RecordMeasurementInput!) {
    recordMeasurement(input: $input) {
      measurement {
        ...MeasurementFields
      }
    }
  }
`);

export const ValidateMeasurementMutation = graphql(`
  mutation ValidateMeasurement($id: ID!, $version: Int!) {
    validateMeasurement(id: $id, version: $version) {
      measurement {
        ...MeasurementFields
      }
    }
  }
`);

export const ImportMeasurementsMutation = graphql(`
  mutation ImportMeasurements($content: String!, $dryRun: Boolean!, $councilGss: String, $format: ImportFormat, $fileName: String) {
    importMeasurements(content: $content, dryRun: $dryRun, councilGss: $councilGss, format: $format, fileName: $fileName) {
      dryRun
      stored
      format
      linesRead
      measurements
      created
      changed
      unchanged
      skipped
      preview {
        line
        action
        indicatorCode
        indicatorTitle
        period
        disaggregation
        value
        valueStatus
        storedValue
        storedStatus
      }
    }
  }
`);

export const WorkListQuery = graphql(`
  query MeasurementWorkList($councilId: ID!, $status: MeasurementStatus!, $first: Int!) {
    measurements(councilId: $councilId, status: $status, first: $first) {
      totalCount
      nodes {
        id
        version
        period
        disaggregation
        value
        valueStatus
        note
        status
        indicator {
          id
          code
          title
          unit
          precision {
            kind
            digits
          }
        }
        enteredBy {
          id
          name
        }
        validatedBy {
          id
          name
        }
        viewerCan {
          validate
          publish
        }
        history {
          version
          action
          status
          value
          valueStatus
          changedAt
          changedBy {
            id
            name
          }
        }
      }
    }
  }
`);

export const ValidateMeasurementsMutation = graphql(`
  mutation ValidateMeasurements($measurements: [MeasurementStepInput!]!) {
    validateMeasurements(measurements: $measurements) {
      measurements {
        id
        version
        status
      }
    }
  }
`);

export const PublishMeasurementsMutation = graphql(`
  mutation PublishMeasurements($measurements: [MeasurementStepInput!]!) {
    publishMeasurements(measurements: $measurements) {
      measurements {
        id
        version
        status
      }
    }
  }
`);

export const StoredFigureQuery = graphql(`
  query StoredFigure($councilId: ID!, $indicatorId: ID!) {
    measurements(councilId: $councilId, indicatorId: $indicatorId, first: 100) {
      nodes {
        id
        version
        period
        value
        valueStatus
        status
        numerator
        denominator
        note
      }
    }
  }
`);
