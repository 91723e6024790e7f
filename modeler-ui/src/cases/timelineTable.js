import { formatMillis } from '../features/duration/index.js';
import { layerById } from '../features/blueprint-lanes/index.js';
import { el } from '../shell/dom.js';
import { formatDateTime } from '../shell/format.js';

const COLUMNS = ['Step', 'Layer', 'Started', 'Ended', 'Duration', 'Wait', 'Work', 'Assignee', 'Target', 'Result'];

/** What became of one step execution against its target, for people. */
export function result(execution) {
  if (!execution.end) {
    return execution.overdue ? { text: 'Running, overdue', kind: 'bad' } : { text: 'Running', kind: 'active' };
  }
  if (execution.within === true) {
    return { text: 'Within target', kind: 'good' };
  }
  if (execution.within === false) {
    return { text: 'Over target', kind: 'bad' };
  }
  return { text: 'Done', kind: 'plain' };
}

/**
 * The table of a case's step executions in the order they started: times, wait and work of
 * user tasks, assignee, target and result.
 *
 * @param {Array} executions the timeline's steps
 * @return {HTMLTableElement}
 */
export function timelineTable(executions) {
  const table = el('table', { className: 'list timeline' });
  table.createTHead().append(el('tr', {}, COLUMNS.map((title) => el('th', {}, title))));
  const body = table.createTBody();
  for (const execution of executions) {
    const outcome = result(execution);
    const layer = layerById(execution.layer);
    body.append(el('tr', { dataset: { step: execution.stepId, result: outcome.kind } },
      el('td', {}, execution.name || execution.stepId),
      el('td', {}, layer ? layer.label : '—'),
      el('td', {}, formatDateTime(execution.start)),
      el('td', {}, execution.end ? formatDateTime(execution.end) : '—'),
      el('td', { className: 'num' }, formatMillis(execution.duration)),
      el('td', { className: 'num' }, formatMillis(execution.wait)),
      el('td', { className: 'num' }, formatMillis(execution.work)),
      el('td', {}, execution.assignee || '—'),
      el('td', { className: 'num' }, execution.target ? formatMillis(execution.target) : '—'),
      el('td', {}, el('span', { className: `result result--${outcome.kind}` }, outcome.text))));
  }
  return table;
}
