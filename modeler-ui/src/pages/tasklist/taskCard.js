import { formatMillis } from '../../features/duration/index.js';
import { layerById } from '../../features/blueprint-lanes/index.js';
import { caseHref } from '../../cases/caseView.js';
import { el } from '../../shell/dom.js';
import { timeLeft } from './timeLeft.js';

/**
 * One open task in the list: where it belongs (blueprint, step, layer, case), who holds it, how
 * long it has waited and how much time is left against its target. The times tick without a
 * new request: `elapsed` is the server's, plus what passed since it was fetched.
 */
export class TaskCard {
  /**
   * @param {object} task an entry of `GET /api/tasks`
   * @param {object} context `{userId, claim(card), unclaim(card), complete(card)}`
   */
  constructor(task, context) {
    this.context = context;
    this.name = el('h3', { className: 'task__name' });
    this.tag = el('span', { className: 'layer-tag' });
    this.where = el('p', { className: 'task__where' });
    this.holder = el('p', { className: 'task__holder' });
    this.waiting = el('strong');
    this.bar = el('span');
    this.left = el('p', { className: 'task__left' });
    this.claimButton = el('button', { type: 'button', dataset: { action: 'claim' }, on: { click: () => this.act(context.claim, this.claimButton, 'Claiming…') } }, 'Claim');
    this.unclaimButton = el('button', { type: 'button', dataset: { action: 'unclaim' }, on: { click: () => this.act(context.unclaim, this.unclaimButton, 'Releasing…') } }, 'Unclaim');
    this.completeButton = el('button', { type: 'button', className: 'primary', dataset: { action: 'complete' }, on: { click: () => this.act(context.complete, this.completeButton, 'Opening…') } }, 'Complete');
    this.formSlot = el('div', { className: 'task__form', hidden: true });
    this.element = el('li', { className: 'task' },
      el('div', { className: 'task__main' }, el('div', { className: 'task__title' }, this.tag, this.name), this.where, this.holder),
      el('div', { className: 'task__time' },
        el('p', { className: 'task__waiting' }, 'Waiting ', this.waiting),
        el('div', { className: 'meter', attrs: { 'aria-hidden': 'true' } }, this.bar),
        this.left),
      el('div', { className: 'task__actions' }, this.claimButton, this.unclaimButton, this.completeButton),
      this.formSlot);
    this.update(task);
  }

  /** Shows a fresh copy of the task (after a poll or an action). */
  update(task, fetchedAt = Date.now()) {
    this.task = task;
    this.fetchedAt = fetchedAt;
    const { element } = this;
    Object.assign(element.dataset, { taskId: task.id, step: task.stepId, blueprint: task.blueprint, caseId: task.caseId,
      businessKey: task.businessKey || '' });
    this.name.textContent = task.name || task.stepId;
    const layer = layerById(task.layer);
    this.tag.textContent = layer ? layer.label : 'No layer';
    this.tag.dataset.layer = task.layer || '';
    this.where.replaceChildren(`${task.blueprintName} · version ${task.version} · `,
      el('a', { href: caseHref(task.caseId), title: 'Open the case on its blueprint' },
        task.businessKey ? `Case ${task.businessKey}` : `Case ${task.caseId.slice(0, 8)}`));
    const mine = task.assignee === this.context.userId;
    const other = task.assignee && !mine;
    this.holder.textContent = !task.assignee ? 'Unclaimed: anyone in the team may take it'
      : mine ? 'Claimed by you' : `Held by ${task.assignee}`;
    this.holder.dataset.holder = !task.assignee ? 'nobody' : mine ? 'me' : 'other';
    this.claimButton.hidden = Boolean(task.assignee);
    this.unclaimButton.hidden = !mine;
    this.completeButton.disabled = Boolean(other);
    this.completeButton.title = other ? `Held by ${task.assignee}: ask them to release it first` : '';
    this.tick();
  }

  /** Moves the times on to now. */
  tick(now = Date.now()) {
    const elapsed = this.task.elapsed + Math.max(0, now - this.fetchedAt);
    const standing = timeLeft(elapsed, this.task.target);
    this.waiting.textContent = formatMillis(elapsed);
    this.left.textContent = standing.text;
    this.element.dataset.standing = standing.kind;
    this.bar.style.width = `${Math.min(1, standing.share ?? 0) * 100}%`;
  }

  /** Runs an action with its button busy; the action decides what happens next. */
  async act(action, button, busyText) {
    const text = button.textContent;
    button.disabled = true;
    button.textContent = busyText;
    try {
      await action(this);
    } finally {
      button.textContent = text;
      button.disabled = false;
      if (this.task) {
        this.update(this.task, this.fetchedAt);
      }
    }
  }

  /** Shows `form` under the task (or closes it with null). */
  showForm(form) {
    this.formSlot.replaceChildren(...(form ? [form] : []));
    this.formSlot.hidden = !form;
    // the form has its own "Complete task" button
    this.completeButton.hidden = Boolean(form);
    this.element.classList.toggle('task--open', Boolean(form));
  }

  get formOpen() {
    return !this.formSlot.hidden;
  }
}
