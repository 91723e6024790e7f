import { showMessageIn } from '../../shell/dom.js';

/**
 * The message line under the toolbar: one message at a time, success, error or info.
 * Messages stay until the next one or until closed, so a person can read them.
 */
const box = () => document.getElementById('message');

export function showMessage(kind, text) {
  showMessageIn(box(), kind, text);
}

export function clearMessage() {
  const element = box();
  element.hidden = true;
  element.replaceChildren();
}
