/**
 * Builds an element: `el('td', { className: 'num', dataset: { ms: 5 } }, 'text', child)`.
 * Strings become text nodes, never markup, so names from users' blueprints are always shown as
 * text. `null`, `undefined` and `false` children are left out; arrays are flattened.
 *
 * @param {string} tag
 * @param {object} [props] properties (`className`, `hidden`, `href`, …), plus `dataset`,
 *   `attrs` (attributes, e.g. `aria-*`) and `on` (event listeners by event name)
 * @param {...(Node|string|number|Array|null|undefined|false)} children
 * @return {HTMLElement}
 */
export function el(tag, props = {}, ...children) {
  const element = document.createElement(tag);
  const { dataset, attrs, on, ...rest } = props || {};
  Object.assign(element, rest);
  Object.assign(element.dataset, dataset || {});
  for (const [name, value] of Object.entries(attrs || {})) {
    if (value !== undefined && value !== null && value !== false) {
      element.setAttribute(name, value === true ? '' : String(value));
    }
  }
  for (const [event, listener] of Object.entries(on || {})) {
    element.addEventListener(event, listener);
  }
  element.append(...flatten(children));
  return element;
}

function flatten(children) {
  return children.flat(Infinity)
    .filter((child) => child !== null && child !== undefined && child !== false)
    .map((child) => (child instanceof Node ? child : String(child)));
}

/**
 * Shows a message in `box` (an element with class `message`): success, error or info, until the
 * next one or until closed. The text is set as text; `extra` nodes (a link, say) follow it.
 *
 * @param {HTMLElement} box
 * @param {'success'|'error'|'info'} kind
 * @param {string} text
 * @param {...Node} extra
 */
export function showMessageIn(box, kind, text, ...extra) {
  box.className = `message message--${kind}`;
  const close = el('button', { type: 'button', className: 'message__close', attrs: { 'aria-label': 'Dismiss message' },
    on: { click: () => { box.hidden = true; } } }, '×');
  box.replaceChildren(el('span', { className: 'message__text' }, text), ...extra, close);
  box.hidden = false;
}
