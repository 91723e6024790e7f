import inherits from 'inherits-browser';
import BaseRenderer from 'diagram-js/lib/draw/BaseRenderer';
import { getDi, is } from 'bpmn-js/lib/util/ModelUtil';
import { isHorizontal } from 'bpmn-js/lib/util/DiUtil';
import { append as svgAppend, attr as svgAttr, classes as svgClasses, create as svgCreate } from 'tiny-svg';
import { laneLayer, layerById } from './Layers.js';

// above bpmn-js' own renderer (1000): lanes are ours, everything else is theirs
const PRIORITY = 1500;
const TAG_STYLE = 'font-family: Arial, sans-serif; font-size: 10px; font-weight: bold; letter-spacing: 0.08em; fill: #3c4356; fill-opacity: 0.7;';
const MISSING_STYLE = ' fill: #b3261e; fill-opacity: 1; letter-spacing: 0;';

/**
 * Draws lanes the way bpmn-js does, tinted by their blueprint layer and tagged with the
 * layer's name. A colour set on the lane itself (bioc / color extension) wins over the tint.
 * Nothing is written to the model: the tint is rendering only.
 */
export default function LaneTintRenderer(eventBus, bpmnRenderer) {
  BaseRenderer.call(this, eventBus, PRIORITY);
  this._bpmnRenderer = bpmnRenderer;
}

inherits(LaneTintRenderer, BaseRenderer);

LaneTintRenderer.$inject = ['eventBus', 'bpmnRenderer'];

LaneTintRenderer.prototype.canRender = function(element) {
  return is(element, 'bpmn:Lane') && !element.labelTarget;
};

LaneTintRenderer.prototype.drawShape = function(parentGfx, element) {
  const layer = layerById(laneLayer(element.businessObject));
  const fill = layer && !hasOwnColour(element) ? layer.tint : undefined;
  const shape = this._bpmnRenderer.drawShape(parentGfx, element, fill ? { fill } : {});

  svgClasses(shape).add('sl-lane');
  svgAttr(shape, 'data-layer', layer ? layer.id : '');
  if (hasChildLanes(element)) {
    return shape;
  }
  const tag = svgCreate('text', {
    class: 'sl-layer-tag' + (layer ? '' : ' sl-layer-tag--missing'),
    'data-layer': layer ? layer.id : '',
    ...tagPosition(element),
    // inline, not CSS, so the tag looks the same in a downloaded SVG
    style: layer ? TAG_STYLE : TAG_STYLE + MISSING_STYLE
  });
  tag.textContent = layer ? layer.label.toUpperCase() : 'NO LAYER: choose one under Blueprint';
  svgAppend(parentGfx, tag);
  return shape;
};

LaneTintRenderer.prototype.getShapePath = function(shape) {
  return this._bpmnRenderer.getShapePath(shape);
};

function hasOwnColour(element) {
  const di = getDi(element);
  return Boolean(di && (di.get('color:background-color') || di.get('bioc:fill')));
}

function hasChildLanes(element) {
  const childLaneSet = element.businessObject.childLaneSet;
  return Boolean(childLaneSet && childLaneSet.lanes && childLaneSet.lanes.length);
}

function tagPosition(element) {
  // inside the lane, next to bpmn-js' label band (30 px wide across the lane's start)
  return isHorizontal(element) ? { x: 38, y: 16 } : { x: 8, y: 46 };
}
