import sharp from 'sharp';
import { generateDemoFrames } from '../../seeds/frames';
import { textDetectorModel } from '../../seeds/models/text-detector';
import { approvedModel, createTask, uploadFrames } from '../../api/src/inference/testing/fixtures';
import type { TestServer } from '../support/server';

/**
 * A text-matte job queued by the operator on a new LOCALIZATION task: the text detector
 * registered and approved by the admin, over `count` street plates scaled to width x height.
 * No worker takes it until a test starts one. Returns the job's id.
 */
export async function queueTextMatteJob(
  server: TestServer,
  tokens: { admin: string; operator: string },
  count: number,
  [width, height]: [number, number],
): Promise<string> {
  const task = await createTask(server.dataSource, 'LOCALIZATION');
  const modelId = await approvedModel(server, tokens.admin, textDetectorModel());
  const plates = await generateDemoFrames('street-signs', count);
  const frames = await Promise.all(
    plates.map(async (frame) => ({
      name: frame.name,
      bytes: await sharp(frame.png).resize(width, height).png().toBuffer(),
    })),
  );
  const folder = await uploadFrames(server, frames, tokens.operator);
  const submitted = await server.gql(
    `mutation($input: SubmitInferenceJobInput!) { submitInferenceJob(input: $input) { id } }`,
    { input: { taskId: task.taskId, modelId, frames: { folderId: folder.body.id } } },
    tokens.operator,
  );
  return submitted.data!.submitInferenceJob.id;
}
