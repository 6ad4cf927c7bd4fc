import { formatDate } from '../../ui/dates.js';
import { useMutation, useQuery } from '@apollo/client/react';
import { type FormEvent, useState } from 'react';
import { graphql } from '../../graphql/index.js';
import { Feedback, TextField, useOutcome } from '../../ui/forms.js';
import { useCouncil } from '../../ui/useCouncil.js';
import { ErrorState, Loading } from '../../ui/Status.js';
import './commentary.css';

export const IndicatorCommentaryQuery = graphql(`
  query IndicatorCommentary($id: ID!, $councilId: ID!) {
    node(id: $id) {
      ... on Indicator {
        id
        viewerMayComment(councilId: $councilId)
        commentaries(councilId: $councilId) {
          ...CommentaryShown
        }
      }
    }
  }
`);

export const CommentaryShownFragment = graphql(`
  fragment CommentaryShown on Commentary {
    id
    version
    period
    whatHappened
    why
    whatWeAreDoing
    writtenOn
    viewerMayChange
    author {
      name
    }
    service {
      name
    }
  }
`);

const RecordCommentaryMutation = graphql(`
  mutation RecordCommentary($input: RecordCommentaryInput!) {
    recordCommentary(input: $input) {
      commentary {
        ...CommentaryShown
      }
    }
  }
`);

const UpdateCommentaryMutation = graphql(`
  mutation UpdateCommentary($input: UpdateCommentaryInput!) {
    updateCommentary(input: $input) {
      commentary {
        ...CommentaryShown
      }
    }
  }
`);

const WithdrawCommentaryMutation = graphql(`
  mutation WithdrawCommentary($id: ID!, $version: Int!) {
    withdrawCommentary(id: $id, version: $version) {
      commentary {
        id
        withdrawnOn
      }
    }
  }
`);

/** A commentary as the page shows it. */
export interface Shown {
  id: string;
  version: number;
  period: string;
  whatHappened: string;
  why?: string | null;
  whatWeAreDoing?: string | null;
  writtenOn: string;
  viewerMayChange: boolean;
  author?: { name: string } | null;
  service?: { name: string } | null;
}

/** The three parts, with who wrote them and when. */
export function CommentaryText({ c, headingLevel = 3 }: { c: Shown; headingLevel?: 3 | 4 }) {
  const H = headingLevel === 3 ? 'h3' : 'h4';
  return (
    <article className="commentary" aria-label={`Commentary on ${c.period}`}>
      <H className="commentary__period">
        {c.period}
        {c.service ? ` · ${c.service.name}` : ''}
      </H>
      <dl className="commentary__parts">
        <dt>What happened</dt>
        <dd>{c.whatHappened}</dd>
        <dt>Why</dt>
        <dd>{c.why ?? <span className="muted">Not said yet.</span>}</dd>
        <dt>What we are doing</dt>
        <dd>{c.whatWeAreDoing ?? <span className="muted">Not said yet.</span>}</dd>
      </dl>
      <p className="small muted">
        {c.author ? `${c.author.name}, ` : ''}
        {formatDate(c.writtenOn)}
      </p>
    </article>
  );
}

/** The form's fields: their errors are shown beside them (a period's, above). */
const PARTS = ['whatHappened', 'why', 'whatWeAreDoing'] as const;

/**
 * Records a commentary for a period, or changes the one there is (with its version). Errors the server
 * returns are shown beside the field they name.
 */
export function CommentaryForm({
  councilId,
  indicatorId,
  period,
  existing,
  onSaved,
  onCancel,
}: {
  councilId: string;
  indicatorId: string;
  period: string;
  existing: Shown | null;
  onSaved: () => void;
  onCancel?: () => void;
}) {
  const [v, setV] = useState({
    whatHappened: existing?.whatHappened ?? '',
    why: existing?.why ?? '',
    whatWeAreDoing: existing?.whatWeAreDoing ?? '',
  });
  const [outcome, write] = useOutcome();
  const [record] = useMutation(RecordCommentaryMutation);
  const [update] = useMutation(UpdateCommentaryMutation);
  const [withdraw] = useMutation(WithdrawCommentaryMutation);
  const set = (k: keyof typeof v) => (value: string) => setV((old) => ({ ...old, [k]: value }));
  const run = (what: () => Promise<unknown>, done: string) =>
    void write(async () => {
      await what();
      onSaved();
      return done;
    });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const parts = { whatHappened: v.whatHappened, why: v.why.trim() || null, whatWeAreDoing: v.whatWeAreDoing.trim() || null };
    run(
      () =>
        existing
          ? update({ variables: { input: { id: existing.id, version: existing.version, ...parts } } })
          : record({ variables: { input: { councilId, indicatorId, period, ...parts } } }),
      existing ? `The commentary on ${period} is changed.` : `The commentary on ${period} is recorded.`,
    );
  };
  const title = existing ? `Change the commentary on ${period}` : `Comment on ${period}`;
  return (
    <form className="commentary-form" aria-label={title} onSubmit={submit} noValidate>
      <h4>{title}</h4>
      <TextField
        label="What happened"
        name="whatHappened"
        value={v.whatHappened}
        onChange={set('whatHappened')}
        outcome={outcome}
        hint="Required: what the figure shows."
        multiline
        required
      />
      <TextField label="Why" name="why" value={v.why} onChange={set('why')} outcome={outcome} multiline />
      <TextField
        label="What we are doing"
        name="whatWeAreDoing"
        value={v.whatWeAreDoing}
        onChange={set('whatWeAreDoing')}
        outcome={outcome}
        multiline
      />
      <Feedback outcome={outcome} besideFields={PARTS} />
      <div className="actions">
        <button type="submit" className="button button--primary" disabled={outcome.busy}>
          {existing ? 'Save the change' : 'Record the commentary'}
        </button>
        {existing && (
          <button
            type="button"
            className="button button--quiet"
            disabled={outcome.busy}
            onClick={() =>
              run(
                () => withdraw({ variables: { id: existing.id, version: existing.version } }),
                `The commentary on ${period} is withdrawn.`,
              )
            }
          >
            Withdraw it
          </button>
        )}
        {onCancel && (
          <button type="button" className="button button--quiet" onClick={onCancel}>
            Cancel
          </button>
        )}
      </div>
    </form>
  );
}

