import { useMutation, useQuery } from '@apollo/client/react';
import { useEffect, useRef, useState } from 'react';
import { Link } from '../../app/Link.js';
import { routePath } from '../../app/router.js';
import type { MeasurementStatus, MeasurementWorkListQuery } from '../../graphql/graphql.js';
import { ErrorState, Loading } from '../../ui/Status.js';
import { TableHead } from '../../ui/TableHead.js';
import { apiError } from '../../ui/errors.js';
import { PublishMeasurementMutation, ValidateMeasurementMutation, WorkListQuery } from './queries.js';
import { TableScroll } from '../../ui/TableScroll.js';

type Row = MeasurementWorkListQuery['measurements']['nodes'][number];

const PAGE = 50;

/** Both work lists refresh after any step, since validating moves a figure from one to the other. */
const refresh = () => ({ refetchQueries: ['MeasurementWorkList', 'EntryIndicator'], awaitRefetchQueries: true });

function shownValue(m: Row): string {
  if (m.valueStatus === 'SUPPRESSED') return '[c] suppressed';
  if (m.valueStatus === 'NOT_AVAILABLE' || m.value == null) return '[x] not available';
  return `${m.value.toLocaleString('en-GB')}${m.indicator.unit ? ` ${m.indicator.unit}` : ''}`;
}

/**
 * A council's figures waiting for their next step: drafts to validate (data owners, the MI-responsible
 * manager) or validated figures to publish (the MI-responsible manager or their delegate). The server
 * decides who may; a refusal is shown next to the list.
 */
export function WorkList({
  gss,
  councilId,
  status,
  canAct,
  note,
}: {
  gss: string;
  councilId: string;
  status: Extract<MeasurementStatus, 'DRAFT' | 'VALIDATED'>;
  canAct: boolean;
  note: string;
}) {
  const publishing = status === 'VALIDATED';
  const title = publishing ? 'Awaiting publication' : 'Awaiting validation';
  const verb = publishing ? 'Publish' : 'Validate';
  const id = `wl-${status.toLowerCase()}`;
  const q = useQuery(WorkListQuery, {
    variables: { councilId, status, first: PAGE },
    fetchPolicy: 'cache-and-network',
    notifyOnNetworkStatusChange: false,
  });
  const [validate] = useMutation(ValidateMeasurementMutation, refresh());
  const [publish] = useMutation(PublishMeasurementMutation, refresh());
  const [busy, setBusy] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const feedbackRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    // The button pressed has gone with its row: keep keyboard focus on the outcome.
    if (error || message) feedbackRef.current?.focus();
  }, [error, message]);

  const act = async (m: Row) => {
    setBusy(m.id);
    setError(null);
    setMessage(null);
    const what = `${m.indicator.title} for ${m.period}${m.disaggregation !== 'Total' ? ` (${m.disaggregation})` : ''}`;
    try {
      if (publishing) await publish({ variables: { id: m.id, version: m.version } });
      else await validate({ variables: { id: m.id, version: m.version } });
      setMessage(`${what} is now ${publishing ? 'published' : 'validated'}.`);
    } catch (e) {
      setError(`${what} was not ${publishing ? 'published' : 'validated'}: ${apiError(e).message}`);
      void q.refetch();
    } finally {
      setBusy(null);
    }
  };

  const rows = q.data?.measurements.nodes ?? [];
  const total = q.data?.measurements.totalCount ?? 0;
  return (
    <section className="card" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>
        {title}
        {q.data && <span className="muted"> ({total})</span>}
      </h2>
      <p className="small muted">{note}</p>
      <div ref={feedbackRef} tabIndex={-1} aria-live="polite">
        {error && (
          <div className="form-error" role="alert">
            <strong>⚠ Refused</strong>
            <span>{error}</span>
          </div>
        )}
        {message && (
          <p className="form-ok" role="status">
            ✓ {message}
          </p>
        )}
      </div>
      {q.error && !q.data ? (
        <ErrorState
          title={`The figures ${title.toLowerCase()} could not be loaded`}
          error={q.error}
          onRetry={() => void q.refetch()}
          compact
        />
      ) : !q.data ? (
        <Loading label={`Loading the figures ${title.toLowerCase()}…`} compact />
      ) : rows.length === 0 ? (
        <p className="muted">
          {publishing ? 'No validated figures are waiting to be published.' : 'No draft figures are waiting to be validated.'}
        </p>
      ) : (
        <>
          <TableScroll label={title}>
            <table className="table" aria-labelledby={`${id}-title`}>
              <TableHead
                columns={['Indicator', 'Period', { label: 'Value', className: 'num' }, 'Entered by', publishing && 'Validated by']}
                action
              />
              <tbody>
                {rows.map((m) => (
                  <tr key={m.id}>
                    <td>
                      <Link href={routePath(gss, 'measurements', m.indicator.id)}>{m.indicator.title}</Link>
                      <span className="small muted"> {m.indicator.code}</span>
                    </td>
                    <td>
                      {m.period}
                      {m.disaggregation !== 'Total' && <span className="small muted"> · {m.disaggregation}</span>}
                    </td>
                    <td className="num">{shownValue(m)}</td>
                    <td>{m.enteredBy?.name ?? <span className="muted">not recorded</span>}</td>
                    {publishing && <td>{m.validatedBy?.name ?? <span className="muted">not recorded</span>}</td>}
                    <td>
                      {canAct && (
                        <button
                          type="button"
                          className="button"
                          disabled={busy !== null}
                          aria-label={
                            `${verb} ${m.indicator.title} for ` +
                            `${m.period}${m.disaggregation !== 'Total' ? ` (${m.disaggregation})` : ''}`
                          }
                          onClick={() => void act(m)}
                        >
                          {busy === m.id ? `${verb.replace(/e$/, '')}ing…` : verb}
                        </button>
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableScroll>
          {total > rows.length && (
            <p className="small muted">
              Showing the newest {rows.length} of {total}.
            </p>
          )}
        </>
      )}
    </section>
  );
}
