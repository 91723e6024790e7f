import { createModeler } from '../src/modeler/createModeler.js';

/**
 * A blueprint modeler in the test's DOM, with the properties panel and without input
 * debouncing, so a typed value reaches the model at once.
 */
export async function openModeler(xml, { validate, validationDelay } = {}) {
  document.body.replaceChildren();
  const container = document.createElement('div');
  const properties = document.createElement('div');
  container.style.width = '1200px';
  container.style.height = '800px';
  document.body.append(container, properties);
  const modeler = createModeler({
    container, propertiesParent: properties, validate, validationDelay,
    config: { debounceInput: false }
  });
  await modeler.importXML(xml);
  // the panel subscribes to selection changes in effects that run after its first paint
  await settle();
  return { modeler, properties, get: (name) => modeler.get(name) };
}

/**
 * Polls until `check` returns something truthy and returns it; preact renders asynchronously,
 * and later on a busy machine.
 */
export async function until(check, what, timeout = 5000) {
  const start = Date.now();
  for (;;) {
    const value = check();
    if (value) {
      return value;
    }
    if (Date.now() - start > timeout) {
      throw new Error(`Timed out waiting for ${what}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

/**
 * Selects an element and waits until the properties panel shows it (its ID field holds the id).
 */
export async function selectInPanel({ get, properties }, id) {
  const element = get('elementRegistry').get(id);
  await until(() => {
    const shown = properties.querySelector('#bio-properties-panel-id');
    if (shown && shown.value === id) {
      return true;
    }
    // the panel may not have subscribed yet: select again
    get('selection').select(null);
    get('selection').select(element);
    return false;
  }, `the properties panel to show ${id}`);
  // preact binds the entries' input handlers in effects, which run at the latest 100 ms after paint
  await new Promise((resolve) => setTimeout(resolve, 150));
  return element;
}

/** Lets preact and the event bus finish what a change started. */
export const settle = () => new Promise((resolve) => setTimeout(resolve, 50));

/** Types into an input or picks an option the way a browser reports it (input, then change). */
export function enter(field, value) {
  field.value = value;
  field.dispatchEvent(new Event('input', { bubbles: true }));
  field.dispatchEvent(new Event('change', { bubbles: true }));
}
