import { useMutation } from '../../../../api/hooks';
import type {
  AiApprovalCategory,
  AiUseClass,
  AiUseFactsFieldsFragment,
  PrincipleAnswer,
} from '../../../../gql/graphql';
import {
  AnswerAiUseChecklistMutation,
  ClassifyAiUseMutation,
  RecordAiUseApprovalMutation,
  RecordAiUseDisclosureMutation,
} from './ai-use.operations';
import { FactForm, type FactValues } from './FactForm';
import { ANSWERS, CATEGORIES, PRINCIPLES, USE_CLASSES } from './principles';

type Saved = (facts: AiUseFactsFieldsFragment | undefined) => void;
const text = (v: FactValues, key: string) => v[key] as string;

/** The four facts a planner records about a task's AI use, each its own audited mutation. */
export function AiUseForms({ taskId, onSaved }: { taskId: string; onSaved: Saved }) {
  const disclose = useMutation(RecordAiUseDisclosureMutation);
  const answer = useMutation(AnswerAiUseChecklistMutation);
  const approve = useMutation(RecordAiUseApprovalMutation);
  const classify = useMutation(ClassifyAiUseMutation);
  const done = (facts: AiUseFactsFieldsFragment | undefined) => {
    if (facts) onSaved(facts);
    return facts !== undefined;
  };
  return (
    <div className="stack">
      <FactForm
        summary="Record a disclosure to the distributor"
        submitLabel="Record the disclosure"
        fields={[
          { key: 'contact', label: 'Contact told', hint: 'e.g. Netflix VFX producer, M. Ortega' },
          { key: 'disclosedAt', label: 'Told on', kind: 'datetime' },
          { key: 'description', label: 'What they were told', hint: 'The tool, the shots, the intended use' },
        ]}
        {...disclose}
        onSubmit={async (v) =>
          done(
            (
              await disclose.run({
                input: {
                  taskId,
                  contact: text(v, 'contact'),
                  disclosedAt: text(v, 'disclosedAt'),
                  description: text(v, 'description'),
                },
              })
            )?.recordAiUseDisclosure,
          )
        }
      />
      <FactForm
        summary="Answer the five-principle check"
        submitLabel="Save the answers"
        fields={[
          ...PRINCIPLES.map((p) => ({
            key: p.key,
            label: p.label,
            kind: 'select' as const,
            options: ANSWERS,
            initial: 'YES',
          })),
          { key: 'involvesPersonalData', label: 'Involves personal data', kind: 'check' },
          { key: 'involvesThirdPartyIp', label: 'Involves third-party IP', kind: 'check' },
        ]}
        {...answer}
        onSubmit={async (v) =>
          done(
            (
              await answer.run({
                input: {
                  taskId,
                  ...(Object.fromEntries(PRINCIPLES.map((p) => [p.key, v[p.key]])) as Record<
                    (typeof PRINCIPLES)[number]['key'],
                    PrincipleAnswer
                  >),
                  involvesPersonalData: v.involvesPersonalData as boolean,
                  involvesThirdPartyIp: v.involvesThirdPartyIp as boolean,
                },
              })
            )?.answerAiUseChecklist,
          )
        }
      />
      <FactForm
        summary="Record a written approval"
        submitLabel="Record the approval"
        fields={[
          {
            key: 'category',
            label: 'Covers',
            kind: 'select',
            options: CATEGORIES,
            initial: 'FINAL_DELIVERABLE',
          },
          { key: 'approver', label: 'Approved by', hint: 'As named in the document' },
          { key: 'documentRef', label: 'Document', hint: 'Email id, memo number or file' },
          { key: 'approvedAt', label: 'Approved on', kind: 'datetime' },
        ]}
        {...approve}
        onSubmit={async (v) =>
          done(
            (
              await approve.run({
                input: {
                  taskId,
                  category: text(v, 'category') as AiApprovalCategory,
                  approver: text(v, 'approver'),
                  documentRef: text(v, 'documentRef'),
                  approvedAt: text(v, 'approvedAt'),
                },
              })
            )?.recordAiUseApproval,
          )
        }
      />
      <FactForm
        summary="Classify the use"
        submitLabel="Save the classification"
        fields={[
          {
            key: 'useClass',
            label: 'Kind of use',
            kind: 'select',
            options: USE_CLASSES,
            initial: 'GENERATIVE',
          },
          { key: 'reason', label: 'Why', hint: 'What the tool does to the picture' },
        ]}
        {...classify}
        onSubmit={async (v) =>
          done(
            (
              await classify.run({
                input: { taskId, useClass: text(v, 'useClass') as AiUseClass, reason: text(v, 'reason') },
              })
            )?.classifyAiUse,
          )
        }
      />
    </div>
  );
}
