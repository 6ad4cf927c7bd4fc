import { useQuery } from '@apollo/client/react';
import { useId, useState } from 'react';
import { Link } from '../../app/Link.js';
import type { HealthCheckAnswerFieldsFragment as AnswerData } from '../../graphql/graphql.js';
import { ErrorState, Loading } from '../../ui/Status.js';
import { changeWords, nodeHref, scoreBand, scoreWords, shortName, typeWords } from './board.js';
import { HealthCheckNodesQuery } from './queries.js';

/** How many records an opened answer lists before "Show all". */
const FIRST_NODES = 12;

/** One answer of the board: score, sentence and change; opens to its evidence, what would raise it and the records behind it. */
export function AnswerCard({
  answer: a,
  gss,
  period,
  comparedWith,
}: {
  answer: AnswerData;
  gss: string;
  period: string;
  comparedWith: string | null;
}) {
  const [open, setOpen] = useState(false);
  const id = useId();
  const band = scoreBand(a.score, a.maxScore);
  return (
    <li className={`hc-card hc-card--${band}`} aria-labelledby={`${id}-title`} data-key={a.key}>
      <h3 id={`${id}-title`} className="hc-card__title">
        <span className="hc-card__key">{shortName(a.key).split(' ')[0]}</span> {a.title}
      </h3>
      <div className="hc-card__score">
        <strong>{scoreWords(a.score, a.maxScore)}</strong>
        <span className="hc-bar" aria-hidden="true">
          {Array.from({ length: a.maxScore }, (_, i) => (
            <span key={i} className={`hc-bar__step${a.score !== null && i < a.score ? ' hc-bar__step--on' : ''}`} />
          ))}
        </span>
      </div>
      <p className="hc-card__answer">{a.answer}</p>
      {a.score === null && a.unanswerable && (
        <p className="hc-card__cannot">
          <strong>What to record:</strong> {a.unanswerable.record}
        </p>
      )}
      <p className={`hc-card__change hc-card__change--${a.change?.direction ?? 'NONE'}`}>
        {changeWords(a.change, comparedWith, a.score !== null)}
      </p>
      <button
        type="button"
        className="button hc-card__toggle"
        aria-expanded={open}
        aria-controls={`${id}-more`}
        onClick={() => setOpen(!open)}
      >
        {open ? 'Hide the evidence' : 'Show the evidence'}
        <span className="visually-hidden"> for {shortName(a.key)}</span>
      </button>
      <div id={`${id}-more`} className="hc-card__more" hidden={!open}>
        {open && <Evidence answer={a} gss={gss} period={period} labelId={`${id}-title`} />}
      </div>
    </li>
  );
}

function Evidence({ answer: a, gss, period, labelId }: { answer: AnswerData; gss: string; period: string; labelId: string }) {
  return (
    <>
      <h4>Evidence</h4>
      <ul className="hc-evidence" aria-label="Evidence">
        {a.evidence.map((e) => (
          <li key={e.key}>
            <span className="hc-evidence__text">{e.text}</span>{' '}
            <span className="tag">{e.score === null ? 'not counted' : `${e.score} of 4`}</span>
            <span className="hc-evidence__definition">Counts: {e.definition}</span>
          </li>
        ))}
      </ul>
      {a.score === null && a.unanswerable && (
        <p className="small">
          <strong>Why it cannot tell:</strong> {a.unanswerable.reason}
        </p>
      )}
      <h4>What would raise it</h4>
      <p className="small">{a.improve}</p>
      <Records nodes={a.nodes} gss={gss} period={period} labelId={labelId} />
    </>
  );
}

function Records({ nodes, gss, period, labelId }: { nodes: AnswerData['nodes']; gss: string; period: string; labelId: string }) {
  const [all, setAll] = useState(false);
  const { data, loading, error, refetch } = useQuery(HealthCheckNodesQuery, {
    variables: { ids: nodes.map((n) => n.id) },
    skip: nodes.length === 0,
    errorPolicy: 'all',
  });
  if (nodes.length === 0) return null;
  const names = new Map<string, string>();
  for (const n of data?.nodes ?? []) if (n) names.set(n.id, nameOf(n));
  const shown = all ? nodes : nodes.slice(0, FIRST_NODES);
  return (
    <>
      <h4>Records behind it ({nodes.length})</h4>
      {error && !data && <ErrorState compact title="The records could not be named" error={error} onRetry={() => void refetch()} />}
      {loading && !data && <Loading compact label="Naming the records…" />}
      <ul className="hc-nodes" aria-label="Records behind it" aria-describedby={labelId}>
        {shown.map((n) => {
          const href = nodeHref(gss, n, period);
          const name = names.get(n.id) ?? (loading ? '…' : `${typeWords(n.type)} (not shown to you)`);
          return (
            <li key={n.id} className={n.ok ? 'hc-node' : 'hc-node hc-node--down'}>
              <span className="hc-node__type">{typeWords(n.type)}</span> {href ? <Link href={href}>{name}</Link> : <span>{name}</span>}
              {!n.ok && <span className="hc-node__flag"> holds the score down</span>}
            </li>
          );
        })}
      </ul>
      {nodes.length > FIRST_NODES && (
        <button type="button" className="button button--quiet" onClick={() => setAll(!all)}>
          {all ? `Show the first ${FIRST_NODES}` : `Show all ${nodes.length}`}
        </button>
      )}
    </>
  );
}

function nameOf(n: { __typename?: string } & Record<string, unknown>): string {
  if (typeof n.reference === 'string' && typeof n.title === 'string') return `${n.reference}: ${n.title}`;
  for (const k of ['name', 'title', 'text'] as const) {
    const v = n[k];
    if (typeof v === 'string' && v) return v.length > 120 ? `${v.slice(0, 117)}…` : v;
  }
  return 'Unnamed record';
}
