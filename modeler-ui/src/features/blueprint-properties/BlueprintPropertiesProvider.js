import { Group } from '@bpmn-io/properties-panel';
import { blueprintEntries } from './BlueprintEntries.js';

// after the Camunda provider (500), so the group can be placed next to "General"
const PRIORITY = 400;

/** Adds the "Blueprint" group to the properties panel, right after "General". */
export default function BlueprintPropertiesProvider(propertiesPanel) {
  propertiesPanel.registerProvider(PRIORITY, this);
}

BlueprintPropertiesProvider.$inject = ['propertiesPanel'];

BlueprintPropertiesProvider.prototype.getGroups = function(element) {
  return (groups) => {
    const entries = blueprintEntries(element);
    if (!entries.length) {
      return groups;
    }
    const group = { id: 'blueprint', label: 'Blueprint', entries, component: Group, shouldOpen: true };
    const general = groups.findIndex((other) => other.id === 'general');
    groups.splice(general + 1, 0, group);
    return groups;
  };
};
