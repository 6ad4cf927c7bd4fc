import { useMutation, useQuery } from '@apollo/client/react';
import { useEffect, useRef, useState } from 'react';
import { Link } from '../../app/Link.js';
import { routePath } from '../../app/router.js';
import type { MeasurementStatus } from '../../graphql/graphql.js';
import { ErrorState, Loading } from '../../ui/Status.js';
import { TableHead } from '../../ui/TableHead.js';
import { ConflictNotice } from '../../ui/conflict.js';
import { apiError } from '../../ui/errors.js';
import { PublishMeasurementsMutation, ValidateMeasurementMutation, ValidateMeasurementsMutation, WorkListQuery } from './queries.js';
import { ValidateButton } from './ValidateButton.js';
import { figureName, History, PublishDialog, shownValue, type Row } from './WorkListParts.js';
import { type Refusal, type StaleStep, StaleStepPanel, useStaleStep } from './StaleStep.js';
import './worklist.css';
import { TableScroll } from '../../ui/TableScroll.js';

const PAGE = 50;

/** Both work lists refresh after any step, since validating moves a figure from one to the other. */
const refresh = () => ({ refetchQueries: ['MeasurementWorkList', 'EntryIndicator'], awaitRefetchQueries: true });

/**
 * A council's figures waiting for their next step: drafts to validate (their data owner, the MI-responsible
 * manager) or validated figures to publish (the MI-responsible manager or their delegate). Each figure says
 * what the viewer may do with it (viewerCan, the server's rule), so only those buttons show; several may be
 * chosen and stepped at once, all or nothing. Publishing asks first, saying how many figures become public. A step
 * at versions someone has changed since (a figure corrected, or validated again) is answered with their changes and
 * do it anyway / cancel (StaleStep.tsx), never done unseen.
 */
