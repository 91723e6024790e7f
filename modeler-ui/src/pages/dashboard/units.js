/** Time units for chart axes: the largest that keeps the biggest value readable. */
const UNITS = [
  { name: 'seconds', ms: 1000, upTo: 2 * 60 * 1000 },
  { name: 'minutes', ms: 60 * 1000, upTo: 2 * 60 * 60 * 1000 },
  { name: 'hours', ms: 60 * 60 * 1000, upTo: 2 * 24 * 60 * 60 * 1000 },
  { name: 'days', ms: 24 * 60 * 60 * 1000, upTo: Infinity }
];

/**
 * The unit to plot durations in, given the largest of them (ms).
 *
 * @param {number} maxMs
 * @return {{name: string, ms: number, of: (ms: number|null) => number|null}}
 */
export function axisUnit(maxMs) {
  const unit = UNITS.find((candidate) => (maxMs || 0) < candidate.upTo);
  return { ...unit, of: (ms) => (ms === null || ms === undefined ? null : Math.round((ms / unit.ms) * 100) / 100) };
}
