/** The administrator an import's job acts as, loaded afresh when it runs. */
import type { Db } from '../../db/client.js';
import { loadJobActor } from '../auth/load-job-actor.js';

export const loadImportActor = (db: Db, tenantId: number, userId: number) =>
  loadJobActor(
    db,
    tenantId,
    userId,
    'The administrator of this import can no longer import learners.',
  );
