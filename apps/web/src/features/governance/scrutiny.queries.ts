import { graphql } from '../../graphql/index.js';

export const WorkProgrammeQuery = graphql(`
  query ScrutinyWorkProgramme($councilId: ID!) {
    scrutinyWorkProgramme(councilId: $councilId) {
      committees {
        committee {
          id
          name
        }
        topics {
          id
          title
          reason
          reasonNote
          health
          status
          plannedFor
          priority {
            id
            name
          }
          service {
            id
            name
          }
          indicator {
            id
            title
          }
          partnerBody {
            id
            name
          }
          version
        }
        meetings {
          id
          heldOn
          items {
            id
            title
            notes
            topic {
              id
            }
            version
          }
          version
        }
        recommendations {
          id
          text
          madeOn
          responseDue
          response
          responseText
          respondedOn
          unanswered
          topic {
            id
            title
          }
          version
        }
      }
    }
  }
`);

/** The actions scrutiny recommendations became (the council's people only: its own query, so the public's stays cheap). */
export const ScrutinyActionsQuery = graphql(`
  query ScrutinyActions($councilId: ID!) {
    actions(councilId: $councilId, source: SCRUTINY_RECOMMENDATION, first: 500) {
      nodes {
        ...ActionRow
        scrutinyRecommendationId
      }
    }
  }
`);

export const CreateTopicMutation = graphql(`
  mutation CreateScrutinyTopic($input: CreateScrutinyTopicInput!) {
    createScrutinyTopic(input: $input) {
      topic {
        id
      }
    }
  }
`);

export const CreateMeetingMutation = graphql(`
  mutation CreateScrutinyMeeting($input: CreateScrutinyMeetingInput!) {
    createScrutinyMeeting(input: $input) {
      meeting {
        id
      }
    }
  }
`);

export const MakeRecommendationMutation = graphql(`
  mutation MakeScrutinyRecommendation($input: MakeScrutinyRecommendationInput!) {
    makeScrutinyRecommendation(input: $input) {
      recommendation {
        id
      }
    }
  }
`);

export const RespondMutation = graphql(`
  mutation RespondToScrutinyRecommendation($input: RespondToScrutinyRecommendationInput!) {
    respondToScrutinyRecommendation(input: $input) {
      recommendation {
        id
        response
        responseText
        respondedOn
        version
      }
    }
  }
`);

export const UpdateTopicMutation = graphql(`
  mutation UpdateScrutinyTopic($input: UpdateScrutinyTopicInput!) {
    updateScrutinyTopic(input: $input) {
      topic {
        id
        version
      }
    }
  }
`);

export const UpdateMeetingMutation = graphql(`
  mutation UpdateScrutinyMeeting($input: UpdateScrutinyMeetingInput!) {
    updateScrutinyMeeting(input: $input) {
      meeting {
        id
        heldOn
        version
      }
    }
  }
`);

export const AddMeetingItemMutation = graphql(`
  mutation AddScrutinyMeetingItem($input: AddScrutinyMeetingItemInput!) {
    addScrutinyMeetingItem(input: $input) {
      item {
        id
      }
    }
  }
`);

export const RemoveMeetingItemMutation = graphql(`
  mutation RemoveScrutinyMeetingItem($id: ID!, $version: Int) {
    removeScrutinyMeetingItem(id: $id, version: $version) {
      removedId
    }
  }
`);

export const UpdateRecommendationMutation = graphql(`
  mutation UpdateScrutinyRecommendation($input: UpdateScrutinyRecommendationInput!) {
    updateScrutinyRecommendation(input: $input) {
      recommendation {
        id
        text
        responseDue
        version
      }
    }
  }
`);
