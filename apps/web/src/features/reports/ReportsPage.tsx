import { useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { DEFAULT_PERIOD, navigate, PERIODS, routePath } from '../../app/router.js';
import { useViewer } from '../../auth/viewer.js';
import { councilView, type CouncilViewProps, Page } from '../../ui/Page.js';
import { ErrorState } from '../../ui/Status.js';
import { callServer, saveAs } from './download.js';
import { formatDay, IssuedPacks, Refusal, useIssuedPacks } from './IssuedPacks.js';
import {
  AUDIENCES,
  audienceLabel,
  FORMATS,
  fileNameOf,
  type IssuedPack,
  isAudience,
  isFormat,
  issueUrl,
  packUrl,
  sizeInWords,
  type PackChoice,
  type PackRefusal,
} from './pack.js';
import { ReportChoicesQuery } from './queries.js';
import './reports.css';

type Outcome =
  | { kind: 'working' }
  | { kind: 'issuing' }
  | { kind: 'done'; fileName: string; size: number }
  | { kind: 'issued'; pack: IssuedPack }
  | { kind: 'refused'; refusal: PackRefusal };

function Reports({ gss, councilId, councilName, params }: CouncilViewProps) {
  const viewer = useViewer();
  const choices = useQuery(ReportChoicesQuery, { variables: { councilId } });
  const audience = isAudience(params.get('audience')) ? (params.get('audience') as PackChoice['audience']) : 'executive';
  const format = isFormat(params.get('format')) ? (params.get('format') as PackChoice['format']) : 'pdf';
  const period = params.get('period') ?? DEFAULT_PERIOD;
  const portfolios = choices.data?.council?.portfolios ?? [];
  const portfolioId = params.get('portfolio') ?? portfolios[0]?.id ?? null;
  const meeting = params.get('meeting');
  const meetings = (choices.data?.scrutinyWorkProgramme.committees ?? []).flatMap((c) =>
    c.meetings.map((m) => ({ id: m.id, heldOn: m.heldOn, committee: c.committee.name })),
  );
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  // The route's rule for issuing (and for the list): the council's own people.
  const mayIssue = viewer.memberOf(gss);
  const issued = useIssuedPacks(viewer.session, gss, mayIssue);

  const set = (changes: Record<string, string | null>) => {
    setOutcome(null);
    const next = { audience, period, format, portfolio: params.get('portfolio'), meeting, ...changes };
    navigate(routePath(gss, 'reports', null, next), { replace: true });
  };
  const choice: PackChoice = { audience, gss, period, format, portfolioId, meeting };
  const needsPortfolio = audience === 'portfolio' && !portfolioId;

  const download = async () => {
    setOutcome({ kind: 'working' });
    const answer = await callServer(viewer.session, packUrl(choice));
    if (!answer.ok) return setOutcome({ kind: 'refused', refusal: answer.refusal });
    const fileName = fileNameOf(answer.res.headers.get('content-disposition'), choice);
    setOutcome({ kind: 'done', fileName, size: await saveAs(answer.res, fileName) });
  };

  const issue = async () => {
    setOutcome({ kind: 'issuing' });
    const answer = await callServer(viewer.session, issueUrl(choice), { method: 'POST' });
    if (!answer.ok) return setOutcome({ kind: 'refused', refusal: answer.refusal });
    const pack = (await answer.res.json()) as IssuedPack;
    await issued.reload();
    setOutcome({ kind: 'issued', pack });
  };
  const busy = outcome?.kind === 'working' || outcome?.kind === 'issuing';
  const portfolioName = (id: string) => portfolios.find((p) => p.id === id)?.name;

  return (
    <Page labelledBy="reports-title">
      <div className="page__head">
        <div>
          <h1 id="reports-title">Reports</h1>
          <p className="lead">
            Report packs of {councilName} for a meeting: choose who it is for, the year and the format. Each pack has a cover, contents,
            numbered sections and an appendix of definitions and sources.
          </p>
        </div>
      </div>
      {choices.error && <ErrorState compact title="The portfolios and meetings could not be loaded" error={choices.error} />}
      <form
        className="card reports-form"
        aria-labelledby="reports-form-title"
        onSubmit={(e) => {
          e.preventDefault();
          void download();
        }}
      >
        <h2 id="reports-form-title">Make a pack</h2>
        <fieldset className="reports-choice">
          <legend>Who it is for</legend>
          {AUDIENCES.map((a) => (
            <label key={a.key} className="reports-option">
              <input type="radio" name="audience" value={a.key} checked={audience === a.key} onChange={() => set({ audience: a.key })} />
              <span>
                <strong>{a.label}</strong>
                <span className="reports-option__hint">{a.hint}</span>
              </span>
            </label>
          ))}
        </fieldset>
        <div className="reports-row">
          {audience === 'portfolio' && (
            <div className="field">
              <label htmlFor="reports-portfolio">Portfolio</label>
              {portfolios.length ? (
                <select id="reports-portfolio" value={portfolioId ?? ''} onChange={(e) => set({ portfolio: e.target.value })}>
                  {portfolios.map((p) => (
                    <option key={p.id} value={p.id}>
                      {p.name}
                    </option>
                  ))}
                </select>
              ) : (
                <p id="reports-portfolio">
                  {choices.loading ? 'Loading the portfolios…' : `${councilName} has no portfolios recorded: add them under Governance.`}
                </p>
              )}
            </div>
          )}
          {audience === 'scrutiny' && (
            <div className="field">
              <label htmlFor="reports-meeting">Meeting</label>
              <select id="reports-meeting" value={meeting ?? ''} onChange={(e) => set({ meeting: e.target.value || null })}>
                <option value="">The committee’s next meeting</option>
                {meetings.map((m) => (
                  <option key={m.id} value={m.heldOn}>
                    {formatDay(m.heldOn)}, {m.committee}
                  </option>
                ))}
              </select>
            </div>
          )}
          {audience !== 'scrutiny' && (
            <div className="field">
              <label htmlFor="reports-meeting">Meeting date</label>
              <input
                id="reports-meeting"
                type="date"
                value={meeting ?? ''}
                aria-describedby="reports-meeting-hint"
                onChange={(e) => set({ meeting: e.target.value || null })}
              />
              <span id="reports-meeting-hint" className="reports-option__hint">
                For the cover; leave empty for none.
              </span>
            </div>
          )}
          <div className="field">
            <label htmlFor="reports-period">Financial year</label>
            <select id="reports-period" value={period} onChange={(e) => set({ period: e.target.value })}>
              {!PERIODS.includes(period) && <option value={period}>{period}</option>}
              {PERIODS.map((p) => (
                <option key={p} value={p}>
                  {p}
                </option>
              ))}
            </select>
          </div>
        </div>
        <fieldset className="reports-choice">
          <legend>Format</legend>
          {FORMATS.map((f) => (
            <label key={f.key} className="reports-option">
              <input type="radio" name="format" value={f.key} checked={format === f.key} onChange={() => set({ format: f.key })} />
              <span>
                <strong>{f.label}</strong>
                <span className="reports-option__hint">{f.hint}</span>
              </span>
            </label>
          ))}
        </fieldset>
        <div className="reports-actions">
          <button type="submit" className="button button--primary" disabled={busy || needsPortfolio}>
            Download
          </button>
          {mayIssue && (
            <button type="button" className="button" disabled={busy || needsPortfolio} onClick={() => void issue()}>
              Issue for the meeting
            </button>
          )}
          <span className="reports-actions__address">
            Address: <code>{packUrl(choice)}</code>
          </span>
        </div>
        <div aria-live="polite">
          {outcome?.kind === 'working' && (
            <p className="reports-working" role="status">
              Making the pack… this takes a few seconds.
            </p>
          )}
          {outcome?.kind === 'issuing' && (
            <p className="reports-working" role="status">
              Issuing the pack: every format is made and stored…
            </p>
          )}
          {outcome?.kind === 'issued' && (
            <p className="form-ok" role="status">
              Issued version {outcome.pack.version} of the {audienceLabel(outcome.pack.audience).toLowerCase()} pack for{' '}
              {outcome.pack.period}
              {outcome.pack.meetingDate ? `, for the meeting on ${formatDay(outcome.pack.meetingDate)}` : ''}. It is listed under Issued
              packs.
            </p>
          )}
          {outcome?.kind === 'done' && (
            <p className="form-ok" role="status">
              Downloaded {outcome.fileName} ({sizeInWords(outcome.size)}).
            </p>
          )}
        </div>
        {outcome?.kind === 'refused' && <Refusal refusal={outcome.refusal} />}
      </form>
      {mayIssue && <IssuedPacks session={viewer.session} list={issued.list} portfolioName={portfolioName} />}
    </Page>
  );
}

export const ReportsPage = councilView(Reports);
