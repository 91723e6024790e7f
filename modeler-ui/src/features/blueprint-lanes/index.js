import LaneTintRenderer from './LaneTintRenderer.js';
import LaneLayerBehavior from './LaneLayerBehavior.js';

export { LAYERS, layerById, layerRank, laneLayer } from './Layers.js';

/** Lanes tinted by layer; new lanes inherit the layer of the lane they were added next to. */
export default {
  __init__: ['laneTintRenderer', 'laneLayerBehavior'],
  laneTintRenderer: ['type', LaneTintRenderer],
  laneLayerBehavior: ['type', LaneLayerBehavior]
};
