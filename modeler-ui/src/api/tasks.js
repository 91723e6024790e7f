import { api } from './client.js';

const task = (id) => `/tasks/${encodeURIComponent(id)}`;

/** Open tasks of the caller's teams, oldest first, each with `elapsed` and `target` (ms). */
export const listTasks = () => api('/tasks');

/** `{task, fields}`: the task and the form fields it asks for (empty for a plain task). */
export const getTaskForm = (id) => api(task(id));

/** Claims the task for the caller; rejects with status 409 when someone else holds it. */
export const claimTask = (id) => api(task(id) + '/claim', { method: 'POST' });

/** Gives the task back to its team. */
export const unclaimTask = (id) => api(task(id) + '/unclaim', { method: 'POST' });

/**
 * Completes the task with form values; rejects with status 400 and a message naming the field
 * when a value does not fit. Resolves with `{id, caseId, caseEnded}`.
 */
export const completeTask = (id, variables = {}) => api(task(id) + '/complete', { method: 'POST', body: { variables } });
