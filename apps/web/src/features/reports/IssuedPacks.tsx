/**
 * The council's issued (frozen) report packs (GET /reports/issued/<GSS>): each version with its
 * audience, year, meeting, who issued it and when, its content hash and every stored file to download
 * with that file's hash. The files are fetched with the session's token and saved from a blob.
 */
import { formatDate, formatDateTime } from '../../ui/dates.js';
import { useCallback, useEffect, useState } from 'react';
import type { Session } from '../../auth/session.js';
import { callServer, saveAs } from './download.js';
import { audienceLabel, fileLabel, fileNameOf, type IssuedPack, type PackRefusal, sizeInWords } from './pack.js';

export type IssuedList = { kind: 'loading' } | { kind: 'loaded'; packs: IssuedPack[] } | { kind: 'refused'; refusal: PackRefusal };

/** The council's issued packs, and a reload for after issuing one. */
export function useIssuedPacks(session: Session, gss: string, enabled: boolean): { list: IssuedList; reload: () => Promise<void> } {
  const [list, setList] = useState<IssuedList>({ kind: 'loading' });
  const reload = useCallback(async () => {
    const answer = await callServer(session, `/reports/issued/${encodeURIComponent(gss)}`, {}, 'The issued packs');
    if (!answer.ok) return setList({ kind: 'refused', refusal: answer.refusal });
    const body = (await answer.res.json()) as { packs: IssuedPack[] };
    setList({ kind: 'loaded', packs: body.packs });
  }, [session, gss]);
  useEffect(() => {
    if (enabled) void reload();
  }, [reload, enabled]);
  return { list, reload };
}

export function Refusal({ refusal }: { refusal: PackRefusal }) {
  return (
    <div className="form-error" role="alert">
      <strong>{refusal.title}</strong>
      <span>{refusal.message}</span>
      <span className="reports-code">Code: {refusal.code}</span>
    </div>
  );
}

/** A meeting's date as the app writes dates (ui/dates). */
export const formatDay = (iso: string): string => formatDate(iso);

interface IssuedPacksProps {
  session: Session;
  list: IssuedList;
  portfolioName: (id: string) => string | undefined;
}

type FileOutcome = { key: string; done?: string; refusal?: PackRefusal };

export function IssuedPacks({ session, list, portfolioName }: IssuedPacksProps) {
  const [outcome, setOutcome] = useState<FileOutcome | null>(null);
  const fetchFile = async (pack: IssuedPack, file: IssuedPack['files'][number]) => {
    const key = `${pack.id}.${file.format}`;
    setOutcome({ key });
    const answer = await callServer(session, file.url, {}, 'The issued file');
    if (!answer.ok) return setOutcome({ key, refusal: answer.refusal });
    const name = fileNameOf(answer.res.headers.get('content-disposition'), `pack-${pack.id}-v${pack.version}.${file.format}`);
    const size = await saveAs(answer.res, name);
    setOutcome({ key, done: `Downloaded ${name} (${sizeInWords(size)}).` });
  };
  return (
    <section className="card reports-issued" aria-labelledby="reports-issued-title">
      <h2 id="reports-issued-title">Issued packs</h2>
      <p>
        The papers each meeting received, frozen when they were issued: each file comes back byte for byte as issued, whatever the data does
        afterwards. Issuing the same pack again makes a new version.
      </p>
      {list.kind === 'loading' && <p role="status">Loading the issued packs…</p>}
      {list.kind === 'refused' && <Refusal refusal={list.refusal} />}
      {list.kind === 'loaded' && list.packs.length === 0 && <p>No pack has been issued yet.</p>}
      {list.kind === 'loaded' && list.packs.length > 0 && (
        <ul className="issued">
          {list.packs.map((p) => {
            const portfolio = p.portfolioId ? (portfolioName(p.portfolioId) ?? 'a portfolio') : null;
            const title = `${audienceLabel(p.audience)}${portfolio ? ` (${portfolio})` : ''}, ${p.period}, version ${p.version}`;
            const shown = outcome?.key.startsWith(`${p.id}.`) ? outcome : null;
            return (
              <li key={p.id} className="issued__pack">
                <h3 id={`issued-${p.id}`}>{title}</h3>
                <dl className="issued__facts">
                  <div>
                    <dt>Meeting</dt>
                    <dd>{p.meetingDate ? formatDay(p.meetingDate) : 'not given'}</dd>
                  </div>
                  <div>
                    <dt>Issued</dt>
                    <dd>
                      {formatDateTime(p.issuedAt)} by {p.issuedBy ?? 'someone no longer recorded'}
                    </dd>
                  </div>
                  <div>
                    <dt>Content hash (SHA-256)</dt>
                    <dd>
                      <code className="issued__hash">{p.contentSha256}</code>
                    </dd>
                  </div>
                </dl>
                <ul className="issued__files" aria-label={`Files of ${title}`}>
                  {p.files.map((f) => (
                    <li key={f.format}>
                      <button
                        type="button"
                        className="button"
                        disabled={shown?.key === `${p.id}.${f.format}` && !shown.done && !shown.refusal}
                        onClick={() => void fetchFile(p, f)}
                      >
                        {fileLabel(f.format)} <span className="issued__size">({sizeInWords(f.size)})</span>
                      </button>
                    </li>
                  ))}
                </ul>
                <details className="issued__sums">
                  <summary>Each file’s hash (SHA-256)</summary>
                  <dl>
                    {p.files.map((f) => (
                      <div key={f.format}>
                        <dt>{fileLabel(f.format)}</dt>
                        <dd>
                          <code className="issued__hash">{f.sha256}</code>
                        </dd>
                      </div>
                    ))}
                  </dl>
                </details>
                {shown?.done && (
                  <p className="form-ok" role="status">
                    {shown.done}
                  </p>
                )}
                {shown?.refusal && <Refusal refusal={shown.refusal} />}
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
