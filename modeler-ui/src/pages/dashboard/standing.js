/**
 * How a step (or the whole case) stands against its service standard, in three words:
 *
 * - `meets`: the within-target share reaches the target share, and p90 is within the target;
 * - `risk` (at risk): the share is reached but p90 is over the target (one slow day from
 *   missing it), or the share misses by less than {@link RISK_MARGIN};
 * - `breach` (breaches): the share misses by {@link RISK_MARGIN} or more;
 * - `none`: no target, or nothing measured.
 */
export const RISK_MARGIN = 0.05;

export const STANDINGS = {
  meets: 'meets the standard',
  risk: 'at risk',
  breach: 'breaches the standard',
  none: 'no target or no data'
};

/**
 * @param {{p90?: number, targetDuration?: number, withinShare?: number, targetShare?: number}} figures
 * @return {'meets'|'risk'|'breach'|'none'}
 */
export function standing({ p90, targetDuration, withinShare, targetShare }) {
  if (!targetDuration || withinShare === null || withinShare === undefined || targetShare === null || targetShare === undefined) {
    return 'none';
  }
  if (withinShare >= targetShare) {
    return p90 !== null && p90 !== undefined && p90 > targetDuration ? 'risk' : 'meets';
  }
  // compared in whole percentage points, so 0.85 against 0.90 is "within 5 points"
  return Math.round((targetShare - withinShare) * 1000) <= RISK_MARGIN * 1000 ? 'risk' : 'breach';
}

/** The heat view's bands of p50 as a share of the target, coolest first. */
export const HEAT_BANDS = [
  { upTo: 0.5, label: '≤ 50 % of target' },
  { upTo: 0.75, label: '≤ 75 %' },
  { upTo: 1, label: '≤ 100 %' },
  { upTo: 1.5, label: '≤ 150 %' },
  { upTo: Infinity, label: '> 150 %' }
];

/**
 * The heat band (0 … 4) of a step's p50 against its target, or -1 without both.
 *
 * @param {number|null} p50
 * @param {number|null} target
 * @return {number}
 */
export function heatBand(p50, target) {
  if (p50 === null || p50 === undefined || !target) {
    return -1;
  }
  const ratio = p50 / target;
  return HEAT_BANDS.findIndex((band) => ratio <= band.upTo);
}
