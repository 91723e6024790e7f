import { is } from 'bpmn-js/lib/util/ModelUtil';
import { formatMillis } from '../features/duration/index.js';
import { el } from '../shell/dom.js';

const OVERLAY = 'case-timeline';
export const CASE_MARKERS = { done: 'sl-case-done', active: 'sl-case-active', idle: 'sl-case-idle', late: 'sl-case-late' };

/**
 * Where a case is on its blueprint, per step: `done` (every execution ended), `active` (one is
 * running) or `idle` (not reached), with the executions' total time and whether one ran late.
 *
 * @param {Array} executions the timeline's steps
 * @param {number} now ms since the epoch, for the time of running steps
 * @return {Map<string, {state, count, time, late, target}>} by step id
 */
export function stepStates(executions, now) {
  const states = new Map();
  for (const execution of executions) {
    const state = states.get(execution.stepId) || { state: 'done', count: 0, time: 0, late: false, target: execution.target };
    state.count += 1;
    if (execution.end) {
      state.time += execution.duration || 0;
      state.late = state.late || execution.within === false;
    } else {
      state.state = 'active';
      state.time += Math.max(0, now - Date.parse(execution.start));
      state.late = state.late || execution.overdue;
    }
    states.set(execution.stepId, state);
  }
  return states;
}

/**
 * Marks every step of the shown diagram done, active or not reached, and puts the times of the
 * steps that ran under them.
 *
 * @param {import('bpmn-js/lib/NavigatedViewer').default} viewer showing the case's blueprint version
 * @param {Array} executions the timeline's steps
 * @param {number} [now]
 */
export function markCase(viewer, executions, now = Date.now()) {
  const canvas = viewer.get('canvas');
  const overlays = viewer.get('overlays');
  overlays.remove({ type: OVERLAY });
  const states = stepStates(executions, now);
  const nodes = viewer.get('elementRegistry').filter((element) =>
    !element.labelTarget && is(element, 'bpmn:FlowNode'));
  for (const node of nodes) {
    Object.values(CASE_MARKERS).forEach((marker) => canvas.removeMarker(node, marker));
    const state = states.get(node.id);
    canvas.addMarker(node, CASE_MARKERS[state ? state.state : 'idle']);
    if (state && state.late) {
      canvas.addMarker(node, CASE_MARKERS.late);
    }
    if (state && is(node, 'bpmn:Activity')) {
      overlays.add(node, OVERLAY, { position: { bottom: -4, left: 0 }, scale: { min: 1 }, html: badge(state) });
    }
  }
}

function badge(state) {
  const repeat = state.count > 1 ? `${state.count}× · ` : '';
  const time = state.state === 'active' ? `running ${formatMillis(state.time)}` : repeat + formatMillis(state.time);
  const late = state.state === 'active' ? ' · overdue' : ' · over target';
  const verdict = state.target ? (state.late ? late : state.state === 'done' ? ' · within' : '') : '';
  return el('div', {
    className: `sl-case-badge sl-case-badge--${state.state}${state.late ? ' sl-case-badge--late' : ''}`,
    title: state.target ? `Target ${formatMillis(state.target)}` : 'No target'
  }, time + verdict);
}
