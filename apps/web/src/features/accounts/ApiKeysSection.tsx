import { useMutation, useQuery } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { ErrorState, Loading } from '../../ui/Status.js';
import { TableHead } from '../../ui/TableHead.js';
import { apiError } from '../../ui/errors.js';
import { day, Feedback, when } from './parts.js';
import { ApiKeysQuery, CreateApiKeyMutation, RevokeApiKeyMutation } from './queries.js';
import { TableScroll } from '../../ui/TableScroll.js';

/** Partners' read-only API keys: issuing and revoking them. */
export function ApiKeys({ councilId }: { councilId: string }) {
  const [includeRevoked, setIncludeRevoked] = useState(false);
  const q = useQuery(ApiKeysQuery, { variables: { councilId, includeRevoked }, fetchPolicy: 'cache-and-network' });
  const [revoke, revoking] = useMutation(RevokeApiKeyMutation, { refetchQueries: ['ApiKeys'], awaitRefetchQueries: true });
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const keys = q.data?.apiKeys.nodes ?? [];

  const stop = async (k: (typeof keys)[number]) => {
    setError(null);
    setDone(null);
    try {
      await revoke({ variables: { id: k.id, version: k.version } });
      setDone(`The key “${k.name}” (${k.prefix}) no longer works.`);
    } catch (e) {
      setError(`${k.name}: ${apiError(e).message}`);
      void q.refetch();
    }
  };

  return (
    <section className="card" aria-labelledby="keys-title">
      <h2 id="keys-title">Partners’ API keys{q.data && <span className="muted"> ({q.data.apiKeys.totalCount})</span>}</h2>
      <p className="small muted">
        A key is read-only and sees what the public sees. Partners send it as <code>x-api-key: &lt;key&gt;</code> with each request to{' '}
        <code>/graphql</code>.
      </p>
      <label className="checkbox">
        <input type="checkbox" checked={includeRevoked} onChange={(e) => setIncludeRevoked(e.target.checked)} /> Show revoked keys
      </label>
      <Feedback error={error} done={done} />
      {q.error && !q.data ? (
        <ErrorState title="The API keys could not be loaded" error={q.error} onRetry={() => void q.refetch()} compact />
      ) : !q.data ? (
        <Loading label="Loading the API keys…" compact />
      ) : keys.length === 0 ? (
        <p className="muted">No {includeRevoked ? '' : 'working '}API keys.</p>
      ) : (
        <TableScroll label="API keys">
          <table className="table" aria-labelledby="keys-title">
            <TableHead columns={['For', 'Key', 'Issued', 'Last used', 'Expires']} action />
            <tbody>
              {keys.map((k) => (
                <tr key={k.id}>
                  <td>
                    {k.name}
                    {k.contact && <span className="small muted"> · {k.contact}</span>}
                  </td>
                  <td>
                    <code>{k.prefix}</code>
                  </td>
                  <td>{day(k.createdAt)}</td>
                  <td>{when(k.lastUsedAt)}</td>
                  <td>{k.revokedAt ? <strong>revoked {day(k.revokedAt)}</strong> : day(k.expiresAt)}</td>
                  <td>
                    {!k.revokedAt && (
                      <button
                        type="button"
                        className="button"
                        disabled={revoking.loading}
                        aria-label={`Revoke the key ${k.name}`}
                        onClick={() => void stop(k)}
                      >
                        Revoke
                      </button>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      )}
      <NewApiKey councilId={councilId} />
    </section>
  );
}

function NewApiKey({ councilId }: { councilId: string }) {
  const [name, setName] = useState('');
  const [contact, setContact] = useState('');
  const [expiresAt, setExpiresAt] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [issued, setIssued] = useState<{ name: string; secret: string } | null>(null);
  const [create, creating] = useMutation(CreateApiKeyMutation, { refetchQueries: ['ApiKeys'], awaitRefetchQueries: true });

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setError(null);
    setIssued(null);
    try {
      const res = await create({
        variables: {
          input: { councilId, name, ...(contact.trim() ? { contact: contact.trim() } : {}), ...(expiresAt ? { expiresAt } : {}) },
        },
      });
      const made = res.data?.createApiKey;
      if (made) setIssued({ name: made.apiKey.name, secret: made.secret });
      setName('');
      setContact('');
      setExpiresAt('');
    } catch (err) {
      setError(apiError(err).message);
    }
  };

  return (
    <form className="admin-form" onSubmit={(e) => void submit(e)} aria-labelledby="new-key-title">
      <h3 id="new-key-title">Issue an API key</h3>
      <Feedback error={error} done={null} />
      {issued && (
        <div className="form-ok" role="status">
          <p>
            ✓ The key for “{issued.name}” is below. <strong>Copy it now: it is never shown again</strong> (only its fingerprint is kept).
            Send it to the partner securely.
          </p>
          <p>
            <output aria-label="The new API key">
              <code className="secret">{issued.secret}</code>
            </output>
          </p>
        </div>
      )}
      <div className="field">
        <label htmlFor="new-key-name">What it is for</label>
        <input id="new-key-name" value={name} onChange={(e) => setName(e.target.value)} placeholder="e.g. ICB performance dashboard" />
      </div>
      <div className="field">
        <label htmlFor="new-key-contact">Who to contact about it (optional)</label>
        <input id="new-key-contact" value={contact} onChange={(e) => setContact(e.target.value)} placeholder="e.g. bi@icb.nhs.uk" />
      </div>
      <div className="field">
        <label htmlFor="new-key-expires">Stops working after (optional)</label>
        <input id="new-key-expires" type="date" value={expiresAt} onChange={(e) => setExpiresAt(e.target.value)} />
      </div>
      <button type="submit" className="button button--primary" disabled={creating.loading}>
        Issue the key
      </button>
    </form>
  );
}
