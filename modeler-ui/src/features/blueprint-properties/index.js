import BlueprintPropertiesProvider from './BlueprintPropertiesProvider.js';

export { blueprintEntries } from './BlueprintEntries.js';
export * from './ProfileAttributes.js';
export { parsePercent, formatPercent, ShareError } from './Shares.js';

/** The properties panel's "Blueprint" group (needs bpmn-js-properties-panel's panel module). */
export default {
  __init__: ['blueprintPropertiesProvider'],
  blueprintPropertiesProvider: ['type', BlueprintPropertiesProvider]
};
