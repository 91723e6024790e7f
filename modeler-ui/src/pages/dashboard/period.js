/** The dashboard's periods: presets counted back from now, or days picked by hand. */
export const PERIODS = [
  { id: 'today', label: 'Today' },
  { id: '7d', label: 'Last 7 days' },
  { id: '30d', label: 'Last 30 days' },
  { id: 'custom', label: 'Custom…' }
];

const DAY = 24 * 60 * 60 * 1000;

/** `yyyy-MM-dd` of a date in the reader's time zone, as a date input holds it. */
export function dateInputValue(date) {
  const pad = (n) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

function localMidnight(value) {
  const [year, month, day] = value.split('-').map(Number);
  return new Date(year, month - 1, day);
}

/**
 * The bounds the statistics API takes for a period: ISO instants, `to` exclusive, either left
 * out when open. Custom days count whole days in the reader's time zone, `to` included.
 *
 * @param {string} period one of PERIODS' ids
 * @param {{from?: string, to?: string}} days `yyyy-MM-dd`, for `custom`
 * @param {Date} [now]
 * @return {{from?: string, to?: string, error?: string}}
 */
export function periodBounds(period, days = {}, now = new Date()) {
  switch (period) {
  case 'today': {
    return { from: localMidnight(dateInputValue(now)).toISOString() };
  }
  case '7d':
    return { from: new Date(now.getTime() - 7 * DAY).toISOString() };
  case 'custom': {
    if (!days.from && !days.to) {
      return { error: 'Pick the first and the last day of the period.' };
    }
    const from = days.from ? localMidnight(days.from) : null;
    const to = days.to ? localMidnight(days.to) : null;
    if (to) {
      to.setDate(to.getDate() + 1);
    }
    if (from && to && from >= to) {
      return { error: 'The first day comes after the last day; swap them.' };
    }
    return { from: from ? from.toISOString() : undefined, to: to ? to.toISOString() : undefined };
  }
  default:
    return { from: new Date(now.getTime() - 30 * DAY).toISOString() };
  }
}

/** The period for people: "the last 7 days", "1 Mar – 5 Mar 2026". */
export function describePeriod(period, days = {}) {
  if (period !== 'custom') {
    return { today: 'today', '7d': 'the last 7 days' }[period] || 'the last 30 days';
  }
  const show = (value) => localMidnight(value).toLocaleDateString();
  if (days.from && days.to) {
    return `${show(days.from)} – ${show(days.to)}`;
  }
  return days.from ? `since ${show(days.from)}` : `until ${show(days.to)}`;
}