export function WorkList({
  gss,
  councilId,
  status,
  note,
}: {
  gss: string;
  councilId: string;
  status: Extract<MeasurementStatus, 'DRAFT' | 'VALIDATED'>;
  note: string;
}) {
  const publishing = status === 'VALIDATED';
  const title = publishing ? 'Awaiting publication' : 'Awaiting validation';
  const verb = publishing ? 'Publish' : 'Validate';
  const done = publishing ? 'published' : 'validated';
  const id = `wl-${status.toLowerCase()}`;
  const q = useQuery(WorkListQuery, {
    variables: { councilId, status, first: PAGE },
    fetchPolicy: 'cache-and-network',
    notifyOnNetworkStatusChange: false,
  });
  const [validate] = useMutation(ValidateMeasurementsMutation, refresh());
  const [publish] = useMutation(PublishMeasurementsMutation, refresh());
  const [validateSingle] = useMutation(ValidateMeasurementMutation, refresh());
  const [busy, setBusy] = useState(false);
  const [chosen, setChosen] = useState<Set<string>>(new Set());
  const [asking, setAsking] = useState<Row[] | null>(null);
  const [error, setError] = useState<{ text: string; refused: Refusal[] } | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const [stale, setStale] = useState<StaleStep | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const staleOf = useStaleStep();
  const feedbackRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    // The buttons pressed have gone with their rows: keep keyboard focus on the outcome.
    if (error || message) feedbackRef.current?.focus();
  }, [error, message]);

  const rows = q.data?.measurements.nodes ?? [];
  const total = q.data?.measurements.totalCount ?? 0;
  const may = (m: Row) => (publishing ? m.viewerCan.publish : m.viewerCan.validate);
  const actionable = rows.filter(may);
  const picked = actionable.filter((m) => chosen.has(m.id));

  // `at`: the versions stored now of figures shown stale (do it anyway); the others go at the version the list read.
  const step = async (figures: Row[], at?: ReadonlyMap<string, number>) => {
    setAsking(null);
    setBusy(true);
    setError(null);
    setMessage(null);
    setNotice(null);
    const what = figures.length === 1 ? figureName(figures[0]!) : `${figures.length} figures`;
    try {
      const variables = { measurements: figures.map((m) => ({ id: m.id, version: at?.get(m.id) ?? m.version })) };
      if (publishing) await publish({ variables });
      else await validate({ variables });
      setStale(null);
      setMessage(`${what} ${figures.length === 1 ? 'is' : 'are'} now ${done}.`);
      setChosen(new Set());
    } catch (e) {
      const err = apiError(e);
      const refused = Array.isArray(err.extensions.refused) ? (err.extensions.refused as Refusal[]) : [];
      const changed = await staleOf(figures, refused).catch(() => null);
      setStale(changed);
      if (changed) return;
      setError({ text: `Nothing was ${done}. ${refused.length ? '' : err.message}`, refused });
      void q.refetch();
    } finally {
      setBusy(false);
    }
  };
  // One figure validated at the version read: a stale one is answered beside its button (ValidateButton).
  const validateOne = async (m: Row, version: number) => {
    setError(null);
    setMessage(null);
    await validateSingle({ variables: { id: m.id, version } });
    setMessage(`${figureName(m)} is now validated.`);
    setChosen(new Set());
  };
  const ask = (figures: Row[]) => (publishing ? setAsking(figures) : void step(figures));
  const toggle = (m: Row) =>
    setChosen((c) => {
      const next = new Set(c);
      if (next.has(m.id)) next.delete(m.id);
      else next.add(m.id);
      return next;
    });

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
            <span>{error.text}</span>
            {error.refused.length > 0 && (
              <ul>
                {error.refused.map((r) => (
                  <li key={r.id}>{r.message}</li>
                ))}
              </ul>
            )}
          </div>
        )}
        {message && (
          <p className="form-ok" role="status">
            ✓ {message}
          </p>
        )}
      </div>
      {stale && (
        <StaleStepPanel
          key={[...stale.versions].join()}
          stale={stale}
          verb={verb.toLowerCase()}
          busy={busy}
          onAnyway={() => void step(stale.figures, stale.versions)}
          onCancel={() => {
            setStale(null);
            setNotice(`Not done (${verb.toLowerCase()}): the list shows the stored figures, with their change.`);
            void q.refetch();
          }}
        />
      )}
      {notice && <ConflictNotice key={notice} text={notice} />}
      {asking && <PublishDialog rows={asking} onConfirm={() => void step(asking)} onCancel={() => setAsking(null)} />}
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
          {actionable.length > 0 ? (
            <fieldset className="wl-bulk">
              <legend className="visually-hidden">{verb} several figures</legend>
              <label>
                <input
                  type="checkbox"
                  checked={picked.length === actionable.length}
                  onChange={(e) => setChosen(new Set(e.target.checked ? actionable.map((m) => m.id) : []))}
                />{' '}
                Choose all {actionable.length} you may {verb.toLowerCase()}
              </label>
              <button type="button" className="button" disabled={busy || picked.length === 0} onClick={() => ask(picked)}>
                {busy ? `${verb.replace(/e$/, '')}ing…` : `${verb} ${picked.length} chosen`}
              </button>
            </fieldset>
          ) : (
            <p className="small muted">
              {publishing
                ? 'You may not publish these figures: the MI-responsible manager or their delegate does.'
                : "You may not validate these figures: each indicator's data owner or the MI-responsible manager does."}
            </p>
          )}
          <TableScroll label={title}>
            <table className="table wl-table" aria-labelledby={`${id}-title`}>
              <TableHead
                columns={[
                  { label: 'Choose', className: 'wl-pick' },
                  'Indicator',
                  'Period',
                  { label: 'Value', className: 'num' },
                  'Entered by',
                  publishing && 'Validated by',
                ]}
                action
              />
              <tbody>
                {rows.map((m) => (
                  <tr key={m.id}>
                    <td className="wl-pick">
                      {may(m) && (
                        <input
                          type="checkbox"
                          checked={chosen.has(m.id)}
                          onChange={() => toggle(m)}
                          aria-label={`Choose ${figureName(m)}`}
                        />
                      )}
                    </td>
                    <td>
                      <Link href={routePath(gss, 'measurements', m.indicator.id)}>{m.indicator.title}</Link>
                      <span className="small muted"> {m.indicator.code}</span>
                      <History m={m} />
                    </td>
                    <td data-label="Period">
                      {m.period}
                      {m.disaggregation !== 'Total' && <span className="small muted"> · {m.disaggregation}</span>}
                    </td>
                    <td className="num" data-label="Value">
                      {shownValue(m, m.indicator.unit, m.indicator.precision)}
                    </td>
                    <td data-label="Entered by">{m.enteredBy?.name ?? <span className="muted">not recorded</span>}</td>
                    {publishing && <td data-label="Validated by">{m.validatedBy?.name ?? <span className="muted">not recorded</span>}</td>}
                    <td>
                      {may(m) && !publishing && (
                        <ValidateButton
                          figure={m}
                          label="Validate"
                          ariaLabel={`Validate ${figureName(m)}`}
                          onValidate={(v) => validateOne(m, v)}
                        />
                      )}
                      {may(m) && publishing && (
                        <button
                          type="button"
                          className="button"
                          disabled={busy}
                          aria-label={`${verb} ${figureName(m)}`}
                          onClick={() => ask([m])}
                        >
                          {verb}
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
