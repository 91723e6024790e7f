import {
  BarController, BarElement, CategoryScale, Chart, Legend, LinearScale, LineController, LineElement, PointElement, Tooltip
} from 'chart.js';
import { layerById } from '../../features/blueprint-lanes/index.js';
import { formatMillis } from '../../features/duration/index.js';
import { formatShare } from '../../shell/format.js';
import { axisUnit } from './units.js';

Chart.register(BarController, BarElement, CategoryScale, LinearScale, LineController, LineElement, PointElement, Legend, Tooltip);

const ABOVE = '#5aa9e6';
const BELOW = '#8c7ae6';
const FONT = { family: 'system-ui, -apple-system, "Segoe UI", Roboto, sans-serif' };
Chart.defaults.font.family = FONT.family;
Chart.defaults.color = '#3c4356';

const axisTitle = (text) => ({ display: true, text, font: { weight: 600 } });

/**
 * The layer breakdown: mean time per completed case spent in each layer's steps, layers above
 * the line of visibility in one colour and those below it in another (the legend says which).
 *
 * @param {HTMLCanvasElement} canvas
 * @param {Array<{layer, belowLineOfVisibility, mean, shareOfCase}>} layers
 * @return {Chart}
 */
export function layerChart(canvas, layers) {
  const unit = axisUnit(Math.max(...layers.map((layer) => layer.mean || 0)));
  const labels = layers.map((layer) => (layerById(layer.layer) || { label: layer.layer }).label);
  const values = (below) => layers.map((layer) => (layer.belowLineOfVisibility === below ? unit.of(layer.mean || 0) : null));
  return new Chart(canvas, {
    type: 'bar',
    data: {
      labels,
      datasets: [
        { label: 'Above the line of visibility (customer sees it)', data: values(false), backgroundColor: ABOVE },
        { label: 'Below the line of visibility (back stage, support)', data: values(true), backgroundColor: BELOW }
      ]
    },
    options: {
      indexAxis: 'y',
      animation: false,
      maintainAspectRatio: false,
      scales: {
        x: { stacked: true, beginAtZero: true, title: axisTitle(`mean ${unit.name} per completed case`) },
        y: { stacked: true, title: axisTitle('layer') }
      },
      plugins: {
        legend: { position: 'bottom' },
        tooltip: {
          filter: (item) => item.raw !== null,
          callbacks: {
            label: (context) => {
              const layer = layers[context.dataIndex];
              return `${formatMillis(layer.mean)} per case, ${formatShare(layer.shareOfCase)} of the case`;
            }
          }
        }
      }
    }
  });
}

/**
 * The trend per day: p50 and p90 (left axis, time) with the target as a dashed line, and the
 * share within target (right axis, %).
 *
 * @param {HTMLCanvasElement} canvas
 * @param {Array<{day, count, p50, p90, withinShare}>} days
 * @param {number|null} target ms
 * @return {Chart}
 */
export function trendChart(canvas, days, target) {
  const unit = axisUnit(Math.max(target || 0, ...days.map((day) => day.p90 || 0)));
  const labels = days.map((day) => new Date(`${day.day}T00:00:00`).toLocaleDateString(undefined, { day: 'numeric', month: 'short' }));
  const datasets = [
    { label: `p50 (${unit.name})`, data: days.map((day) => unit.of(day.p50)), borderColor: '#2f5fd0', backgroundColor: '#2f5fd0', yAxisID: 'y' },
    { label: `p90 (${unit.name})`, data: days.map((day) => unit.of(day.p90)), borderColor: '#e07a1f', backgroundColor: '#e07a1f', yAxisID: 'y' }
  ];
  if (target) {
    datasets.push({ label: `target (${unit.name})`, data: days.map(() => unit.of(target)), borderColor: '#1d2330',
      borderDash: [6, 4], borderWidth: 1.5, pointRadius: 0, yAxisID: 'y' });
    datasets.push({ label: 'within target (%)', data: days.map((day) => (day.withinShare === null ? null : Math.round(day.withinShare * 100))),
      borderColor: '#1e7b3a', backgroundColor: '#1e7b3a', borderWidth: 1.5, yAxisID: 'share' });
  }
  return new Chart(canvas, {
    type: 'line',
    data: { labels, datasets },
    options: {
      animation: false,
      maintainAspectRatio: false,
      interaction: { mode: 'index', intersect: false },
      scales: {
        x: { title: axisTitle('day (completed on)') },
        y: { beginAtZero: true, position: 'left', title: axisTitle(`time (${unit.name})`) },
        share: { display: Boolean(target), min: 0, max: 100, position: 'right', grid: { drawOnChartArea: false },
          title: axisTitle('within target (%)') }
      },
      plugins: {
        legend: { position: 'bottom' },
        tooltip: {
          callbacks: {
            label: (context) => (context.dataset.yAxisID === 'share'
              ? `within target: ${context.parsed.y} %`
              : `${context.dataset.label.split(' (')[0]}: ${formatMillis(context.parsed.y * unit.ms)}`),
            afterBody: (items) => `${days[items[0].dataIndex].count} completed`
          }
        }
      }
    }
  });
}
