/**
 * Target shares as people write them (a percentage: "96", "96 %", "99.5") and as the profile
 * stores them (a decimal in (0, 1]: 0.96).
 */

/** Thrown for text that is not a usable percentage; the message says what to write. */
export class ShareError extends Error {}

/**
 * @param {string} text a percentage, with or without `%`; a decimal comma is accepted
 * @return {number} the share, e.g. 0.96
 * @throws {ShareError}
 */
export function parsePercent(text) {
  const input = String(text ?? '').trim().replace(/\s*%$/, '').replace(',', '.');
  if (!/^\d+(\.\d+)?$/.test(input)) {
    throw new ShareError(`"${text}" is not a percentage; write a number such as 96 (for 96 %).`);
  }
  const percent = Number(input);
  if (percent <= 0 || percent > 100) {
    throw new ShareError('A share is more than 0 % and at most 100 %.');
  }
  return Number((percent / 100).toFixed(6));
}

/**
 * @param {number} [share] e.g. 0.96
 * @return {string} the percentage without the sign, e.g. "96"; empty when there is no share
 */
export function formatPercent(share) {
  if (share === undefined || share === null || share === '' || Number.isNaN(Number(share))) {
    return '';
  }
  return String(Number((Number(share) * 100).toFixed(4)));
}
