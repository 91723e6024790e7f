import { layerById } from '../../features/blueprint-lanes/index.js';
import { formatMillis } from '../../features/duration/index.js';
import { el } from '../../shell/dom.js';
import { formatShare } from '../../shell/format.js';
import { STANDINGS, standing } from './standing.js';

/** A table with a header row; `columns` are `[title, numeric?]`. */
function table(className, columns, rows) {
  const element = el('table', { className: `list ${className}` });
  element.createTHead().append(el('tr', {}, columns.map(([title, numeric]) => el('th', { className: numeric ? 'num' : '', scope: 'col' }, title))));
  element.createTBody().append(...rows);
  return element;
}

/** A duration cell; `data-ms` keeps the exact number (the CSV's), the text is for people. */
const time = (ms) => el('td', { className: 'num', dataset: { ms: ms ?? '' } }, formatMillis(ms));
const share = (value) => el('td', { className: 'num', dataset: { share: value ?? '' } }, formatShare(value));
const count = (value) => el('td', { className: 'num', dataset: { count: value } }, String(value));
const layerCell = (id) => el('td', {}, id ? el('span', { className: 'layer-tag', dataset: { layer: id } }, (layerById(id) || { label: id }).label) : '—');

export function standingBadge(figures) {
  const kind = standing(figures);
  const words = { meets: 'meets', risk: 'at risk', breach: 'breaches', none: '—' }[kind];
  return el('span', { className: `standing standing--${kind}`, title: STANDINGS[kind], dataset: { standing: kind } }, words);
}

/**
 * Every step of the blueprint with its figures for the period: the same rows and numbers as
 * the steps CSV (durations there in ms, here as people say them; exact values in data-*).
 *
 * @param {Array} steps the report's steps
 * @return {HTMLTableElement}
 */
export function stepsTable(steps) {
  const rows = steps.map((step) => el('tr', { dataset: { step: step.id } },
    el('th', { scope: 'row', className: 'step-name' }, step.name || step.id),
    layerCell(step.layer),
    count(step.count),
    time(step.mean), time(step.p50), time(step.p90), time(step.p95), time(step.max),
    time(step.targetDuration),
    share(step.withinShare), share(step.targetShare),
    el('td', {}, standingBadge(step)),
    time(step.waitP50), time(step.workP50)));
  return table('steps-table', [['Step'], ['Layer'], ['Count', true], ['Mean', true], ['p50', true], ['p90', true], ['p95', true],
    ['Max', true], ['Target', true], ['Within', true], ['Standard', true], ['Status'], ['Wait p50', true], ['Work p50', true]], rows);
}

/**
 * Completed user tasks per assignee and step: count, p50, within-target share (results reported
 * back to staff, as the service standard asks).
 *
 * @param {Array} staff the report's staff rows
 * @param {Array} steps the report's steps, for step names, targets and order
 * @return {HTMLTableElement}
 */
export function staffTable(staff, steps) {
  const byId = new Map(steps.map((step, index) => [step.id, { ...step, index }]));
  const rows = [...staff]
    .sort((a, b) => a.assignee.localeCompare(b.assignee) || (byId.get(a.stepId)?.index ?? 0) - (byId.get(b.stepId)?.index ?? 0))
    .map((row) => {
      const step = byId.get(row.stepId) || { name: row.stepId };
      return el('tr', { dataset: { assignee: row.assignee, step: row.stepId } },
        el('td', {}, row.assignee), el('td', {}, step.name || row.stepId), count(row.count), time(row.p50),
        el('td', { className: 'num', dataset: { share: row.withinShare ?? '' } }, formatShare(row.withinShare),
          row.withinShare !== null && step.targetShare ? el('span', { className: row.withinShare >= step.targetShare ? 'ok' : 'low' },
            row.withinShare >= step.targetShare ? ' ✓' : ' ✗') : null));
    });
  return table('staff-table', [['Assignee'], ['Step'], ['Completed', true], ['p50', true], ['Within target', true]], rows);
}
