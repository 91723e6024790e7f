/**
 * The values of a generated task form: from what the inputs hold to the variables the engine
 * takes, checked against each field's type and constraints (`camunda:formData`: required,
 * min, max, minlength, maxlength, readonly). The server checks again and has the last word.
 */

/** `dd/MM/yyyy` (the engine's date form type) ↔ `yyyy-MM-dd` (a date input). */
export function toDateInput(text) {
  const match = /^(\d{2})\/(\d{2})\/(\d{4})$/.exec(String(text || ''));
  return match ? `${match[3]}-${match[2]}-${match[1]}` : '';
}

export function fromDateInput(value) {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  return match ? `${match[3]}/${match[2]}/${match[1]}` : null;
}

const number = (value) => (value === undefined || value === null || value === '' ? undefined : Number(value));

/**
 * Reads a form.
 *
 * @param {Array<{id, label, type, required, constraints}>} fields as `GET /api/tasks/{id}` lists them
 * @param {Object<string, string|boolean>} raw by field id: a checkbox's `checked`, else the input's value
 * @return {{variables: object, errors: Object<string, string>}} errors by field id, for people
 */
export function readForm(fields, raw) {
  const variables = {};
  const errors = {};
  for (const field of fields) {
    const constraints = field.constraints || {};
    if ('readonly' in constraints) {
      continue;
    }
    const value = raw[field.id];
    if (field.type === 'boolean') {
      variables[field.id] = Boolean(value);
      continue;
    }
    const text = typeof value === 'string' ? value.trim() : '';
    if (!text) {
      if (field.required) {
        errors[field.id] = field.type === 'enum' ? `Choose ${field.label}.` : `Enter ${field.label}; it is required.`;
      }
      continue;
    }
    const problem = check(field, text, constraints);
    if (problem) {
      errors[field.id] = problem;
    } else {
      variables[field.id] = convert(field, text);
    }
  }
  return { variables, errors };
}

function check(field, text, constraints) {
  switch (field.type) {
  case 'long': {
    if (!/^-?\d+$/.test(text)) {
      return `${field.label} takes a whole number, such as 3.`;
    }
    const min = number(constraints.min);
    const max = number(constraints.max);
    if (min !== undefined && Number(text) < min) {
      return `${field.label} must be at least ${min}.`;
    }
    if (max !== undefined && Number(text) > max) {
      return `${field.label} must be at most ${max}.`;
    }
    return null;
  }
  case 'date':
    return fromDateInput(text) ? null : `${field.label} takes a date.`;
  case 'enum':
    return (field.values || []).some((choice) => choice.id === text) ? null : `Choose one of the offered ${field.label} values.`;
  default: {
    const min = number(constraints.minlength);
    const max = number(constraints.maxlength);
    if (min !== undefined && text.length < min) {
      return `${field.label} needs at least ${min} characters.`;
    }
    if (max !== undefined && text.length > max) {
      return `${field.label} takes at most ${max} characters.`;
    }
    return null;
  }
  }
}

function convert(field, text) {
  switch (field.type) {
  case 'long':
    return Number(text);
  case 'date':
    return fromDateInput(text);
  default:
    return text;
  }
}
