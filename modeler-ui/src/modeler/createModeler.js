import BpmnModeler from 'bpmn-js/lib/Modeler';
import {
  BpmnPropertiesPanelModule, BpmnPropertiesProviderModule, CamundaPlatformPropertiesProviderModule
} from 'bpmn-js-properties-panel';
import CamundaBehaviorsModule from 'camunda-bpmn-js-behaviors/lib/camunda-platform';
import camundaModdle from 'camunda-bpmn-moddle/resources/camunda.json';
// the one descriptor of the profile, shared with the engine and the docs
import blueprintModdle from '../../../blueprints/blueprint-moddle.json';
import DurationModule from '../features/duration/index.js';
import BlueprintLanesModule from '../features/blueprint-lanes/index.js';
import BlueprintLinesModule from '../features/blueprint-lines/index.js';
import BlueprintPropertiesModule from '../features/blueprint-properties/index.js';
import ValidationMarkersModule from '../features/validation-markers/index.js';

/** The modeler's own modules, on top of bpmn-js and the Camunda properties panel. */
export const BLUEPRINT_MODULES = [
  DurationModule,
  BlueprintLanesModule,
  BlueprintLinesModule,
  BlueprintPropertiesModule,
  ValidationMarkersModule
];

/**
 * A bpmn-js Modeler that knows the blueprint profile.
 *
 * @param {object} options
 * @param {HTMLElement} options.container where the diagram goes
 * @param {HTMLElement} [options.propertiesParent] where the properties panel goes
 * @param {(xml: string) => Promise<object>} [options.validate] the server's validation, for live markers
 * @param {number} [options.validationDelay] ms to wait after a change before validating
 * @param {object} [options.config] more bpmn-js configuration (tests turn off input debouncing)
 * @return {BpmnModeler}
 */
export function createModeler({ container, propertiesParent, validate, validationDelay, config = {} }) {
  const panel = propertiesParent ? [
    BpmnPropertiesPanelModule,
    BpmnPropertiesProviderModule,
    CamundaPlatformPropertiesProviderModule
  ] : [];
  return new BpmnModeler({
    ...config,
    container,
    propertiesPanel: propertiesParent ? { parent: propertiesParent } : undefined,
    blueprintValidation: { validate, delay: validationDelay },
    additionalModules: [...panel, CamundaBehaviorsModule, ...BLUEPRINT_MODULES],
    moddleExtensions: { camunda: camundaModdle, blueprint: blueprintModdle }
  });
}
