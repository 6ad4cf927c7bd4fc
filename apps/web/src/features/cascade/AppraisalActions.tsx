import { formatDate } from '../../ui/dates.js';
import { useMutation, useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { graphql } from '../../graphql/index.js';
import type { AppraisalRating, PersonAppraisalsQuery as PersonAppraisalsData } from '../../graphql/graphql.js';
import { ConfirmButton, errorOf, Field, InPlaceForm, inputProps, text, today } from '../priorities/forms.js';
import { useStoredRecord } from '../priorities/stored.js';

export const PersonAppraisalsQuery = graphql(`
  query PersonAppraisals($personId: ID!, $period: String!) {
    node(id: $personId) {
      ... on Person {
        __typename
        id
        name
        council {
          id
        }
        viewerCan {
          addAppraisalObjective
        }
        appraisalObjectives(period: $period) {
          id
          name
          version
          agreedOn
          reviewedOn
          rating
          viewerCan {
            update
            delete
          }
        }
      }
    }
  }
`);

export const UpdateAppraisalMutation = graphql(`
  mutation UpdateAppraisalInPlace($input: UpdateAppraisalObjectiveInput!) {
    updateAppraisalObjective(input: $input) {
      appraisalObjective {
        id
        version
        agreedOn
        reviewedOn
        rating
      }
    }
  }
`);

export const DeleteAppraisalMutation = graphql(`
  mutation DeleteAppraisalInPlace($id: ID!, $version: Int) {
    deleteAppraisalObjective(id: $id, version: $version) {
      deletedIds
    }
  }
`);

export type AppraisedPerson = Extract<NonNullable<PersonAppraisalsData['node']>, { __typename: 'Person' }>;
type Appraisal = Extract<NonNullable<PersonAppraisalsData['node']>, { __typename: 'Person' }>['appraisalObjectives'][number];

const RATING: Record<AppraisalRating, string> = { EXCEEDED: 'Exceeded', MET: 'Met', PARTLY_MET: 'Partly met', NOT_MET: 'Not met' };

const REVIEW_FIELDS = [
  { key: 'reviewedOn', label: 'Reviewed on', show: (v: string) => (v ? formatDate(v) : 'Not reviewed') },
  { key: 'rating', label: 'Rating', show: (v: string) => (v ? RATING[v as AppraisalRating] : 'Not rated yet') },
] as const;
const AGREED_FIELD = { key: 'agreedOn', label: 'Agreed on', show: (v: string) => (v ? formatDate(v) : 'Not agreed') } as const;

/** A person's appraisal objectives of a year, by id, with what the viewer may do with each (and with the person). */
export function useAppraisals(personId: string | null, period: string): { person: AppraisedPerson | null; byId: Map<string, Appraisal> } {
  const { data } = useQuery(PersonAppraisalsQuery, { variables: { personId: personId ?? '', period }, skip: !personId });
  const person = data?.node?.__typename === 'Person' ? (data.node as AppraisedPerson) : null;
  return { person, byId: new Map((person?.appraisalObjectives ?? []).map((a) => [a.id, a])) };
}

/**
 * Agreeing an appraisal objective with the person (confirmed), then reviewing and rating it, for
 * those `viewerCan` allows (the person's managers); its review shown to all who see the thread.
 */
export function AppraisalActions({ a, onChanged }: { a: Appraisal; onChanged: () => Promise<unknown> }) {
  const [reviewing, setReviewing] = useState(false);
  const [update] = useMutation(UpdateAppraisalMutation);
  const [remove] = useMutation(DeleteAppraisalMutation, { refetchQueries: ['PersonAppraisals'] });
  const review = (x: { reviewedOn?: string | null; rating?: AppraisalRating | null }) => ({
    reviewedOn: x.reviewedOn ?? '',
    rating: x.rating ?? '',
  });
  const load = useStoredRecord('AppraisalObjective', a.id, review);
  // Agree and delete are done on the objective as read: a stale version shows their change first.
  const step = {
    what: 'this appraisal objective',
    fields: [AGREED_FIELD, ...REVIEW_FIELDS],
    base: { agreedOn: a.agreedOn ?? '', ...review(a) },
    version: a.version,
    load: useStoredRecord('AppraisalObjective', a.id, (x) => ({ agreedOn: x.agreedOn ?? '', ...review(x) })),
  };
  return (
    <div>
      {a.reviewedOn && (
        <p className="small">
          Reviewed on {formatDate(a.reviewedOn)}
          {a.rating ? `: ${RATING[a.rating].toLowerCase()}` : ''}
        </p>
      )}
      {(a.viewerCan.update || a.viewerCan.delete) && (
        <p className="actions">
          {a.viewerCan.update && !a.agreedOn && (
            <ConfirmButton
              label="Agree"
              ariaLabel={`Agree “${a.name}”`}
              question={`Record that “${a.name}” is agreed with the person today? It then counts for the golden thread.`}
              confirmLabel="Yes, it is agreed"
              versioned={step}
              onConfirm={async (version) => {
                await update({ variables: { input: { id: a.id, version, agreedOn: today() } } });
                await onChanged();
              }}
            />
          )}
          {a.viewerCan.update && (
            <button
              type="button"
              className="button"
              aria-label={`Review and rate “${a.name}”`}
              aria-expanded={reviewing}
              onClick={() => setReviewing(!reviewing)}
            >
              Review and rate
            </button>
          )}
          {a.viewerCan.delete && (
            <ConfirmButton
              label="Delete"
              ariaLabel={`Delete “${a.name}”`}
              question={`Delete the appraisal objective “${a.name}”? It goes for good, with its review.`}
              confirmLabel="Yes, delete it"
              versioned={step}
              onConfirm={async (version) => {
                await remove({ variables: { id: a.id, version } });
                await onChanged();
              }}
            />
          )}
        </p>
      )}
      {reviewing && (
        <InPlaceForm
          title={`Review “${a.name}”`}
          submitLabel="Save the review"
          fields={['reviewedOn', 'rating']}
          onCancel={() => setReviewing(false)}
          versioned={{
            what: 'this appraisal objective',
            fields: REVIEW_FIELDS,
            // An objective not reviewed yet opens on today's date.
            base: { reviewedOn: a.reviewedOn ?? today(), rating: a.rating ?? '' },
            version: a.version,
            values: (d) => ({ reviewedOn: text(d, 'reviewedOn'), rating: text(d, 'rating') }),
            load: async (policy) => {
              const s = await load(policy);
              return s && { ...s, values: { ...s.values, reviewedOn: s.values.reviewedOn || today() } };
            },
          }}
          onSubmit={async (d, version) => {
            const rating = (text(d, 'rating') || null) as AppraisalRating | null;
            await update({ variables: { input: { id: a.id, version, reviewedOn: text(d, 'reviewedOn') || null, rating } } });
            setReviewing(false);
            await onChanged();
          }}
        >
          {(f, v) => (
            <>
              <Field id={`ar-date-${a.id}`} label="Reviewed on" error={errorOf(f, 'reviewedOn')}>
                <input {...inputProps(`ar-date-${a.id}`, 'reviewedOn', f)} type="date" defaultValue={v.reviewedOn} />
              </Field>
              <Field id={`ar-rating-${a.id}`} label="Rating" error={errorOf(f, 'rating')}>
                <select {...inputProps(`ar-rating-${a.id}`, 'rating', f)} defaultValue={v.rating}>
                  <option value="">Not rated yet</option>
                  {Object.entries(RATING).map(([k, label]) => (
                    <option key={k} value={k}>
                      {label}
                    </option>
                  ))}
                </select>
              </Field>
            </>
          )}
        </InPlaceForm>
      )}
    </div>
  );
}
