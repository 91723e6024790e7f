/**
 * Target durations as people write them ("90 s", "2 min", "1 h 30 min", "1 d") and as the
 * blueprint profile stores them (ISO-8601 with days, hours, minutes and seconds only).
 */

const UNITS = [
  { seconds: 86400, short: 'd', words: ['d', 'day', 'days'] },
  { seconds: 3600, short: 'h', words: ['h', 'hr', 'hrs', 'hour', 'hours'] },
  { seconds: 60, short: 'min', words: ['m', 'min', 'mins', 'minute', 'minutes'] },
  { seconds: 1, short: 's', words: ['s', 'sec', 'secs', 'second', 'seconds'] }
];

const EXAMPLES = 'for example 90 s, 2 min, 1 h 30 min or 1 d';

const ISO = /^P(?:(\d+)W)?(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?(?:(\d+)S)?)?$/;

/** Thrown for text that is not a duration; the message says what to write instead. */
export class DurationError extends Error {}

function unitFor(word) {
  return UNITS.find((unit) => unit.words.includes(word));
}

/**
 * Seconds of an ISO-8601 duration such as `PT1H30M` or `P1DT12H`.
 * Years and months are refused: their length depends on the calendar.
 *
 * @param {string} iso
 * @return {number}
 */
export function isoToSeconds(iso) {
  const text = String(iso).trim().toUpperCase();
  if (/\d[YM]/.test(text.split('T')[0])) {
    throw new DurationError(`"${iso}" uses years or months, whose length depends on the calendar; use days (P30D).`);
  }
  const match = ISO.exec(text);
  if (!match || text === 'P' || text.endsWith('T')) {
    throw new DurationError(`"${iso}" is not an ISO-8601 duration such as PT2M or P1D.`);
  }
  const [weeks, days, hours, minutes, seconds] = match.slice(1).map((part) => Number(part || 0));
  return ((weeks * 7 + days) * 24 + hours) * 3600 + minutes * 60 + seconds;
}

/**
 * The shortest ISO-8601 form of a number of seconds: 90 → `PT1M30S`, 86400 → `P1D`.
 *
 * @param {number} total whole seconds, more than zero
 * @return {string}
 */
export function secondsToIso(total) {
  const [days, hours, minutes, seconds] = split(total);
  const date = days ? `${days}D` : '';
  const time = (hours ? `${hours}H` : '') + (minutes ? `${minutes}M` : '') + (seconds ? `${seconds}S` : '');
  return 'P' + date + (time ? 'T' + time : '');
}

function split(total) {
  let rest = total;
  return UNITS.map((unit) => {
    const count = Math.floor(rest / unit.seconds);
    rest -= count * unit.seconds;
    return count;
  });
}

/**
 * Reads a duration typed by a person and returns its ISO-8601 form.
 * Accepts number–unit pairs (`90 s`, `1 h 30 min`, `1.5 h`, `2 days`) and ISO text (`PT2M`).
 *
 * @param {string} text
 * @return {string} ISO-8601, normalised (`90 s` → `PT1M30S`)
 * @throws {DurationError} with a message for the person who typed it
 */
export function parseDuration(text) {
  const input = String(text ?? '').trim().toLowerCase();
  if (!input) {
    throw new DurationError(`Enter a duration, ${EXAMPLES}.`);
  }
  if (input.startsWith('p')) {
    return positive(isoToSeconds(input));
  }
  const pairs = /(\d+(?:[.,]\d+)?)\s*([a-z]+)?/g;
  let total = 0;
  let consumed = '';
  for (const [whole, number, word] of input.matchAll(pairs)) {
    if (!word) {
      throw new DurationError(`Add a unit after ${number} (s, min, h or d), ${EXAMPLES}.`);
    }
    const unit = unitFor(word);
    if (!unit) {
      throw new DurationError(`"${word}" is not a unit; use s, min, h or d, ${EXAMPLES}.`);
    }
    total += Number(number.replace(',', '.')) * unit.seconds;
    consumed += whole;
  }
  if (!consumed || consumed.replace(/\s/g, '') !== input.replace(/\s/g, '')) {
    throw new DurationError(`"${text}" is not a duration; write it ${EXAMPLES}.`);
  }
  if (!Number.isInteger(Math.round(total * 1000) / 1000)) {
    throw new DurationError('Targets are whole seconds; round to the nearest second.');
  }
  return positive(Math.round(total));
}

function positive(seconds) {
  if (seconds <= 0) {
    throw new DurationError('A target must be longer than zero.');
  }
  return secondsToIso(seconds);
}

/**
 * Shows an ISO-8601 duration the way people say it: `PT1M30S` → `1 min 30 s`, `P1D` → `1 d`.
 * Text that is not a valid duration comes back unchanged, so a person can see and fix it.
 *
 * @param {string} [iso]
 * @return {string}
 */
export function formatDuration(iso) {
  if (iso === undefined || iso === null || iso === '') {
    return '';
  }
  let seconds;
  try {
    seconds = isoToSeconds(iso);
  } catch {
    return String(iso);
  }
  const parts = split(seconds)
    .map((count, index) => (count ? `${count} ${UNITS[index].short}` : ''))
    .filter(Boolean);
  return parts.length ? parts.join(' ') : '0 s';
}

/**
 * A measured time in milliseconds the way people say it, to its two largest units:
 * 150000 → `2 min 30 s`, 100800000 → `1 d 4 h`, 45000 → `45 s`, 400 → `0.4 s`.
 * Null or undefined (nothing measured) gives `—`.
 *
 * @param {number|null|undefined} ms
 * @return {string}
 */
export function formatMillis(ms) {
  if (ms === null || ms === undefined || Number.isNaN(ms)) {
    return '—';
  }
  const sign = ms < 0 ? '−' : '';
  const abs = Math.abs(ms);
  if (abs < 1000) {
    return abs === 0 ? '0 s' : `${sign}${Math.max(0.1, Math.round(abs / 100) / 10)} s`;
  }
  const parts = split(Math.round(abs / 1000));
  const first = parts.findIndex((count) => count > 0);
  const shown = parts.slice(first, first + 2)
    .map((count, index) => (count ? `${count} ${UNITS[first + index].short}` : ''))
    .filter(Boolean);
  return sign + shown.join(' ');
}
