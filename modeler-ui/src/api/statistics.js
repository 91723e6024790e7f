import { api } from './client.js';

/**
 * The query string of a statistics filter `{version?, from?, to?, step?}`: only the parts that
 * are set, so "all versions" and "no bound" leave their parameter out.
 */
export function statisticsQuery(filter = {}) {
  const params = new URLSearchParams();
  for (const name of ['from', 'to', 'version', 'step']) {
    if (filter[name] !== undefined && filter[name] !== null && filter[name] !== '') {
      params.set(name, String(filter[name]));
    }
  }
  const text = params.toString();
  return text ? '?' + text : '';
}

const base = (key) => `/blueprints/${encodeURIComponent(key)}/statistics`;

/** `{cases, steps, layers, staff}` of blueprint `key` (DESIGN §4). */
export const getStatistics = (key, filter) => api(base(key) + statisticsQuery(filter));

/** `[{day, count, p50, p90, withinShare}]` of the cases, or of one step with `filter.step`. */
export const getTrend = (key, filter) => api(base(key) + '/trend' + statisticsQuery(filter));

/** The address of the steps table as CSV, with the same filter; for a download link. */
export const statisticsCsvUrl = (key, filter) => '/api' + base(key) + '.csv' + statisticsQuery(filter);

/** Running steps and cases past their targets: of blueprint `key`, or of every blueprint without one. */
export const getOverdue = (key) => api(key ? `/blueprints/${encodeURIComponent(key)}/overdue` : '/overdue');
