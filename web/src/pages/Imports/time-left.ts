/**
 * How long an import has left, from how fast its rows went by lately: a rolling window of
 * (time, rows done) samples, so a slow start or a pause does not distort the estimate for long.
 */

export interface ProgressSample {
  /** Milliseconds, as Date.now() gives. */
  at: number;
  done: number;
}

/** How far back the rate is measured. */
export const WINDOW_MS = 20_000;
/** Below this much elapsed time between samples, no estimate is made (it would jump about). */
const MIN_SPAN_MS = 1_500;

/**
 * The samples with `next` added and those older than the window dropped. A count that goes
 * backwards (a restarted job) starts the samples afresh.
 */
export function addSample(
  samples: readonly ProgressSample[],
  next: ProgressSample,
  windowMs = WINDOW_MS,
): ProgressSample[] {
  const last = samples[samples.length - 1];
  if (last && (next.done < last.done || next.at < last.at)) return [next];
  if (last && last.done === next.done && last.at === next.at) return [...samples];
  const kept = samples.filter((sample) => next.at - sample.at <= windowMs);
  // Always keep one sample from before the window's start, so the rate spans the whole window.
  const dropped = samples.length - kept.length;
  const anchor = dropped > 0 ? samples[dropped - 1] : undefined;
  return anchor ? [anchor, ...kept, next] : [...kept, next];
}

/** Seconds left at the recent rate, or null while there is too little to go on. */
export function secondsLeft(samples: readonly ProgressSample[], total: number): number | null {
  const first = samples[0];
  const last = samples[samples.length - 1];
  if (!first || !last) return null;
  if (total > 0 && last.done >= total) return 0;
  const span = last.at - first.at;
  const rows = last.done - first.done;
  if (span < MIN_SPAN_MS || rows <= 0) return null;
  const perMs = rows / span;
  return Math.ceil((total - last.done) / perMs / 1000);
}

const plural = (count: number, one: string, many: string) => `${count} ${count === 1 ? one : many}`;

/** The estimate as a person says it: "About 3 minutes left". */
export function describeTimeLeft(seconds: number | null): string {
  if (seconds === null) return 'Working out how long is left…';
  if (seconds <= 0) return 'Finishing…';
  if (seconds < 10) return 'A few seconds left';
  if (seconds < 60) return `About ${Math.ceil(seconds / 10) * 10} seconds left`;
  const minutes = Math.ceil(seconds / 60);
  if (minutes < 60) return minutes === 1 ? 'About a minute left' : `About ${minutes} minutes left`;
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  const hourText = plural(hours, 'hour', 'hours');
  return rest === 0
    ? `About ${hourText} left`
    : `About ${hourText} ${plural(rest, 'minute', 'minutes')} left`;
}
