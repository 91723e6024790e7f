import { api } from './client.js';

const version = (v) => (v ? `?version=${encodeURIComponent(v)}` : '');
const key = (k) => encodeURIComponent(k);

/** Latest version of each deployed blueprint: `[{key, name, version, deployedAt}]`. */
export const listBlueprints = () => api('/blueprints');

/** One blueprint's model, with `versions` (all deployed version numbers). */
export const getBlueprint = (k, v) => api(`/blueprints/${key(k)}${version(v)}`);

/** The BPMN XML of the latest version, or of version `v`. */
export const getBlueprintXml = (k, v) => api(`/blueprints/${key(k)}/xml${version(v)}`, { as: 'text' });

/** `{valid, errors: [{elementId, message}], warnings}` for a BPMN XML text. */
export const validateBlueprint = (xml) => api('/blueprints/validate', { method: 'POST', body: xml });

/** Validates and deploys: `{key, version, created}`; rejects with status 422 and `details` when invalid. */
export const deployBlueprint = (xml) => api('/blueprints', { method: 'POST', body: xml });
