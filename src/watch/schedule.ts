import type { FeedState } from '../store/index.js';

/** However often a feed fails, it is tried again at least once a day (or once per interval, if that is longer). */
export const MAX_BACKOFF_MS = 86_400_000;

/** Twice the interval after the first failure, doubling with each further one, capped. */
export const backoffMs = (failures: number, everyMs: number): number =>
  Math.min(everyMs * 2 ** failures, Math.max(everyMs, MAX_BACKOFF_MS));

/**
 * Whether a feed is polled now. A one-off pass (`--once`) polls every feed that is not backing off after failures;
 * the loop also waits out each feed's interval.
 */
export const isDue = (state: FeedState | null, now: Date, once: boolean): boolean => {
  if (!state?.nextCheck) return true;
  if (once && state.failures === 0) return true;
  return Date.parse(state.nextCheck) <= now.getTime();
};

export const afterSuccess = (
  prior: FeedState,
  now: Date,
  everyMs: number,
  validators: Partial<FeedState>,
): FeedState => ({
  ...prior,
  ...validators,
  lastChecked: now.toISOString(),
  nextCheck: new Date(now.getTime() + everyMs).toISOString(),
  failures: 0,
  lastError: null,
});

export const afterFailure = (prior: FeedState, now: Date, everyMs: number, reason: string): FeedState => ({
  ...prior,
  lastChecked: now.toISOString(),
  nextCheck: new Date(now.getTime() + backoffMs(prior.failures + 1, everyMs)).toISOString(),
  failures: prior.failures + 1,
  lastError: reason,
});
