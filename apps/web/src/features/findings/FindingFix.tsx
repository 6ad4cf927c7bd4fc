/**
 * "Fix from the finding": the fix a finding describes, offered on its card where the app can make it and the server
 * allows the viewer to (each record's `viewerCan`), with the edit forms of the views that own those records, prefilled
 * with the person the finding suggests and confirmed before they write. The records are asked for in one query.
 */
import { useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { graphql } from '../../graphql/index.js';
import type { FindingFixTargetsQuery as Targets } from '../../graphql/graphql.js';
import { MiForm } from '../explorer/details/MiForm.js';
import { OwnerForm } from '../explorer/details/OwnerForm.js';
import { OwnersForm } from '../measurements/OwnersForm.js';
import { CommunicationForm } from '../priorities/PriorityForms.js';
import { TargetIndicatorsQuery } from '../priorities/queries.js';
import { TargetForm } from '../measurements/TargetForm.js';
import type { FixPlan } from './findings.js';
import { DelegateFix, LinkObjectiveFix, TellBackFix } from './FixForms.js';

export const FindingFixTargetsQuery = graphql(`
  query FindingFixTargets($ids: [ID!]!, $councilId: ID!) {
    nodes(ids: $ids) {
      __typename
      id
      ... on Service {
        name
        version
        accountableOwner {
          id
          name
        }
        viewerCan {
          setAccountableOwner
          delegate
        }
      }
      ... on Indicator {
        title
        viewerCan(councilId: $councilId) {
          setOwnership
        }
        ownership(councilId: $councilId) {
          id
          version
          dataOwner {
            id
            name
          }
          responsibleManager {
            id
            name
          }
        }
      }
      ... on Priority {
        name
        period
        priorityService: service {
          id
        }
        viewerCan {
          recordCommunication
          addTarget
        }
      }
      ... on Objective {
        name
        version
        period
        objectiveService: service {
          id
          name
          directorate {
            id
          }
        }
        priorities {
          id
          period
        }
        viewerCan {
          update
        }
      }
      ... on Consultation {
        title
        groups {
          kind
          name
        }
        priorities {
          id
          name
        }
        viewerCan {
          recordCommunication
        }
      }
      ... on Council {
        name
        version
        miResponsible {
          id
          name
        }
        viewerCan {
          setMiResponsible
        }
      }
    }
  }
`);

export type FixTarget = NonNullable<Targets['nodes'][number]>;

/** The records the findings' fixes write to, by id, with what the viewer may do to each (none asked when no fix applies). */
export function useFixTargets(councilId: string, plans: readonly (FixPlan | null)[]): ReadonlyMap<string, FixTarget> {
  const ids = [...new Set(plans.flatMap((p) => (p ? [p.targetId] : [])))].sort();
  const q = useQuery(FindingFixTargetsQuery, { variables: { ids, councilId }, skip: ids.length === 0 });
  return new Map((q.data?.nodes ?? []).flatMap((n) => (n ? [[n.id, n] as const] : [])));
}

/** The fix of one finding, or nothing when the viewer may not make it. `onFixed` is told what was done. */
export function FindingFix({
  plan,
  target,
  councilId,
  onFixed,
}: {
  plan: FixPlan;
  target: FixTarget | undefined;
  councilId: string;
  onFixed: (done: string) => void;
}) {
  const [naming, setNaming] = useState(false);
  const indicators = useQuery(TargetIndicatorsQuery, { skip: !naming || plan.kind !== 'target' });
  if (!target) return null;
  const opener = (label: string) => (
    <button type="button" className="button" onClick={() => setNaming(true)}>
      {label}
    </button>
  );
  const cancel = () => setNaming(false);
  const done = async (words: string) => {
    setNaming(false);
    onFixed(words);
  };
  if (plan.kind === 'delegate' && target.__typename === 'Service' && target.viewerCan.delegate) {
    if (!naming) return opener('Delegate a power');
    return <DelegateFix councilId={councilId} service={target} ownerId={plan.suggestedId} onCancel={cancel} onDone={done} />;
  }
  if (plan.kind === 'linkObjective' && target.__typename === 'Objective' && target.viewerCan.update) {
    if (!naming) return opener('Link to a priority');
    const objective = { ...target, service: target.objectiveService };
    return <LinkObjectiveFix councilId={councilId} objective={objective} onCancel={cancel} onDone={done} />;
  }
  if (plan.kind === 'target' && target.__typename === 'Priority' && target.viewerCan.addTarget) {
    if (!naming) return opener('Set a target');
    const choices = (indicators.data?.indicators.nodes ?? []).map((i) => ({ value: i.id, label: `${i.code} ${i.title}` }));
    const initial = { indicatorId: '', value: '', tolerance: '', period: target.period, serviceId: target.priorityService?.id ?? '' };
    return (
      <TargetForm
        councilId={councilId}
        title={`A target measuring “${target.name}”`}
        submitLabel="Set the target"
        initial={initial}
        indicators={choices}
        linkTo={target}
        confirm={(v, indicator, service) =>
          `Set ${indicator}’s ${v.period} target for ${service} at ${v.value.trim() || '(no value)'}, measuring “${target.name}”?`
        }
        onCancel={cancel}
        onSaved={done}
      />
    );
  }
  if (plan.kind === 'tellBack' && target.__typename === 'Consultation' && target.viewerCan.recordCommunication) {
    if (!naming) return opener('Tell the groups back');
    const told = target.priorities.filter((p) => plan.relatedIds.includes(p.id));
    return <TellBackFix councilId={councilId} consultation={target} priorities={told} onCancel={cancel} onDone={done} />;
  }
  if (plan.kind === 'accountableOwner' && target.__typename === 'Service' && target.viewerCan.setAccountableOwner) {
    return <OwnerForm service={target} councilId={councilId} suggestedId={plan.suggestedId} onChanged={onFixed} />;
  }
  if (plan.kind === 'miResponsible' && target.__typename === 'Council' && target.viewerCan.setMiResponsible) {
    return <MiForm council={target} suggestedId={plan.suggestedId} onChanged={onFixed} />;
  }
  if (plan.kind === 'communication' && target.__typename === 'Priority' && target.viewerCan.recordCommunication) {
    if (!naming) {
      return (
        <button type="button" className="button" onClick={() => setNaming(true)}>
          Record a communication
        </button>
      );
    }
    return (
      <CommunicationForm
        p={target}
        councilId={councilId}
        confirm
        onCancel={() => setNaming(false)}
        onDone={async () => {
          setNaming(false);
          onFixed(`Recorded the communication about “${target.name}”.`);
        }}
      />
    );
  }
  if (plan.kind === 'dataOwner' && target.__typename === 'Indicator' && target.viewerCan.setOwnership) {
    if (!naming) {
      return (
        <button type="button" className="button" onClick={() => setNaming(true)}>
          Name the data owner
        </button>
      );
    }
    const prefilled = plan.suggestedId
      ? { ...target, ownership: { ...target.ownership, dataOwner: { id: plan.suggestedId, name: '' } } }
      : target;
    return (
      <OwnersForm
        i={prefilled}
        councilId={councilId}
        confirm
        onCancel={() => setNaming(false)}
        onSaved={async (done) => {
          setNaming(false);
          onFixed(done);
        }}
      />
    );
  }
  return null;
}
