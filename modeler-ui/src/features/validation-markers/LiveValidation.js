// wait this long after the last change before asking the server (DESIGN: "debounced")
export const VALIDATION_DELAY = 800;

/**
 * Validates the diagram with the server as the designer works: after an import and ~800 ms
 * after the last change, the diagram's XML goes to `config.blueprintValidation.validate(xml)`
 * (a function returning a promise of `{valid, errors, warnings}`). The result is shown by
 * `validationMarkers` and announced as `blueprintValidation.changed` with
 * `{ state: 'checking' | 'done' | 'failed', result?, error? }`.
 * Answers to older diagrams are dropped, so the last change always has the last word.
 */
export default function LiveValidation(config, eventBus, bpmnjs, validationMarkers) {
  this._validate = config && config.validate;
  this._eventBus = eventBus;
  this._bpmnjs = bpmnjs;
  this._markers = validationMarkers;
  this._delay = (config && config.delay) ?? VALIDATION_DELAY;
  this._timer = null;
  this._sequence = 0;
  this.result = null;

  // listeners return nothing: a returned value would stop the event for everyone after them
  eventBus.on('import.done', (event) => {
    if (!event.error) {
      this.schedule(0);
    }
  });
  eventBus.on('commandStack.changed', () => {
    this.schedule();
  });
  eventBus.on('diagram.destroy', () => {
    clearTimeout(this._timer);
  });
}

LiveValidation.$inject = ['config.blueprintValidation', 'eventBus', 'bpmnjs', 'validationMarkers'];

LiveValidation.prototype._xml = async function() {
  try {
    return (await this._bpmnjs.saveXML({ format: true })).xml;
  } catch (error) {
    throw new Error(`The diagram cannot be written as BPMN XML: ${error.message}`);
  }
};

/** Validates after the delay, unless another change comes first. */
LiveValidation.prototype.schedule = function(delay = this._delay) {
  if (!this._validate) {
    return;
  }
  clearTimeout(this._timer);
  this.result = null;
  this._eventBus.fire('blueprintValidation.changed', { state: 'pending' });
  this._timer = setTimeout(() => this.validateNow().catch(() => {}), delay);
};

/**
 * Validates the current diagram at once.
 *
 * @return {Promise<{valid:boolean, errors:Array, warnings:Array}>} rejects when the server
 *   cannot be asked (the error is also announced)
 */
LiveValidation.prototype.validateNow = async function() {
  clearTimeout(this._timer);
  const sequence = ++this._sequence;
  this._eventBus.fire('blueprintValidation.changed', { state: 'checking' });
  try {
    const xml = await this._xml();
    const result = await this._validate(xml);
    if (sequence === this._sequence) {
      this.result = result;
      this._markers.show(result);
      this._eventBus.fire('blueprintValidation.changed', { state: 'done', result });
    }
    return result;
  } catch (error) {
    if (sequence === this._sequence) {
      this.result = null;
      this._markers.clear();
      this._eventBus.fire('blueprintValidation.changed', { state: 'failed', error });
    }
    throw error;
  }
};
