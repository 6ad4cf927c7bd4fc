/** Delegations from the accountability tree (members only): what a body delegates, or what is delegated over a scope. */
import type { NodeDelegationInput } from '../rows.js';
import { money, Section } from './parts.js';

/** The counterpart of a delegation the node gave is who it went to; of one it holds, who gave it; over its scope, who holds it. */
const DIRECTION: Record<NodeDelegationInput['role'], string> = { GAVE: 'to', HOLDS: 'from', COVERS: 'held by' };

interface DelegationsPanelProps {
  title: string;
  delegations: readonly NodeDelegationInput[] | null;
  empty: string;
}

export function DelegationsPanel({ title, delegations, empty }: DelegationsPanelProps) {
  if (!delegations) return null;
  return (
    <Section title={`${title} (${delegations.length})`}>
      {delegations.length === 0 ? (
        <p className="muted">{empty}</p>
      ) : (
        <ul className="powers">
          {delegations.map((d) => (
            <li key={`${d.role}:${d.delegationId}`}>
              <strong>{d.power}</strong>
              <span className="small">
                {' '}
                · {DIRECTION[d.role]} {d.counterpart} · {d.scope} · {money(d.financialLimit)}
              </span>
              {!d.inForce && <span className="tag tag--warn">not in force</span>}
            </li>
          ))}
        </ul>
      )}
    </Section>
  );
}
