/**
 * Copies an uploaded file to a temporary file as it arrives (never whole in memory), learning
 * on the way what decides its encoding: size, first bytes, whether it is valid UTF-8, whether
 * it holds NUL bytes. Past the size limit the copy stops and the upload is refused.
 */
import { randomBytes } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { mkdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { AppError } from '../../platform/errors.js';
import type { FileFacts } from './read-csv.js';

/**
 * The largest file an import takes, and the size up to which the upload answers once the
 * preview is done (201) rather than at once (202); tests lower them to try both.
 */
export const importLimits = { maxBytes: 50 * 1024 * 1024, inlinePreviewRows: 2000 };

export const tooLarge = () =>
  new AppError(
    'file_too_large',
    `The file is larger than ${Math.round(importLimits.maxBytes / 1024 / 1024)} MB. Split it into smaller files and upload each.`,
    422,
  );

export interface SpooledFile {
  path: string;
  facts: FileFacts;
  remove(): Promise<void>;
}

/** Spools `source` to a temporary file; throws file_too_large past the limit (nothing kept). */
export async function spoolUpload(source: Readable): Promise<SpooledFile> {
  const dir = join(tmpdir(), 'roster-imports');
  await mkdir(dir, { recursive: true });
  const path = join(dir, `${randomBytes(12).toString('hex')}.csv`);
  const remove = () => rm(path, { force: true });
  const decoder = new TextDecoder('utf-8', { fatal: true });
  const facts: FileFacts = { size: 0, head: Buffer.alloc(0), validUtf8: true, hasNul: false };
  async function* watch(chunks: AsyncIterable<Buffer>) {
    for await (const chunk of chunks) {
      facts.size += chunk.length;
      if (facts.size > importLimits.maxBytes) throw tooLarge();
      if (facts.head.length < 4) facts.head = Buffer.concat([facts.head, chunk]).subarray(0, 4);
      if (!facts.hasNul && chunk.includes(0)) facts.hasNul = true;
      if (facts.validUtf8) {
        try {
          decoder.decode(chunk, { stream: true });
        } catch {
          facts.validUtf8 = false;
        }
      }
      yield chunk;
    }
    if (facts.validUtf8) {
      try {
        decoder.decode();
      } catch {
        facts.validUtf8 = false;
      }
    }
  }
  try {
    await pipeline(source, watch, createWriteStream(path));
  } catch (error) {
    await remove();
    throw error;
  }
  return { path, facts, remove };
}
