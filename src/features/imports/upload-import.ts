/**
 * POST /imports: reads the multipart form as a stream (the file is spooled to a temporary
 * file, never held in memory), stores the import, and previews a small file before answering.
 */
import type { FastifyRequest } from 'fastify';
import type { Db } from '../../db/client.js';
import type { AdminActor } from '../../platform/actor.js';
import { AppError, assert, forbidden } from '../../platform/errors.js';
import { canCreateLearner } from '../learners/learners.policy.js';
import { createImport, type ImportMode } from './create-import.js';
import { getImport } from './get-import.js';
import { previewImport } from './preview-import.js';
import { importLimits, type SpooledFile, spoolUpload, tooLarge } from './spool-upload.js';

const MODES: ImportMode[] = ['create', 'update', 'upsert'];

const badForm = (field: string, message: string) =>
  new AppError('validation_failed', message, 422, { [field]: message });

/** Reads the form's parts in any order; the file is spooled as it arrives. */
async function readForm(request: FastifyRequest) {
  const fields: Record<string, string> = {};
  let file: (SpooledFile & { fileName: string }) | undefined;
  try {
    for await (const part of request.parts()) {
      if (part.type === 'file') {
        if (part.fieldname !== 'file' || file) {
          part.file.resume();
          continue;
        }
        const spooled = await spoolUpload(part.file);
        file = { ...spooled, fileName: part.filename || 'upload.csv' };
      } else if (typeof part.value === 'string') {
        fields[part.fieldname] = part.value;
      }
    }
  } catch (error) {
    await file?.remove();
    if ((error as { code?: string }).code === 'FST_REQ_FILE_TOO_LARGE') throw tooLarge();
    throw error;
  }
  return { fields, file };
}

function readSettings(fields: Record<string, string>) {
  const mode = (fields.mode ?? 'upsert') as ImportMode;
  if (!MODES.includes(mode)) throw badForm('mode', 'Choose create, update or upsert.');
  const invite = (fields.sendInvitations ?? 'true').toLowerCase();
  if (!['true', 'false', 'on', 'off', '1', '0', 'yes', 'no'].includes(invite))
    throw badForm('sendInvitations', 'Send true or false.');
  const group = fields.defaultGroupId?.trim() ?? '';
  if (group !== '' && !/^[0-9]{1,10}$/.test(group))
    throw badForm('defaultGroupId', 'Choose a group.');
  const defaultGroupId = group === '' ? null : Number(group);
  if (defaultGroupId !== null && (defaultGroupId < 1 || defaultGroupId > 2_147_483_647))
    throw badForm('defaultGroupId', 'Choose a group.');
  return { mode, sendInvitations: ['true', 'on', '1', 'yes'].includes(invite), defaultGroupId };
}

export async function uploadImport(
  db: Db,
  actor: AdminActor,
  request: FastifyRequest,
): Promise<{ status: 201 | 202; body: { id: number; status: string; counts: object } }> {
  assert(
    canCreateLearner(actor),
    forbidden('Only administrators with access to a group can upload learners.'),
  );
  if (!request.isMultipart())
    throw new AppError(
      'unsupported_media_type',
      'Send the file as multipart/form-data, in a part named "file".',
      415,
    );
  const { fields, file } = await readForm(request);
  if (!file) throw badForm('file', 'Choose a CSV file to upload.');
  try {
    const settings = readSettings(fields);
    const created = await createImport(db, actor, {
      ...settings,
      path: file.path,
      facts: file.facts,
      fileName: file.fileName,
    });
    if (created.total <= importLimits.inlinePreviewRows) {
      try {
        await previewImport(db, actor.tenantId, created.id);
      } catch (error) {
        // The queued job tries again; the caller polls.
        request.log.error({ err: error }, 'inline import preview failed');
      }
    }
    const stored = await getImport(db, actor, created.id);
    return {
      status: stored.status === 'previewed' ? 201 : 202,
      body: { id: stored.id, status: stored.status, counts: stored.counts },
    };
  } finally {
    await file.remove();
  }
}
