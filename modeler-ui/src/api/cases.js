import { api } from './client.js';

/** Starts a case of the latest version of blueprint `key`: `{id, blueprint, version, businessKey}`. */
export const startCase = (key, businessKey) => api(`/blueprints/${encodeURIComponent(key)}/cases`,
  { method: 'POST', body: businessKey ? { businessKey } : {} });

/** `{summary, steps}`: the case and every step execution in it, in the order they started. */
export const getCase = (id) => api(`/cases/${encodeURIComponent(id)}`);
