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

/** Lets preact and the event bus finish what a change started. */
export const settle = () => new Promise((resolve) => setTimeout(resolve, 50));

/** Types into an input or picks an option the way a browser reports it (input, then change). */
export function enter(field, value) {
  field.value = value;
  field.dispatchEvent(new Event('input', { bubbles: true }));
  field.dispatchEvent(new Event('change', { bubbles: true }));
}
