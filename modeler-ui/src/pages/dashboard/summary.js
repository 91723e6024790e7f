import { formatMillis } from '../../features/duration/index.js';
import { el } from '../../shell/dom.js';
import { formatShare } from '../../shell/format.js';
import { standingBadge } from './tables.js';

function figure(name, label, value, notes, kind) {
  return el('div', { className: `figure${kind ? ` figure--${kind}` : ''}`, dataset: { figure: name } },
    el('span', { className: 'figure__label' }, label),
    el('strong', { className: 'figure__value' }, value),
    el('span', { className: 'figure__note' }, notes));
}

const against = (ms, target) => (ms === null || ms === undefined || !target ? undefined : ms <= target ? 'good' : 'bad');

/**
 * The case summary: completed cases in the period (and running now), p50, p90 and p95 of the
 * case time against the case target, and the share within it against the standard.
 *
 * @param {object} cases the report's `cases`
 * @return {HTMLElement[]}
 */
export function caseSummary(cases) {
  const target = cases.targetDuration;
  const targetNote = target ? `target ${formatMillis(target)}` : 'no case target';
  const percentile = (name, label) => figure(name, label, formatMillis(cases[name]), targetNote, against(cases[name], target));
  return [
    figure('completed', 'Completed cases', String(cases.completed), `${cases.running} running now`),
    percentile('p50', 'Case time p50'),
    percentile('p90', 'Case time p90'),
    percentile('p95', 'Case time p95'),
    figure('within', 'Within the case target', formatShare(cases.withinShare),
      [cases.targetShare ? `standard ${formatShare(cases.targetShare)} ` : 'no standard ', standingBadge(cases)])
  ];
}
