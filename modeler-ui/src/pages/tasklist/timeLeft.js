import { formatMillis } from '../../features/duration/index.js';

/** Shares of the target at which a waiting task turns amber, then red. */
export const AMBER_AT = 0.75;
export const RED_AT = 1;

/**
 * How a task stands against its target after `elapsed` ms: `good` (under 75 % of the target),
 * `warn` (under 100 %), `bad` (at or past it) or `none` (no target), with a text for people.
 *
 * @param {number} elapsed ms since the task was created
 * @param {number|null} target ms
 * @return {{kind: string, share: number|null, text: string}}
 */
export function timeLeft(elapsed, target) {
  if (!target) {
    return { kind: 'none', share: null, text: 'No target for this step' };
  }
  const share = elapsed / target;
  const kind = share >= RED_AT ? 'bad' : share >= AMBER_AT ? 'warn' : 'good';
  const text = share >= RED_AT
    ? `${formatMillis(elapsed - target)} over the ${formatMillis(target)} target`
    : `${formatMillis(target - elapsed)} left of ${formatMillis(target)}`;
  return { kind, share, text };
}
