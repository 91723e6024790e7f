import { describeError } from '../../api/client.js';
import { getOverdue } from '../../api/statistics.js';
import { caseHref } from '../../cases/caseView.js';
import { formatMillis } from '../../features/duration/index.js';
import { el } from '../../shell/dom.js';

const POLL_MS = 10000;
const TICK_MS = 1000;

/**
 * The live overdue list: running steps and cases past their targets, asked again every
 * 10 seconds, their times ticking in between. Each links to its case's timeline.
 *
 * @param {HTMLElement} container
 * @param {{scope: () => string|null, names: () => Map<string, string>}} options the blueprint key
 *   to show (null: every blueprint) and blueprint names by key
 * @return {{refresh: () => Promise<void>}}
 */
export function mountOverdue(container, { scope, names }) {
  let fetchedAt = 0;
  let running = null;

  const blueprintName = (key) => names().get(key) || key;
  const caseLink = (item) => el('a', { href: caseHref(item.caseId) }, item.businessKey || item.caseId.slice(0, 8));
  const ticking = (elapsed) => el('td', { className: 'num', dataset: { elapsed } }, formatMillis(elapsed));

  function render(report) {
    const showBlueprint = !scope();
    const head = (titles) => el('tr', {}, titles.filter(Boolean).map((title) => el('th', {}, title)));
    const steps = report.steps.map((step) => el('tr', { dataset: { caseId: step.caseId, step: step.stepId } },
      showBlueprint ? el('td', {}, blueprintName(step.blueprintKey)) : null,
      el('td', {}, caseLink(step)), el('td', {}, step.stepName || step.stepId),
      ticking(step.elapsed), el('td', { className: 'num' }, formatMillis(step.targetDuration)), el('td', {}, step.assignee || 'unclaimed')));
    const cases = report.cases.map((item) => el('tr', { dataset: { caseId: item.caseId } },
      showBlueprint ? el('td', {}, blueprintName(item.blueprintKey)) : null,
      el('td', {}, caseLink(item)), ticking(item.elapsed), el('td', { className: 'num' }, formatMillis(item.targetDuration))));
    const parts = [];
    if (!steps.length && !cases.length) {
      parts.push(el('p', { className: 'empty' }, 'Nothing is overdue right now: every running step and case is within its target.'));
    }
    if (steps.length) {
      parts.push(el('h3', {}, `Steps past their target (${steps.length})`),
        el('table', { className: 'list overdue-steps' }, el('thead', {}, head([showBlueprint && 'Blueprint', 'Case', 'Step', 'Running for', 'Target', 'Held by'])),
          el('tbody', {}, steps)));
    }
    if (cases.length) {
      parts.push(el('h3', {}, `Cases past their target (${cases.length})`),
        el('table', { className: 'list overdue-cases' }, el('thead', {}, head([showBlueprint && 'Blueprint', 'Case', 'Running for', 'Target'])),
          el('tbody', {}, cases)));
    }
    parts.push(el('p', { className: 'muted small' }, `Live: checked at ${new Date().toLocaleTimeString()}, again every ${POLL_MS / 1000} s.`));
    container.replaceChildren(...parts);
  }

  function tick() {
    const passed = Date.now() - fetchedAt;
    for (const cell of container.querySelectorAll('td[data-elapsed]')) {
      cell.textContent = formatMillis(Number(cell.dataset.elapsed) + passed);
    }
  }

  function refresh() {
    running = running || (async () => {
      try {
        const report = await getOverdue(scope());
        fetchedAt = Date.now();
        render(report);
      } catch (error) {
        container.replaceChildren(el('p', { className: 'message message--error' },
          `Could not load the overdue list: ${describeError(error)} Trying again in ${POLL_MS / 1000} s.`));
      } finally {
        running = null;
      }
    })();
    return running;
  }

  setInterval(() => document.hidden || refresh(), POLL_MS);
  setInterval(tick, TICK_MS);
  return { refresh };
}
