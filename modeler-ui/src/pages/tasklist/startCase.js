import { listBlueprints } from '../../api/blueprints.js';
import { startCase } from '../../api/cases.js';
import { describeError } from '../../api/client.js';
import { caseHref } from '../../cases/caseView.js';
import { el } from '../../shell/dom.js';

/**
 * The "start a case" form: any deployed blueprint (its latest version), business key optional.
 *
 * @param {HTMLFormElement} form with a `blueprint` select, a `businessKey` input and a submit button
 * @param {(kind: string, text: string, ...extra: Node[]) => void} say shows the outcome
 * @param {(started: object) => void} started called after a case started
 */
export async function mountStartCase(form, say, started) {
  const select = form.elements.namedItem('blueprint');
  const button = form.querySelector('button[type=submit]');
  select.replaceChildren(el('option', { value: '' }, 'Loading blueprints…'));
  button.disabled = true;
  let blueprints;
  try {
    blueprints = await listBlueprints();
  } catch (error) {
    select.replaceChildren(el('option', { value: '' }, 'Blueprints unavailable'));
    say('error', `Could not load the blueprints to start a case: ${describeError(error)}`);
    return;
  }
  if (!blueprints.length) {
    select.replaceChildren(el('option', { value: '' }, 'No blueprint deployed yet'));
    form.querySelector('.start-case__hint').textContent = 'A designer deploys blueprints in the modeler; then cases can start here.';
    return;
  }
  const names = new Map(blueprints.map((blueprint) => [blueprint.key, blueprint.name || blueprint.key]));
  select.replaceChildren(...[...blueprints]
    .sort((a, b) => names.get(a.key).localeCompare(names.get(b.key)))
    .map((blueprint) => el('option', { value: blueprint.key }, names.get(blueprint.key))));
  button.disabled = false;

  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const key = select.value;
    const businessKey = form.elements.namedItem('businessKey').value.trim();
    button.disabled = true;
    button.textContent = 'Starting…';
    try {
      const result = await startCase(key, businessKey || undefined);
      form.elements.namedItem('businessKey').value = '';
      say('success', `Started case ${result.businessKey || result.id.slice(0, 8)} of ${names.get(key)} (version ${result.version}). `
        + 'Its first tasks appear in the list for the teams that work them. ',
      el('a', { href: caseHref(result.id) }, 'Open the case'));
      started(result);
    } catch (error) {
      say('error', `Could not start a case of ${names.get(key)}: ${describeError(error)}`);
    } finally {
      button.disabled = false;
      button.textContent = 'Start case';
    }
  });
}
