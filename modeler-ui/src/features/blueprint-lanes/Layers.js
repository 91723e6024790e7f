import { is } from 'bpmn-js/lib/util/ModelUtil';

/**
 * The four layers of a service blueprint, top to bottom (DESIGN §2), with the tint the
 * modeler gives their lanes.
 */
export const LAYERS = [
  { id: 'customer', label: 'Customer', tint: '#f2b84b' },
  { id: 'frontstage', label: 'Front stage', tint: '#5aa9e6' },
  { id: 'backstage', label: 'Back stage', tint: '#8c7ae6' },
  { id: 'support', label: 'Support', tint: '#7bc47f' }
];

/** @return {object|undefined} the layer with this id */
export function layerById(id) {
  return LAYERS.find((layer) => layer.id === id);
}

/** @return {number} 0 (customer) … 3 (support), or -1 for no or an unknown layer */
export function layerRank(id) {
  return LAYERS.findIndex((layer) => layer.id === id);
}

/**
 * The layer of a lane's business object: its own `blueprint:layer`, else the layer of the
 * lane it is nested in.
 *
 * @param {object} businessObject a bpmn:Lane
 * @return {string|undefined}
 */
export function laneLayer(businessObject) {
  for (let lane = businessObject; lane && is(lane, 'bpmn:Lane'); lane = lane.$parent && lane.$parent.$parent) {
    const layer = lane.get('blueprint:layer');
    if (layer) {
      return layer;
    }
  }
  return undefined;
}
