import { formatMillis } from '../../features/duration/index.js';
import { el } from '../../shell/dom.js';
import { formatShare } from '../../shell/format.js';
import { layerChart, trendChart } from './charts.js';

const charts = new WeakMap();

/** Replaces what `container` shows; a chart drawn there before is destroyed first. */
function replace(container, ...nodes) {
  charts.get(container)?.destroy();
  charts.delete(container);
  container.replaceChildren(...nodes);
}

function chartIn(container, draw, label) {
  const canvas = el('canvas', { attrs: { role: 'img', 'aria-label': label } });
  const frame = el('div', { className: 'chart' }, canvas);
  return { frame, draw: () => charts.set(container, draw(canvas)) };
}

/**
 * The layer breakdown panel: mean time per layer per case, and how much of the case lies below
 * the line of visibility.
 */
export function renderLayers(container, report) {
  const { cases, layers } = report;
  if (!cases.completed || layers.every((layer) => !layer.mean)) {
    replace(container, el('p', { className: 'empty' },
      'No completed case in this period, so there is no time per layer yet. Choose a longer period.'));
    return;
  }
  const below = cases.belowLineOfVisibility;
  const note = el('p', { className: 'chart-note', dataset: { share: cases.belowLineOfVisibilityShare ?? '' } },
    'Below the line of visibility: ', el('strong', {}, `${formatMillis(below)} per case`),
    `, ${formatShare(cases.belowLineOfVisibilityShare)} of the mean case time (${formatMillis(cases.mean)}).`);
  const chart = chartIn(container, (canvas) => layerChart(canvas, layers),
    'Bar chart of the mean time per completed case in each layer');
  replace(container, note, chart.frame);
  chart.draw();
}

/**
 * The trend panel: per day, p50 and p90 against the target and the share within it, of the
 * whole case or of one step (`what` says which).
 */
export function renderTrend(container, days, target, what) {
  if (!days.length) {
    replace(container, el('p', { className: 'empty' }, `Nothing of ${what} ended in this period, so there is no trend to draw.`));
    return;
  }
  const total = days.reduce((sum, day) => sum + day.count, 0);
  const note = el('p', { className: 'chart-note' }, `${what[0].toUpperCase()}${what.slice(1)}: ${total} completed over ${days.length} `
    + `${days.length === 1 ? 'day' : 'days'}${target ? `, target ${formatMillis(target)}` : ', no target'}.`);
  const chart = chartIn(container, (canvas) => trendChart(canvas, days, target),
    `Line chart per day of p50, p90 and the within-target share of ${what}`);
  replace(container, note, chart.frame);
  chart.draw();
}

/** The steps a trend can be drawn for: activities (tasks, sub-processes), not events or gateways. */
export function trendSteps(steps) {
  return steps.filter((step) => !/event|gateway/i.test(step.type || ''));
}
