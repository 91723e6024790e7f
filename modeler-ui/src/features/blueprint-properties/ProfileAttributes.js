import { getBusinessObject, is } from 'bpmn-js/lib/util/ModelUtil';
import { formatDuration, parseDuration } from '../duration/Durations.js';
import { formatPercent, parsePercent } from './Shares.js';

/** The profile's default share when neither the step nor the process sets one (DESIGN §2). */
export const DEFAULT_SHARE = 0.95;

/**
 * The business object that carries an element's blueprint attributes: the element's own, or
 * for a pool the process it stands for. `undefined` when the element has none (a black-box pool).
 */
export function profileTarget(element) {
  const businessObject = getBusinessObject(element);
  if (is(businessObject, 'bpmn:Participant')) {
    return businessObject.processRef;
  }
  return businessObject;
}

/** Which parts of the Blueprint group an element gets. */
export function profileKind(element) {
  const target = profileTarget(element);
  if (!target || element.labelTarget) {
    return null;
  }
  if (is(target, 'bpmn:Lane')) {
    return 'lane';
  }
  if (is(target, 'bpmn:Process')) {
    return 'process';
  }
  if (is(target, 'bpmn:FlowNode') && !is(target, 'bpmn:Gateway')) {
    return 'step';
  }
  if (is(target, 'bpmn:DataObjectReference') || is(target, 'bpmn:TextAnnotation')) {
    return 'evidence';
  }
  return null;
}

/**
 * Writes one blueprint attribute as a single undoable command; `undefined` removes it.
 *
 * @param {object} modeling bpmn-js modeling
 * @param {object} element the selected diagram element
 * @param {string} name attribute without prefix, e.g. `targetDuration`
 * @param {*} value
 */
export function writeAttribute(modeling, element, name, value) {
  const target = profileTarget(element);
  const properties = { ['blueprint:' + name]: value };
  if (target === getBusinessObject(element)) {
    modeling.updateProperties(element, properties);
  } else {
    modeling.updateModdleProperties(element, target, properties);
  }
}

/** @return {*} the attribute as stored; `undefined` when unset (descriptor defaults are not "set") */
export function readAttribute(element, name) {
  const target = profileTarget(element);
  return target && Object.prototype.hasOwnProperty.call(target, name) ? target.get('blueprint:' + name) : undefined;
}

/** A target duration as people write it ("1 h 30 min"), or '' when unset. */
export function readDuration(element, name = 'targetDuration') {
  return formatDuration(readAttribute(element, name));
}

/** Stores a target duration typed by a person; empty text removes it. Throws DurationError. */
export function writeDuration(modeling, element, text, name = 'targetDuration') {
  writeAttribute(modeling, element, name, blank(text) ? undefined : parseDuration(text));
}

/** A share as a percentage ("96"), or '' when unset. */
export function readPercent(element, name = 'targetShare') {
  return formatPercent(readAttribute(element, name));
}

/** Stores a share typed as a percentage (96 → 0.96); empty text removes it. Throws ShareError. */
export function writePercent(modeling, element, text, name = 'targetShare') {
  writeAttribute(modeling, element, name, blank(text) ? undefined : parsePercent(text));
}

/** The share that applies to a step without its own: the process default, else 0.95. */
export function defaultShare(element) {
  let process = getBusinessObject(element);
  while (process && !is(process, 'bpmn:Process')) {
    process = is(process, 'bpmn:Participant') ? process.processRef : process.$parent;
  }
  const own = process && process.get('blueprint:defaultTargetShare');
  return typeof own === 'number' ? own : DEFAULT_SHARE;
}

function blank(text) {
  return text === undefined || text === null || String(text).trim() === '';
}
