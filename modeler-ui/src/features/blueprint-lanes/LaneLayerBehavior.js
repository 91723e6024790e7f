import inherits from 'inherits-browser';
import CommandInterceptor from 'diagram-js/lib/command/CommandInterceptor';
import { is } from 'bpmn-js/lib/util/ModelUtil';
import { laneLayer } from './Layers.js';

/**
 * Gives new lanes a layer: a lane added above or below another one takes that lane's layer,
 * and lanes made by dividing a lane take the divided lane's layer. A lane with no layered
 * neighbour stays without one; the renderer and validation then ask the designer to choose.
 * The layer is set inside the same command, so one undo removes lane and layer together.
 */
export default function LaneLayerBehavior(injector, modeling) {
  injector.invoke(CommandInterceptor, this);

  this.postExecuted('lane.add', (event) => {
    const { shape, newLane } = event.context;
    inherit(modeling, [newLane], shape);
  });

  this.postExecuted('lane.split', (event) => {
    const parent = event.context.shape;
    inherit(modeling, (parent.children || []).filter((child) => is(child, 'bpmn:Lane')), parent);
  });
}

inherits(LaneLayerBehavior, CommandInterceptor);

LaneLayerBehavior.$inject = ['injector', 'modeling'];

function inherit(modeling, lanes, neighbour) {
  if (!neighbour || !is(neighbour, 'bpmn:Lane')) {
    return;
  }
  const layer = laneLayer(neighbour.businessObject);
  if (!layer) {
    return;
  }
  for (const lane of lanes) {
    if (lane && !lane.businessObject.get('blueprint:layer')) {
      modeling.updateProperties(lane, { 'blueprint:layer': layer });
    }
  }
}
