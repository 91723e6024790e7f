import { is } from 'bpmn-js/lib/util/ModelUtil';
import { isHorizontal } from 'bpmn-js/lib/util/DiUtil';
import { append as svgAppend, clear as svgClear, create as svgCreate } from 'tiny-svg';
import { laneLayer } from '../blueprint-lanes/Layers.js';
import { placeLines } from './LinePlacement.js';

// a layer above the diagram (index 0), so lines show over lane fills; they take no clicks
const LAYER_NAME = 'blueprint-lines';
const LAYER_INDEX = 1;
// after the diagram has redrawn the changed elements
const REDRAW_PRIORITY = 250;
const LABEL_GAP = 5;
const LABEL_LINE_HEIGHT = 14;
// inline styles, not CSS, so a downloaded SVG shows the lines as the modeler does
const STROKE_STYLE = 'stroke: #1d2330; stroke-width: 2px; stroke-dasharray: 10 5; pointer-events: none;';
const LABEL_STYLE = 'font-family: Arial, sans-serif; font-size: 12px; font-style: italic; fill: #1d2330;'
  + ' paint-order: stroke; stroke: #ffffff; stroke-width: 3px; stroke-linejoin: round; pointer-events: none;';

/**
 * Draws the lines of interaction, visibility and internal interaction across every pool of
 * the shown diagram and redraws them whenever an element changes, so they follow lanes that
 * are added, moved, resized or given another layer. The lines are rendering only: nothing of
 * them goes into the BPMN file.
 */
export default function BlueprintLines(eventBus, canvas, elementRegistry) {
  this._canvas = canvas;
  this._elementRegistry = elementRegistry;

  // listeners return nothing: a returned value would stop the event for everyone after them
  eventBus.on(['import.done', 'elements.changed', 'root.set'], REDRAW_PRIORITY, () => {
    this.redraw();
  });
  eventBus.on('diagram.clear', () => {
    this._clear();
  });
}

BlueprintLines.$inject = ['eventBus', 'canvas', 'elementRegistry'];

/** Redraws the lines of all pools under the current root. */
BlueprintLines.prototype.redraw = function() {
  const group = this._clear();
  const root = this._canvas.getRootElement();
  const pools = this._elementRegistry.filter((element) =>
    is(element, 'bpmn:Participant') && !element.labelTarget && element.parent === root);
  for (const pool of pools) {
    const lanes = leafLanes(pool).map((lane) => ({
      x: lane.x, y: lane.y, width: lane.width, height: lane.height,
      layer: laneLayer(lane.businessObject)
    }));
    for (const line of placeLines(lanes, { horizontal: isHorizontal(pool) !== false })) {
      svgAppend(group, drawLine(line, pool.id));
    }
  }
};

/** The lines as SVG markup, for adding them to an exported diagram. */
BlueprintLines.prototype.toSVG = function() {
  return this._canvas.getLayer(LAYER_NAME, LAYER_INDEX).innerHTML;
};

BlueprintLines.prototype._clear = function() {
  const group = this._canvas.getLayer(LAYER_NAME, LAYER_INDEX);
  svgClear(group);
  return group;
};

function leafLanes(shape) {
  const lanes = (shape.children || []).filter((child) => is(child, 'bpmn:Lane') && !child.labelTarget);
  return lanes.flatMap((lane) => {
    const nested = leafLanes(lane);
    return nested.length ? nested : [lane];
  });
}

function drawLine(line, poolId) {
  const group = svgCreate('g', { class: 'sl-blueprint-line', 'data-line': line.id, 'data-pool': poolId });
  const stroke = line.horizontal
    ? { x1: line.from, y1: line.position, x2: line.to, y2: line.position }
    : { x1: line.position, y1: line.from, x2: line.position, y2: line.to };
  svgAppend(group, svgCreate('line', { class: 'sl-blueprint-line__stroke', ...stroke, style: STROKE_STYLE }));

  // the first label sits above (left of) the line, labels of lines on the same boundary below it
  const offset = line.stack === 0 ? -LABEL_GAP : LABEL_GAP + line.stack * LABEL_LINE_HEIGHT - 3;
  const label = svgCreate('text', line.horizontal
    ? { class: 'sl-blueprint-line__label', style: LABEL_STYLE, 'text-anchor': 'end', x: line.to - 8, y: line.position + offset }
    : {
      // rotated a quarter turn: the text reads upwards from the bottom end of the line
      class: 'sl-blueprint-line__label',
      style: LABEL_STYLE,
      'text-anchor': 'start',
      transform: `translate(${line.position + offset} ${line.to - 8}) rotate(-90)`
    });
  label.textContent = line.label;
  svgAppend(group, label);
  return group;
}
