/** Dates as people in the UK read them: 24/11/2026, and 24/11/2026 14:05 for moments. */
import dayjs, { type Dayjs } from 'dayjs';

export const DATE_FORMAT = 'DD/MM/YYYY';

export const formatDate = (iso: string | null | undefined) =>
  iso ? dayjs(iso).format(DATE_FORMAT) : '';

export const formatDateTime = (iso: string | null | undefined) =>
  iso ? dayjs(iso).format(`${DATE_FORMAT} HH:mm`) : '';

/** A date picker's value as the API's ISO date (2001-02-28). */
export const toIsoDate = (value: Dayjs | null | undefined) =>
  value?.isValid() ? value.format('YYYY-MM-DD') : null;

export const fromIsoDate = (iso: string | null | undefined) => (iso ? dayjs(iso) : null);
