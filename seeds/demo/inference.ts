import { EntityManager } from 'typeorm';
import type { FileStore } from '../../api/src/platform/files/file-store';
import { StoredFilesRepository } from '../../api/src/platform/files/stored-files.repository';
import { AuditLog } from '../../api/src/platform/audit/log/audit-log.service';
import { AuditLogRepository } from '../../api/src/platform/audit/log/audit-log.repository';
import { inspectModel } from '../../api/src/inference/engine';
import { FrameFoldersRepository } from '../../api/src/inference/frames/frame-folders.repository';
import { ModelStatus, ModelWeights, TrainingDataKind } from '../../api/src/inference/registry/model.types';
import { ModelsRepository } from '../../api/src/inference/registry/models.repository';
import { DemoFrameKind, FRAME_HEIGHT, FRAME_WIDTH, generateDemoFrames } from '../frames';
import { buildModelPack } from '../models';

/**
 * The demo plates, one per AI sequence of DERRUMBE, numbered from 1001 like the shots. Every
 * fresh database draws them (each test server too), so they are few: the grain makes a night
 * frame cost about 0.7 s to draw.
 */
const DEMO_PLATES: Array<{ kind: DemoFrameKind; name: string; frames: number }> = [
  { kind: 'street-signs', name: 'DERRUMBE SIGN street plate (text localization demo)', frames: 12 },
  { kind: 'green-screen', name: 'DERRUMBE RIO green-screen plate (keying demo)', frames: 6 },
  { kind: 'night-plate', name: 'DERRUMBE NIGHT night plate (denoise demo)', frames: 2 },
];
const FIRST_FRAME = 1001;

/**
 * The inference demo: the built-in model pack in the store and the registry (opened by
 * onnxruntime like any upload, registered by the operator and approved by the admin, both in the
 * audit log), and the demo plates as frame folders the operator uploaded, ready for a job.
 */
export async function seedInference(manager: EntityManager, store: FileStore): Promise<void> {
  const db = manager.connection;
  const files = new StoredFilesRepository(db);
  const models = new ModelsRepository(db);
  const audit = new AuditLog(new AuditLogRepository(db));
  const [admin, operator] = await Promise.all(
    ['admin@frameledger.local', 'operator@frameledger.local'].map(async (email) => {
      const [user] = await manager.query(`SELECT id FROM app_user WHERE email = $1`, [email]);
      return user.id as string;
    }),
  );

  for (const entry of buildModelPack()) {
    const metadata = await inspectModel(entry.bytes);
    const file = await files.record(
      await store.put(entry.bytes),
      { mediaType: 'application/octet-stream', originalName: `${entry.name}.onnx`, kind: 'MODEL' },
      operator,
      manager,
    );
    await models.recordFile(file.id, metadata, manager);
    const provenance = {
      ...entry.provenance,
      trainingData: entry.provenance.trainingData as TrainingDataKind,
      weights: entry.provenance.weights as ModelWeights,
      modelCard: entry.modelCard,
    };
    const model = await models.insert(
      { ...entry, fileId: file.id, provenance },
      ModelStatus.APPROVED,
      admin,
      manager,
    );
    const registered = {
      name: model.name,
      version: model.version,
      sha256: model.sha256,
      taskTypes: model.taskTypes,
    };
    for (const [actor, action] of [
      [operator, 'model.register'],
      [admin, 'model.approve'],
    ] as const) {
      await audit.append(manager, {
        actor,
        action,
        subjectType: 'model',
        subjectId: model.id,
        payload: {
          before: null,
          after: { ...registered, status: action === 'model.register' ? 'PENDING' : 'APPROVED' },
          source: 'demo seed',
        },
      });
    }
  }

  const folders = new FrameFoldersRepository(db);
  // Drawn together: libvips renders one plate's frames while the JavaScript grain of another runs.
  const plates = await Promise.all(DEMO_PLATES.map((plate) => generateDemoFrames(plate.kind, plate.frames)));
  for (const [p, plate] of DEMO_PLATES.entries()) {
    const rendered = plates[p];
    const frames = [];
    for (const [i, frame] of rendered.entries()) {
      const name = `${plate.kind}.${FIRST_FRAME + i}.png`;
      const file = await files.record(
        await store.put(frame.png),
        { mediaType: 'image/png', originalName: name, kind: 'FRAME' },
        operator,
        manager,
      );
      // Drawn without alpha, like a camera's plate (renderSvg), so a FRAME_ALPHA model is refused over them.
      frames.push({ number: FIRST_FRAME + i, name, fileId: file.id, hasAlpha: false });
    }
    const folder = await folders.insert(
      {
        name: plate.name,
        firstFrame: FIRST_FRAME,
        width: FRAME_WIDTH,
        height: FRAME_HEIGHT,
        productionId: null, // studio plates, for any production's tasks
        frames,
      },
      operator,
      manager,
    );
    await audit.append(manager, {
      actor: operator,
      action: 'frame_folder.create',
      subjectType: 'frame_folder',
      subjectId: folder.id,
      payload: { before: null, after: { ...folder }, source: 'demo seed' },
    });
  }
}
