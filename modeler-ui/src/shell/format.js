/** Numbers and times as the pages show them. Durations: `formatMillis` in features/duration. */

/**
 * A share (0…1) as a whole percentage: 0.873 → `87 %`, 0.003 → `< 1 %` (not nothing);
 * null (nothing measured) → `—`.
 *
 * @param {number|null|undefined} share
 * @return {string}
 */
export function formatShare(share) {
  if (share === null || share === undefined) {
    return '—';
  }
  return share > 0 && share < 0.005 ? '< 1 %' : `${Math.round(share * 100)} %`;
}

/**
 * An ISO-8601 instant in the reader's time zone: today's as a time, others with their date.
 *
 * @param {string|null|undefined} iso
 * @return {string}
 */
export function formatDateTime(iso) {
  if (!iso) {
    return '—';
  }
  const date = new Date(iso);
  const today = new Date().toDateString() === date.toDateString();
  return today ? date.toLocaleTimeString() : date.toLocaleString();
}
