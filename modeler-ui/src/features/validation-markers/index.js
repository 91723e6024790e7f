import ValidationMarkers from './ValidationMarkers.js';
import LiveValidation from './LiveValidation.js';

export { VALIDATION_DELAY } from './LiveValidation.js';

/**
 * Server validation in place: configure `blueprintValidation: { validate(xml) }` on the
 * modeler; results appear as markers and badges and as `blueprintValidation.changed` events.
 */
export default {
  __init__: ['liveValidation'],
  validationMarkers: ['type', ValidationMarkers],
  liveValidation: ['type', LiveValidation]
};
