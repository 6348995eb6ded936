/**
 * Generates `quantity` new access codes for each chosen group: the same code strings in every
 * group (quantity × groups rows, as the seed's example says), unguessable, unique in the
 * tenant, expiring after the tenant's validity period. The tenant limit counts rows and is
 * reserved in the same transaction as the inserts, so concurrent requests never exceed it.
 */
import { randomBytes } from 'node:crypto';
import type { Db } from '../../db/client.js';
import { generateAccessCode, type RandomBytes } from '../../domain/access-code.js';
import { checkLearnerGroups } from '../../domain/group-tree.js';
import type { AdminActor } from '../../platform/actor.js';
import { AppError, assert, forbidden, invalid } from '../../platform/errors.js';
import { recordAudit } from '../audit/record-audit.js';
import { loadGroups } from '../groups/groups.queries.js';
import { canGenerateAccessCodes } from './access-codes.policy.js';
import {
  existingCodes,
  insertAccessCodes,
  loadAccessCodeAllowance,
  type NewAccessCode,
  reserveAccessCodes,
} from './access-codes.queries.js';
import type { TGenerateAccessCodesRequest } from './access-codes.schema.js';
import { presentAccessCode } from './present-access-code.js';

export interface GenerateOptions {
  ip?: string;
  now?: Date;
  randomBytes?: RandomBytes;
}

const count = (n: number) => n.toLocaleString('en-GB');

function limitReached(
  wanted: number,
  groups: number,
  allowance: { issued: number; limit: number },
) {
  const remaining = Math.max(0, allowance.limit - allowance.issued);
  const asked =
    groups > 1
      ? `${count(wanted)} access codes (${count(wanted / groups)} for each of ${groups} groups)`
      : `${count(wanted)} access codes`;
  const message =
    remaining === 0
      ? `Your organisation has issued all ${count(allowance.limit)} access codes it may issue. Ask platform support to raise the limit.`
      : `You asked for ${asked}, but only ${count(remaining)} of your organisation's limit of ${count(allowance.limit)} remain. Ask for fewer, or ask platform support to raise the limit.`;
  return new AppError('access_code_limit_reached', message, 409, { quantity: message });
}

/** `quantity` codes that the tenant does not hold yet; the rare clash with an older code is redrawn. */
async function freshCodes(tx: Db, tenantId: number, quantity: number, random: RandomBytes) {
  const codes = new Set<string>();
  for (let round = 0; round < 10 && codes.size < quantity; round++) {
    const drawn = new Set<string>();
    while (drawn.size < quantity - codes.size) {
      const code = generateAccessCode(random);
      if (!codes.has(code)) drawn.add(code);
    }
    const taken = await existingCodes(tx, tenantId, [...drawn]);
    for (const code of drawn) if (!taken.has(code)) codes.add(code);
  }
  if (codes.size < quantity)
    throw new Error('Could not draw unused access codes; is the random source broken?');
  return [...codes];
}

export async function generateAccessCodes(
  db: Db,
  actor: AdminActor,
  request: TGenerateAccessCodesRequest,
  options: GenerateOptions = {},
) {
  assert(
    canGenerateAccessCodes(actor),
    forbidden('Only administrators with access to groups can generate access codes.'),
  );
  const groupIds = [...new Set(request.groupIds)];
  const denied = groupIds.find((id) => !actor.accessibleGroupIds.has(id));
  assert(
    denied === undefined,
    invalid({
      groupIds: `You cannot use the group with ID ${denied}: it does not exist or you do not have access to it.`,
    }),
  );
  const groups = await loadGroups(db, actor.tenantId);
  const problem = checkLearnerGroups(groupIds, groups);
  assert(problem === null, () =>
    invalid({
      groupIds: `${problem} A learner who uses a code joins every group it was made for, so choose one group per hierarchy.`,
    }),
  );
  const names = new Map(groups.map((group) => [group.id, group.name]));
  const wanted = request.quantity * groupIds.length;
  const now = options.now ?? new Date();

  return db.transaction(async (tx) => {
    const reserved = await reserveAccessCodes(tx, actor.tenantId, wanted, now);
    if (!reserved)
      throw limitReached(
        wanted,
        groupIds.length,
        await loadAccessCodeAllowance(tx, actor.tenantId),
      );
    const codes = await freshCodes(
      tx,
      actor.tenantId,
      request.quantity,
      options.randomBytes ?? randomBytes,
    );
    const rows: NewAccessCode[] = groupIds.flatMap((groupId) =>
      codes.map((code) => ({
        tenantId: actor.tenantId,
        code,
        groupId,
        description: request.description,
        creatorId: actor.userId,
        creatorEmail: actor.email,
        issuedAt: now,
        expiresAt: reserved.expiresAt,
      })),
    );
    const inserted = await insertAccessCodes(tx, rows);
    await recordAudit(tx, {
      tenantId: actor.tenantId,
      actorId: actor.userId,
      action: 'access_codes_generated',
      entityType: 'access_code',
      entityId: inserted[0]?.id,
      after: {
        quantity: request.quantity,
        groupIds,
        description: request.description,
        rows: inserted.length,
        firstId: inserted[0]?.id,
        lastId: inserted.at(-1)?.id,
      },
      ip: options.ip,
    });
    const warnings =
      groupIds.length > 1
        ? [
            `The same ${count(request.quantity)} codes were made for each of the ${groupIds.length} groups you chose (${count(inserted.length)} in all). A learner who registers with one of them joins all ${groupIds.length} groups.`,
          ]
        : [];
    return {
      items: inserted.map((row) =>
        presentAccessCode({ ...row, groupName: names.get(row.groupId) ?? '' }, now),
      ),
      warnings,
      remaining: reserved.limit - reserved.issued,
    };
  });
}
