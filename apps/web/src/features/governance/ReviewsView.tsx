import { useMutation, useQuery } from '@apollo/client/react';
import { Link } from '../../app/Link.js';
import { navigate } from '../../app/router.js';
import { ErrorState, Loading } from '../../ui/Status.js';
import { BV_STATUS, day, FOUR_C_QUESTION, words } from './format.js';
import { GovForm, PersonPicker, SelectField, TextField, useForm } from './forms.js';
import { governancePath } from './paths.js';
import { ReviewPage } from './ReviewPage.js';
import { CreateReviewMutation, ReviewsQuery } from './reviews.queries.js';
import { StatusTimeline } from './StatusTimeline.js';
import { useGovernance, useLookups } from './useGovernance.js';

/** Best Value reviews: the list (the public sees those with recommendations agreed), each review's page, and the form to start one. */
export function ReviewsView({ reviewId }: { reviewId: string | null; params: URLSearchParams }) {
  const { gss, councilId, councilName, can, duties } = useGovernance();
  const q = useQuery(ReviewsQuery, { variables: { councilId }, fetchPolicy: 'cache-and-network' });
  if (reviewId) return <ReviewPage reviewId={reviewId} />;
  const reviews = q.data?.bestValueReviews.nodes ?? [];
  return (
    <>
      <div className="page__head">
        <div>
          <h1 id="governance-title">Best Value reviews</h1>
          <p className="lead">
            {councilName}’s reviews of whether a service is needed in its form, how it compares, what its users say and who else could
            deliver it.
            {!duties.member && ' Reviews are public once their recommendations are agreed.'}
          </p>
        </div>
      </div>
      {can.startReview && <NewReviewForm />}
      {q.error && !q.data ? (
        <ErrorState title="The reviews could not be loaded" error={q.error} onRetry={() => void q.refetch()} />
      ) : !q.data ? (
        <Loading label="Loading the reviews…" />
      ) : reviews.length === 0 ? (
        <p>No reviews to show.</p>
      ) : (
        <ul className="review-list" aria-label="Best Value reviews">
          {reviews.map((r) => (
            <li key={r.id} className="card">
              <h2>
                <Link href={governancePath(gss, 'reviews', r.id)}>{r.title}</Link>
                {r.stalled && <span className="tag tag--warn">Stalled</span>}
              </h2>
              <p className="small">
                {r.service?.name ?? r.directorate?.name} · started {day(r.startedOn)} · {words(r.status, BV_STATUS)} since{' '}
                {day(r.statusSince)}
                {r.leadOfficer && ` · lead officer ${r.leadOfficer.name}`}
              </p>
              <StatusTimeline status={r.status} compact />
              {r.missingCs.length > 0 && (
                <p className="small">
                  <span className="tag tag--warn">Not yet done</span>{' '}
                  {r.missingCs.map((c) => `${words(c)} (${FOUR_C_QUESTION[c]?.toLowerCase()})`).join('; ')}
                </p>
              )}
            </li>
          ))}
        </ul>
      )}
    </>
  );
}

function NewReviewForm() {
  const { gss, councilId } = useGovernance();
  const { services, directorates } = useLookups();
  const [create] = useMutation(CreateReviewMutation);
  const f = useForm({ title: '', scope: '', subject: '', leadOfficerId: '' }, async (v) => {
    const [kind, id] = v.subject.split(':');
    const res = await create({
      variables: {
        input: {
          councilId,
          title: v.title.trim(),
          scope: v.scope.trim(),
          ...(kind === 'd' ? { directorateId: id } : kind === 's' ? { serviceId: id } : {}),
          leadOfficerId: v.leadOfficerId || null,
        },
      },
    });
    const review = res.data?.createBestValueReview.review;
    if (review) navigate(governancePath(gss, 'reviews', review.id));
    return 'The review is started, at scoping.';
  });
  const subjects = [
    ...directorates.map((d) => ({ value: `d:${d.id}`, label: `${d.name} (directorate)` })),
    ...services.map((s) => ({ value: `s:${s.id}`, label: `${s.name} (${s.directorate})` })),
  ];
  return (
    <GovForm panel="Start a Best Value review" label="Start a Best Value review" form={f} submit="Start the review" primary>
      <TextField label="Title" {...f.field('title')} required />
      <SelectField
        label="Service or directorate reviewed"
        {...f.field('subject', 'serviceId')}
        empty="Choose one"
        choices={subjects}
        required
      />
      <TextField label="Scope" {...f.field('scope')} multiline required hint="What the review covers and asks." />
      <PersonPicker label="Lead officer" {...f.field('leadOfficerId')} />
    </GovForm>
  );
}
