import { useMutation } from '@apollo/client/react';
import { CreateActionMutation } from './actions.queries.js';
import { ACTION_SOURCE } from './format.js';
import { codeChoices, DateField, GovForm, PersonPicker, Row, SelectField, ServicePicker, TextField, textOrNull, useForm } from './forms.js';
import { CommentaryPicker } from './pickers.js';
import { useGovernance } from './useGovernance.js';

type Source =
  | 'BEST_VALUE_RECOMMENDATION'
  | 'COMMENTARY'
  | 'COMPLAINT_LESSON'
  | 'EXCEPTION'
  | 'FINDING'
  | 'OTHER'
  | 'RISK_MITIGATION'
  | 'SCRUTINY_RECOMMENDATION';

/** What an action comes from, when the page already says it (a risk's mitigation, a recommendation). */
export interface FixedSource {
  source: Source;
  riskId?: string;
  complaintId?: string;
  bestValueRecommendationId?: string;
  scrutinyRecommendationId?: string;
}

/**
 * Creates an action (OPEN): from the page's record (`fixed`), or one of no record (OTHER) or tracking a
 * commentary's "what we are doing" (COMMENTARY, the commentary picked here).
 */
export function ActionForm({ fixed, onSaved, title = 'Add an action' }: { fixed?: FixedSource; onSaved?: () => void; title?: string }) {
  const { councilId, duties } = useGovernance();
  const [create] = useMutation(CreateActionMutation);
  const f = useForm(
    {
      source: fixed?.source ?? 'OTHER',
      title: '',
      description: '',
      ownerId: duties.personId ?? '',
      due: '',
      serviceId: '',
      commentaryId: '',
    },
    async (v) => {
      const res = await create({
        variables: {
          input: {
            councilId,
            ...(fixed ?? { source: v.source as Source }),
            ...(!fixed && v.source === 'COMMENTARY' && v.commentaryId ? { commentaryId: v.commentaryId } : {}),
            title: v.title.trim(),
            description: textOrNull(v.description),
            ownerId: v.ownerId || null,
            due: v.due || null,
            ...(v.serviceId ? { serviceId: v.serviceId } : {}),
          },
        },
      });
      f.setV((old) => ({ ...old, title: '', description: '', due: '' }));
      onSaved?.();
      return `“${res.data?.createAction.action.title ?? 'The action'}” is added.`;
    },
  );
  return (
    <GovForm panel={title} label={title} form={f} submit="Add the action" primary>
      {!fixed && (
        <SelectField
          label="Comes from"
          {...f.field('source')}
          choices={codeChoices(['OTHER', 'COMMENTARY'], ACTION_SOURCE)}
          hint="Actions from a risk, complaint or recommendation are added on that record's page."
        />
      )}
      {!fixed && f.v.source === 'COMMENTARY' && (
        <CommentaryPicker
          label="Commentary"
          {...f.field('commentaryId')}
          required
          hint="The commentary whose “what we are doing” the action carries out; its service is the action's unless you name one."
        />
      )}
      <TextField label="What must be done" {...f.field('title')} required />
      <TextField label="Details" {...f.field('description')} multiline />
      <Row>
        <PersonPicker label="Owner" {...f.field('ownerId')} />
        <DateField label="Due" {...f.field('due')} />
      </Row>
      <ServicePicker
        label="Service"
        {...f.field('serviceId')}
        empty={fixed || f.v.source === 'COMMENTARY' ? "The record's own service" : 'None'}
      />
    </GovForm>
  );
}
