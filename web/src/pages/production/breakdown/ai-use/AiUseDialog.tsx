import { useMutation, useQuery } from '../../../../api/hooks';
import { useUser } from '../../../../auth/session';
import type { TaskPath } from '../../../../gql/graphql';
import { Dialog } from '../../../../ui/Dialog';
import { ErrorState, Loading } from '../../../../ui/states';
import { codeToWords } from '../../../../ui/words';
import { AiUseFactsQuery, PromoteAiOutputMutation, SignOffTaskMutation } from './ai-use.operations';
import { AiUseFactsList } from './AiUseFacts';
import { AiUseForms } from './AiUseForms';

/**
 * A task's AI use as the distributor guidance and the AI Act weigh it (disclosure, five-principle
 * check, written approvals, kind of use, output status, sign-off), with the actions that record
 * each. The api lets admins and planners record them (GOVERNANCE_RECORDERS).
 */
export function AiUseDialog({
  task,
  onClose,
}: {
  task: { id: string; label: string; path: TaskPath };
  onClose(changed: boolean): void;
}) {
  const user = useUser();
  const canRecord = user.role === 'PLANNER' || user.role === 'ADMIN';
  const { data, error, loading, refetch } = useQuery(AiUseFactsQuery, { taskId: task.id });
  const promote = useMutation(PromoteAiOutputMutation);
  const signOff = useMutation(SignOffTaskMutation);
  const facts = data?.aiUseFacts;
  const after = async (ran: Promise<unknown>) => {
    if (await ran) refetch();
  };

  return (
    <Dialog title={`AI use and sign-off · ${task.label}`} onClose={() => onClose(true)} wide>
      {error && <ErrorState error={error} retry={refetch} />}
      {!facts && loading && <Loading what="the task’s AI use" />}
      {facts && (
        <div className="stack">
          <AiUseFactsList facts={facts} />
          {canRecord ? (
            <>
              <AiUseForms taskId={task.id} onSaved={() => refetch()} />
              <div className="actions">
                <button
                  type="button"
                  className="button"
                  disabled={facts.outputStatus === 'FINAL' || promote.running}
                  onClick={() => void after(promote.run({ taskId: task.id }))}
                >
                  Promote the output to final
                </button>
                {task.path === 'AI_FINAL' && (
                  <button
                    type="button"
                    className="button button--primary"
                    disabled={signOff.running}
                    onClick={() => void after(signOff.run({ taskId: task.id }))}
                  >
                    Sign off the AI-final output
                  </button>
                )}
              </div>
              {task.path !== 'AI_FINAL' && (
                <p className="muted">
                  Only an AI-final task needs a sign-off; this task’s path is {codeToWords(task.path)}.
                </p>
              )}
              {promote.error && <ErrorState error={promote.error} />}
              {signOff.error && <ErrorState error={signOff.error} />}
            </>
          ) : (
            <p className="muted">An admin or a planner records these facts; your role reads them.</p>
          )}
        </div>
      )}
    </Dialog>
  );
}
