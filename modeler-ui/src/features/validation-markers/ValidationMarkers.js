import { is } from 'bpmn-js/lib/util/ModelUtil';

const OVERLAY_TYPE = 'blueprint-validation';
const MARKERS = { error: 'sl-has-error', warning: 'sl-has-warning' };

/**
 * Shows a validation result on the diagram: a red (error) or amber (warning) outline on each
 * element a message names, and a badge with the number of messages whose tooltip lists them.
 */
export default function ValidationMarkers(canvas, elementRegistry, overlays, eventBus) {
  this._canvas = canvas;
  this._elementRegistry = elementRegistry;
  this._overlays = overlays;
  this._marked = [];
  eventBus.on('diagram.clear', () => {
    this._marked = [];
  });
}

ValidationMarkers.$inject = ['canvas', 'elementRegistry', 'overlays', 'eventBus'];

/**
 * The diagram element a message is about: the element with that id, or for a process id the
 * pool that shows the process. `undefined` for messages about the file as a whole.
 *
 * @param {string} [elementId]
 * @return {object|undefined}
 */
ValidationMarkers.prototype.elementFor = function(elementId) {
  if (!elementId) {
    return undefined;
  }
  const registry = this._elementRegistry;
  return registry.get(elementId) || registry.find((element) =>
    !element.labelTarget && element.businessObject && (
      (is(element, 'bpmn:Participant') && element.businessObject.processRef
        && element.businessObject.processRef.id === elementId)
      || (element.businessObject.id === elementId)));
};

/**
 * Replaces the markers with those of a new result.
 *
 * @param {{errors?: Array<{elementId?:string,message:string}>, warnings?: Array}} result
 */
ValidationMarkers.prototype.show = function(result) {
  this.clear();
  const byElement = new Map();
  const note = (severity) => (problem) => {
    const element = this.elementFor(problem.elementId);
    if (!element) {
      return;
    }
    const entry = byElement.get(element) || { errors: [], warnings: [] };
    entry[severity === 'error' ? 'errors' : 'warnings'].push(problem.message);
    byElement.set(element, entry);
  };
  (result.errors || []).forEach(note('error'));
  (result.warnings || []).forEach(note('warning'));

  for (const [element, { errors, warnings }] of byElement) {
    const severity = errors.length ? 'error' : 'warning';
    this._canvas.addMarker(element, MARKERS[severity]);
    this._marked.push({ element, marker: MARKERS[severity] });
    this._overlays.add(element, OVERLAY_TYPE, {
      position: { top: -10, right: 10 },
      html: badge(severity, [...errors, ...warnings])
    });
  }
};

/** Removes every marker and badge. */
ValidationMarkers.prototype.clear = function() {
  for (const { element, marker } of this._marked) {
    if (this._elementRegistry.get(element.id) === element) {
      this._canvas.removeMarker(element, marker);
    }
  }
  this._marked = [];
  this._overlays.remove({ type: OVERLAY_TYPE });
};

function badge(severity, messages) {
  const html = document.createElement('div');
  html.className = `sl-validation-badge sl-validation-badge--${severity}`;
  html.textContent = String(messages.length);
  html.title = messages.join('\n');
  html.setAttribute('role', 'img');
  html.setAttribute('aria-label', `${messages.length} ${severity === 'error' ? 'error' : 'warning'}(s): ${messages.join(' ')}`);
  return html;
}
