import { Inject, Injectable } from '@nestjs/common';
import { readFile } from 'node:fs/promises';
import sharp from 'sharp';
import { DataSource } from 'typeorm';
import { APP_CONFIG, AppConfig } from '../../config/config';
import { badInput, notFound } from '../../common/errors';
import { offsetOf, Page, toPage } from '../../platform/graphql/connection';
import { FILE_STORE, FileStore, StoredBlob } from '../../platform/files/file-store';
import { StoredFilesRepository } from '../../platform/files/stored-files.repository';
import { AuditLog } from '../../platform/audit/log/audit-log.service';
import { ProductionsRepository } from '../../productions/productions.repository';
import { decodeImage, DecodeLimits } from '../engine';
import { asUserError } from '../input-errors';
import { FolderFrameType, FrameFolderType } from './frame-folder.types';
import { FrameFoldersRepository } from './frame-folders.repository';
import { NumberedFrame, numberFrames } from './frame-numbering';

/** An uploaded file as multer spooled it. */
export interface SpooledFrame {
  path: string;
  originalname: string;
  mimetype: string;
}

export interface FrameFolderUpload extends FrameFolderType {
  frames: FolderFrameType[];
}

@Injectable()
export class FrameFoldersService {
  constructor(
    private readonly db: DataSource,
    private readonly folders: FrameFoldersRepository,
    private readonly productions: ProductionsRepository,
    private readonly files: StoredFilesRepository,
    private readonly audit: AuditLog,
    @Inject(FILE_STORE) private readonly store: FileStore,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /**
   * Checks every frame before keeping any: numbering without holes, each image decodable and
   * within the size limit (16-bit, greyscale and alpha images decode, converted), one size for the
   * whole folder. Only then are the files moved into the store and the folder written, with
   * whether each frame has alpha (a job for a FRAME_ALPHA model is refused over frames without).
   */
  async upload(
    spooled: SpooledFrame[],
    name: string | undefined,
    actorId: string,
    productionId: string | null = null,
  ): Promise<FrameFolderUpload> {
    if (productionId && !(await this.productions.findById(productionId))) {
      throw notFound('production', productionId);
    }
    const numbering = numberFrames(spooled.map((file) => ({ name: file.originalname, item: file })));
    if (!numbering.ok) throw badInput(numbering.field, numbering.message);
    const { hasAlpha, ...size } = await this.checkImages(numbering.frames);
    const blobs: StoredBlob[] = [];
    for (const frame of numbering.frames) blobs.push(await this.store.putFile(frame.item.path));
    return this.db.transaction(async (manager) => {
      const frames: FolderFrameType[] = [];
      for (const [i, frame] of numbering.frames.entries()) {
        const mediaType = frame.item.mimetype.startsWith('image/')
          ? frame.item.mimetype
          : 'application/octet-stream';
        const file = await this.files.record(
          blobs[i],
          { mediaType, originalName: frame.name, kind: 'FRAME' },
          actorId,
          manager,
        );
        frames.push({
          number: frame.number,
          name: frame.name,
          fileId: file.id,
          sha256: file.sha256,
          hasAlpha: hasAlpha[i],
        });
      }
      const folderName = name?.trim() || sequenceName(numbering.frames[0].name);
      const folder = await this.folders.insert(
        { name: folderName, firstFrame: numbering.firstFrame, ...size, productionId, frames },
        actorId,
        manager,
      );
      await this.audit.append(manager, {
        actor: actorId,
        action: 'frame_folder.create',
        subjectType: 'frame_folder',
        subjectId: folder.id,
        productionId,
        payload: {
          before: null,
          after: { ...folder, frames: frames.map((f) => ({ number: f.number, sha256: f.sha256 })) },
        },
      });
      return { ...folder, frames };
    });
  }

  /** `only`: a scoped person's productions; another production's or a studio folder is not found for them. */
  async get(id: string, only?: readonly string[]): Promise<FrameFolderType> {
    const folder = await this.folders.findById(id);
    if (!folder || (only && !(folder.productionId && only.includes(folder.productionId)))) {
      throw notFound('frame folder', id);
    }
    return folder;
  }

  async list(first: number, after?: string, only?: readonly string[]): Promise<Page<FrameFolderType>> {
    const offset = offsetOf(after);
    const { rows, total } = await this.folders.list(offset, first, only);
    return toPage(rows, offset, first, total);
  }

  async frames(folder: FrameFolderType, first: number, after?: string): Promise<Page<FolderFrameType>> {
    const offset = offsetOf(after);
    return toPage(await this.folders.frames(folder.id, offset, first), offset, first, folder.frameCount);
  }

  private async checkImages(
    frames: Array<NumberedFrame<SpooledFrame>>,
  ): Promise<{ width: number; height: number; hasAlpha: boolean[] }> {
    const limits: DecodeLimits = {
      maxWidth: this.config.maxImagePixelsWide,
      maxHeight: this.config.maxImagePixelsWide,
    };
    let size: { width: number; height: number; name: string } | undefined;
    const hasAlpha: boolean[] = [];
    for (const frame of frames) {
      const field = `frames[${frame.uploadIndex}]`;
      const bytes = await readFile(frame.item.path);
      let image: { width: number; height: number };
      try {
        image = await decodeImage(bytes, field, limits);
      } catch (error) {
        throw asUserError(error, field, frame.name);
      }
      // The decode flattens alpha, so whether there was any is read from the header, once the
      // decode has shown the file sound: a header read, not a second decode.
      hasAlpha.push((await sharp(bytes).metadata()).hasAlpha);
      if (!size) size = { width: image.width, height: image.height, name: frame.name };
      else if (image.width !== size.width || image.height !== size.height) {
        throw badInput(
          field,
          `${frame.name} is ${image.width}x${image.height} but ${size.name} is ${size.width}x${size.height}; a folder holds one plate size, so conform the frames or upload them as separate folders.`,
        );
      }
    }
    return { width: size!.width, height: size!.height, hasAlpha };
  }
}

/** `street_0001.png` -> `street`: the sequence's name without its frame number and extension. */
function sequenceName(fileName: string): string {
  const base = fileName
    .replace(/\.[A-Za-z0-9]+$/, '')
    .replace(/\d+$/, '')
    .replace(/[._\-\s]+$/, '');
  return base || fileName;
}
