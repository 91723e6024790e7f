import { describeError } from '../../api/client.js';

/**
 * The validation list under the diagram: the server's errors and warnings, each a button that
 * selects the element it is about and scrolls it into view.
 */
export function mountProblems(modeler, onResult) {
  const status = document.getElementById('validation-status');
  const list = document.getElementById('problem-list');
  const markers = modeler.get('validationMarkers');

  const reveal = (elementId) => {
    const element = markers.elementFor(elementId);
    if (!element) {
      return;
    }
    const canvas = modeler.get('canvas');
    modeler.get('selection').select(element);
    canvas.scrollToElement(element, { top: 120, bottom: 120, left: 120, right: 120 });
    canvas.focus();
  };

  const item = (severity, problem) => {
    const li = document.createElement('li');
    li.className = `problem problem--${severity}`;
    const element = markers.elementFor(problem.elementId);
    const where = element ? label(element) : 'Whole blueprint';
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'problem__button';
    button.disabled = !element;
    button.dataset.elementId = problem.elementId || '';
    button.innerHTML = '<span class="problem__icon" aria-hidden="true"></span><span class="problem__where"></span><span class="problem__text"></span>';
    button.querySelector('.problem__icon').textContent = severity === 'error' ? '!' : '?';
    button.querySelector('.problem__where').textContent = where;
    button.querySelector('.problem__text').textContent = problem.message;
    button.title = element ? 'Show this element in the diagram' : '';
    button.addEventListener('click', () => reveal(problem.elementId));
    li.append(button);
    return li;
  };

  modeler.on('blueprintValidation.changed', ({ state, result, error }) => {
    status.dataset.state = state;
    if (state === 'pending' || state === 'checking') {
      status.textContent = 'Checking…';
    } else if (state === 'failed') {
      status.textContent = 'Validation unavailable: ' + describeError(error);
      list.replaceChildren();
    } else {
      const errors = result.errors || [];
      const warnings = result.warnings || [];
      status.textContent = errors.length || warnings.length
        ? `${count(errors.length, 'error')}, ${count(warnings.length, 'warning')}`
        : 'No problems found: ready to deploy.';
      status.dataset.state = errors.length ? 'errors' : 'valid';
      list.replaceChildren(...errors.map((p) => item('error', p)), ...warnings.map((p) => item('warning', p)));
    }
    onResult({ state, result, error });
  });
}

function count(n, word) {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

function label(element) {
  const name = element.businessObject && element.businessObject.name;
  return name ? `${name}` : element.id;
}
