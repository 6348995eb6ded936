import type { z } from 'zod';
import { ZPaging, zIsoDate } from '../../platform/api-schemas.js';

/** A window of end dates (ISO, from on or before to), paged for the list; the CSV takes all. */
export const ZDueToExpireQuery = ZPaging.extend({
  from: zIsoDate('from is an ISO date, like 2026-12-03.'),
  to: zIsoDate('to is an ISO date, like 2027-01-02.'),
}).refine((w) => w.from <= w.to, { path: ['to'], message: 'to must be on or after from.' });
export type TDueToExpireQuery = z.infer<typeof ZDueToExpireQuery>;
