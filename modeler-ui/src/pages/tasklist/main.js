import './tasklist.css';
import { describeError } from '../../api/client.js';
import { claimTask, completeTask, getTaskForm, listTasks, unclaimTask } from '../../api/tasks.js';
import { caseHref, mountCaseRoute } from '../../cases/caseView.js';
import { mountDemoBanner } from '../../shell/demo.js';
import { el, showMessageIn } from '../../shell/dom.js';
import { currentUser, mountFrame } from '../../shell/frame.js';
import { mountStartCase } from './startCase.js';
import { TaskCard } from './taskCard.js';
import { taskForm } from './taskForm.js';

/** How often the list asks the server again, and how often the times on it move on. */
const POLL_MS = 10000;
const TICK_MS = 1000;

mountFrame('tasklist');
mountDemoBanner(document.querySelector('main'));
mountCaseRoute({ content: document.getElementById('tasks-view'), section: document.getElementById('case-view'),
  backLabel: 'Back to the tasklist' });

const list = document.getElementById('tasks');
const empty = document.getElementById('tasks-empty');
const loading = document.getElementById('tasks-loading');
const status = document.getElementById('tasks-status');
const say = (kind, text, ...extra) => showMessageIn(document.getElementById('message'), kind, text, ...extra);
const cards = new Map();
let refreshing = null;

const caseName = (task) => (task.businessKey ? `case ${task.businessKey}` : `case ${task.caseId.slice(0, 8)}`);

/** Claiming and unclaiming: the card shows the answer; a refusal (409: someone else holds it) is said. */
const holding = (call, verb) => async (card) => {
  try {
    card.update(await call(card.task.id));
  } catch (error) {
    say('error', `Could not ${verb} “${card.task.name}”: ${describeError(error)}`);
    refresh();
  }
};

const context = {
  claim: holding(claimTask, 'claim'),
  unclaim: holding(unclaimTask, 'unclaim'),
  async complete(card) {
    if (card.formOpen) {
      card.formSlot.querySelector('input, select')?.focus();
      return;
    }
    try {
      const { fields } = await getTaskForm(card.task.id);
      if (!fields.length) {
        await finish(card, {});
        return;
      }
      card.showForm(taskForm(fields, { submit: (variables) => finish(card, variables), cancel: () => card.showForm(null) }));
      card.formSlot.querySelector('input:not([disabled]), select:not([disabled])')?.focus();
    } catch (error) {
      say('error', `Could not complete “${card.task.name}”: ${describeError(error)}`);
      refresh();
    }
  }
};

/** Completes the task; a refusal propagates, so a form can show it next to its fields. */
async function finish(card, variables) {
  const { task } = card;
  const result = await completeTask(task.id, variables);
  drop(card);
  say('success', `Completed “${task.name}” of ${caseName(task)}.${result.caseEnded ? ' The case is finished.' : ''} `,
    el('a', { href: caseHref(task.caseId) }, result.caseEnded ? 'See its timeline' : 'Open the case'));
  refresh();
}

function drop(card) {
  card.element.remove();
  cards.delete(card.task.id);
}

function render(tasks, fetchedAt) {
  const seen = new Set();
  for (const task of tasks) {
    seen.add(task.id);
    const card = cards.get(task.id) || new TaskCard(task, context);
    cards.set(task.id, card);
    card.update(task, fetchedAt);
  }
  for (const card of [...cards.values()].filter((candidate) => !seen.has(candidate.task.id))) {
    if (card.formOpen) {
      say('info', `“${card.task.name}” of ${caseName(card.task)} left your list: a colleague claimed or completed it, or the case was cancelled.`);
    }
    drop(card);
  }
  // moving a node would take the focus out of a form being filled: only reorder when needed
  const order = tasks.map((task) => cards.get(task.id).element);
  if (order.some((element, index) => list.children[index] !== element)) {
    list.append(...order);
  }
  loading.hidden = true;
  empty.hidden = tasks.length > 0;
  list.hidden = tasks.length === 0;
  document.getElementById('task-count').textContent = tasks.length === 1 ? '1 open task' : `${tasks.length} open tasks`;
}

function refresh() {
  refreshing = refreshing || (async () => {
    try {
      const tasks = await listTasks();
      render(tasks, Date.now());
      status.hidden = true;
    } catch (error) {
      loading.hidden = true;
      status.hidden = false;
      status.textContent = `Could not refresh the tasks: ${describeError(error)} Trying again in ${POLL_MS / 1000} s.`;
    } finally {
      refreshing = null;
    }
  })();
  return refreshing;
}

mountStartCase(document.getElementById('start-case'), say, () => refresh());
currentUser().then((me) => {
  context.userId = me.userId;
}).catch(() => {}).finally(() => {
  refresh();
  setInterval(() => document.hidden || refresh(), POLL_MS);
  setInterval(() => cards.forEach((card) => card.tick()), TICK_MS);
});