/** The indicator page's commentary: every period's, newest first, and a form for those who may write. */
export function CommentaryCard({
  gss,
  indicatorId,
  periods,
  period: initial,
}: {
  gss: string;
  indicatorId: string;
  periods: string[];
  period: string | null;
}) {
  const council = useCouncil(gss);
  const councilId = council.council?.id ?? '';
  const q = useQuery(IndicatorCommentaryQuery, { variables: { id: indicatorId, councilId }, skip: !councilId });
  const newestFirst = [...periods].reverse();
  const [period, setPeriod] = useState<string | null>(initial && periods.includes(initial) ? initial : (newestFirst[0] ?? null));
  const node = q.data?.node && 'viewerMayComment' in q.data.node ? q.data.node : null;
  const list = (node?.commentaries ?? []) as Shown[];
  const existing = list.find((c) => c.period === period && !c.service) ?? null;
  return (
    <section className="card" aria-labelledby="commentary-title">
      <h2 id="commentary-title">Commentary</h2>
      {q.error ? (
        <ErrorState title="The commentary could not be loaded" error={q.error} onRetry={() => void q.refetch()} compact />
      ) : !node ? (
        <Loading label="Loading the commentary…" compact />
      ) : (
        <>
          {list.length === 0 ? (
            <p className="muted">Nobody has commented on these figures yet.</p>
          ) : (
            list.map((c) => <CommentaryText key={c.id} c={c} />)
          )}
          {node.viewerMayComment && period && (
            <div className="commentary-entry">
              <label className="commentary-entry__period">
                Period
                <select value={period} onChange={(e) => setPeriod(e.target.value)}>
                  {newestFirst.map((p) => (
                    <option key={p} value={p}>
                      {p}
                      {list.some((c) => c.period === p && !c.service) ? ' (has a commentary)' : ''}
                    </option>
                  ))}
                </select>
              </label>
              <CommentaryForm
                key={period}
                councilId={councilId}
                indicatorId={indicatorId}
                period={period}
                existing={existing}
                onSaved={() => void q.refetch()}
              />
            </div>
          )}
        </>
      )}
    </section>
  );
}

/** An exception's commentary in the exceptions list: shown, or missing, with a form for those who may write. */
export function ExceptionCommentary({
  gss,
  indicatorId,
  period,
  commentary,
  mayComment,
  onSaved,
}: {
  gss: string;
  indicatorId: string;
  period: string | null | undefined;
  commentary: Shown | null | undefined;
  mayComment: boolean;
  onSaved: () => void;
}) {
  const council = useCouncil(gss);
  const [open, setOpen] = useState(false);
  if (!period) return null;
  return (
    <div className="exception-commentary">
      {commentary ? (
        <details>
          <summary>
            Commentary{commentary.author ? ` by ${commentary.author.name}` : ''}, {formatDate(commentary.writtenOn)}
          </summary>
          <CommentaryText c={commentary} headingLevel={4} />
        </details>
      ) : (
        <p className="small">
          <span className="tag tag--warn">No commentary</span> Nobody has said why yet.
        </p>
      )}
      {mayComment && council.council && !open && (
        <button type="button" className="button button--quiet" onClick={() => setOpen(true)}>
          {commentary ? 'Change the commentary' : 'Add a commentary'}
        </button>
      )}
      {mayComment && council.council && open && (
        <CommentaryForm
          councilId={council.council.id}
          indicatorId={indicatorId}
          period={period}
          existing={commentary ?? null}
          onSaved={() => {
            setOpen(false);
            onSaved();
          }}
          onCancel={() => setOpen(false)}
        />
      )}
    </div>
  );
}
