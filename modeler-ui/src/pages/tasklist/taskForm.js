import { describeError } from '../../api/client.js';
import { el } from '../../shell/dom.js';
import { readForm, toDateInput } from './formValues.js';

const INPUT_TYPES = { long: 'number', date: 'date', string: 'text' };

/** One typed input for a form field; the field's constraints become the input's own. */
function input(field) {
  const constraints = field.constraints || {};
  const common = { name: field.id, id: `field-${field.id}`, disabled: 'readonly' in constraints, required: field.required };
  if (field.type === 'boolean') {
    return el('input', { ...common, type: 'checkbox', checked: field.defaultValue === true || field.defaultValue === 'true' });
  }
  if (field.type === 'enum') {
    const choices = (field.values || []).map((choice) =>
      el('option', { value: choice.id, selected: choice.id === field.defaultValue }, choice.name || choice.id));
    const none = el('option', { value: '', selected: !field.defaultValue }, field.required ? 'Choose…' : '(none)');
    return el('select', common, none, choices);
  }
  const value = field.defaultValue === null || field.defaultValue === undefined ? ''
    : field.type === 'date' ? toDateInput(field.defaultValue) : String(field.defaultValue);
  const attrs = {
    min: field.type === 'long' ? constraints.min : undefined,
    max: field.type === 'long' ? constraints.max : undefined,
    step: field.type === 'long' ? 1 : undefined,
    minlength: field.type === 'string' ? constraints.minlength : undefined,
    maxlength: field.type === 'string' ? constraints.maxlength : undefined
  };
  return el('input', { ...common, type: INPUT_TYPES[field.type] || 'text', value, attrs });
}

function row(field) {
  const control = input(field);
  const error = el('span', { className: 'field__error', id: `field-${field.id}-error` });
  control.setAttribute('aria-describedby', error.id);
  const label = el('span', { className: 'field__label' }, field.label, field.required ? el('abbr', { title: 'required' }, ' *') : null);
  const kind = field.type === 'boolean' ? 'field field--check' : 'field';
  return el('div', { className: kind, dataset: { field: field.id, type: field.type } },
    field.type === 'boolean' ? el('label', { htmlFor: control.id }, control, label) : [el('label', { htmlFor: control.id }, label), control],
    error);
}

/**
 * The generated form of a task's fields, checked in the browser before it is sent. `submit`
 * gets the variables and returns a promise; when it rejects, its message stays next to the
 * form (the server names the field it refused).
 *
 * @param {Array} fields the task's form fields
 * @param {{submit: (variables: object) => Promise, cancel: () => void}} actions
 * @return {HTMLFormElement}
 */
export function taskForm(fields, { submit, cancel }) {
  const problems = el('p', { className: 'form-error', attrs: { role: 'alert' }, hidden: true });
  const send = el('button', { type: 'submit', className: 'primary' }, 'Complete task');
  const form = el('form', { className: 'task-form', noValidate: true },
    el('p', { className: 'task-form__intro muted' }, 'This step records the following.',
      fields.some((field) => field.required) ? ' Fields marked * are required.' : ''),
    fields.map(row),
    problems,
    el('div', { className: 'task-form__actions' },
      send, el('button', { type: 'button', on: { click: cancel } }, 'Cancel')));

  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const raw = Object.fromEntries(fields.map((field) => {
      const control = form.elements.namedItem(field.id);
      return [field.id, control.type === 'checkbox' ? control.checked : control.value];
    }));
    const { variables, errors } = readForm(fields, raw);
    for (const field of fields) {
      const control = form.elements.namedItem(field.id);
      control.setAttribute('aria-invalid', String(Boolean(errors[field.id])));
      form.querySelector(`#field-${CSS.escape(field.id)}-error`).textContent = errors[field.id] || '';
    }
    const count = Object.keys(errors).length;
    if (count) {
      show(problems, `Fix ${count === 1 ? 'the marked field' : `the ${count} marked fields`} to complete the task.`);
      form.elements.namedItem(Object.keys(errors)[0]).focus();
      return;
    }
    problems.hidden = true;
    send.disabled = true;
    send.textContent = 'Completing…';
    try {
      await submit(variables);
    } catch (error) {
      show(problems, `Not completed: ${describeError(error)}`);
      send.disabled = false;
      send.textContent = 'Complete task';
    }
  });
  return form;
}

function show(box, text) {
  box.textContent = text;
  box.hidden = false;
}
