import NavigatedViewer from 'bpmn-js/lib/NavigatedViewer';
import camundaModdle from 'camunda-bpmn-moddle/resources/camunda.json';
import blueprintModdle from '../../../blueprints/blueprint-moddle.json';
import LaneTintRenderer from '../features/blueprint-lanes/LaneTintRenderer.js';
import BlueprintLines from '../features/blueprint-lines/BlueprintLines.js';

/** What a read-only blueprint shows: lanes tinted by layer and the three lines (no editing behaviour). */
const BlueprintLook = {
  __init__: ['laneTintRenderer', 'blueprintLines'],
  laneTintRenderer: ['type', LaneTintRenderer],
  blueprintLines: ['type', BlueprintLines]
};

/**
 * A read-only blueprint (pan and zoom only) drawn as the modeler draws it, for pages that lay
 * times over a diagram: the case timeline and the dashboard.
 *
 * @param {HTMLElement} container
 * @return {NavigatedViewer}
 */
export function createViewer(container) {
  return new NavigatedViewer({
    container,
    additionalModules: [BlueprintLook],
    moddleExtensions: { camunda: camundaModdle, blueprint: blueprintModdle }
  });
}

/**
 * Opens `xml` in `viewer` and fits it to the container.
 *
 * @return {Promise<string[]>} import warnings
 */
export async function showDiagram(viewer, xml) {
  const { warnings } = await viewer.importXML(xml);
  viewer.get('canvas').zoom('fit-viewport', 'auto');
  return warnings;
}
