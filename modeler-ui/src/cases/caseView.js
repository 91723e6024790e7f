import 'bpmn-js/dist/assets/diagram-js.css';
import 'bpmn-js/dist/assets/bpmn-js.css';
import './case.css';
import { getBlueprint, getBlueprintXml } from '../api/blueprints.js';
import { getCase } from '../api/cases.js';
import { describeError } from '../api/client.js';
import { formatMillis } from '../features/duration/index.js';
import { createViewer, showDiagram } from '../modeler/createViewer.js';
import { el } from '../shell/dom.js';
import { formatDateTime } from '../shell/format.js';
import { markCase } from './caseDiagram.js';
import { timelineTable } from './timelineTable.js';

/** The address of a case's timeline on the current page. */
export const caseHref = (id) => `#case=${encodeURIComponent(id)}`;

/**
 * A page with a case view: the page's own content, or (while the address ends in `#case=ID`)
 * that case's timeline drawn on its blueprint version, with done / active / not-reached steps
 * and their times, and the timeline table. Links made with {@link caseHref} open it; "Back"
 * returns to the content, as does the browser's back button.
 *
 * @param {object} options
 * @param {HTMLElement} options.content what the page shows when no case is open
 * @param {HTMLElement} options.section where the case view goes
 * @param {string} options.backLabel the back link's text ("Back to the tasklist")
 */
export function mountCaseRoute({ content, section, backLabel }) {
  let viewer;
  let shown = null;

  async function route() {
    const match = /^#case=(.+)$/.exec(location.hash);
    const id = match ? decodeURIComponent(match[1]) : null;
    content.hidden = Boolean(id);
    section.hidden = !id;
    if (!id || id === shown) {
      return;
    }
    shown = id;
    const status = el('p', { className: 'muted', attrs: { role: 'status' } }, 'Loading the case…');
    const canvas = el('div', { className: 'case-diagram', attrs: { 'aria-label': 'The case on its blueprint' } });
    section.replaceChildren(el('a', { className: 'back', href: '#' }, '← ' + backLabel), status);
    try {
      const timeline = await getCase(id);
      const { blueprint, version } = timeline.summary;
      const [model, xml] = await Promise.all([getBlueprint(blueprint, version), getBlueprintXml(blueprint, version)]);
      if (shown !== id) {
        return;
      }
      status.remove();
      section.append(heading(timeline.summary, model), legend(), canvas,
        el('h3', {}, 'Timeline'), timelineTable(timeline.steps));
      viewer?.destroy();
      viewer = createViewer(canvas);
      await showDiagram(viewer, xml);
      markCase(viewer, timeline.steps);
      section.dataset.loaded = id;
    } catch (error) {
      status.className = 'message message--error';
      status.textContent = `Could not open the case: ${describeError(error)}`;
    }
  }

  window.addEventListener('hashchange', route);
  route();
  return {
    /** Shows the case again with fresh times (after the page changed it). */
    refresh() {
      shown = null;
      route();
    }
  };
}

function heading(summary, model) {
  const running = summary.state === 'running';
  const elapsed = running ? Date.now() - Date.parse(summary.start) : summary.duration;
  const late = running ? summary.overdue : summary.target && summary.duration > summary.target;
  const against = summary.target ? ` against a target of ${formatMillis(summary.target)}` : '';
  return el('header', { className: 'case-head' },
    el('h2', {}, `Case ${summary.businessKey || summary.id}`),
    el('p', { className: 'lead' },
      el('span', { className: 'case-head__blueprint' }, model.name || model.key), ` · version ${summary.version}`),
    el('p', { className: 'case-head__facts' },
      el('span', { className: `result result--${running ? 'active' : 'plain'}` }, running ? 'Running' : 'Completed'),
      ` Started ${formatDateTime(summary.start)}`,
      running ? '' : `, ended ${formatDateTime(summary.end)}`,
      `. ${running ? 'Running for' : 'Took'} ${formatMillis(elapsed)}${against}`,
      late ? el('span', { className: 'result result--bad' }, running ? 'overdue' : 'over target') : '.'));
}

function legend() {
  const item = (kind, text) => el('li', {}, el('span', { className: `swatch swatch--${kind}` }), text);
  return el('ul', { className: 'legend', attrs: { 'aria-label': 'Legend' } },
    item('done', 'done'), item('active', 'active now'), item('late', 'over its target'), item('idle', 'not reached'));
}
