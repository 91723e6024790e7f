/**
 * The message line under the toolbar: one message at a time, success, error or info.
 * Messages stay until the next one or until closed, so a person can read them.
 */
const box = () => document.getElementById('message');

export function showMessage(kind, text) {
  const element = box();
  element.className = `message message--${kind}`;
  element.replaceChildren();
  const body = document.createElement('span');
  body.className = 'message__text';
  body.textContent = text;
  const close = document.createElement('button');
  close.type = 'button';
  close.className = 'message__close';
  close.setAttribute('aria-label', 'Dismiss message');
  close.textContent = '×';
  close.addEventListener('click', clearMessage);
  element.append(body, close);
  element.hidden = false;
}

export function clearMessage() {
  const element = box();
  element.hidden = true;
  element.replaceChildren();
}
