import { getBlueprint, getBlueprintXml, listBlueprints } from '../../api/blueprints.js';
import { describeError } from '../../api/client.js';
import { checkKey, keyFromName, newBlueprintXml } from '../../modeler/template.js';
import { showMessage } from './message.js';

/** "New blueprint": asks for a name (and key), then starts from the template. */
export function mountNewDialog(session) {
  const dialog = document.getElementById('new-dialog');
  const form = dialog.querySelector('form');
  const name = form.elements.name;
  const key = form.elements.key;
  const error = dialog.querySelector('.dialog__error');
  let keyEdited = false;

  name.addEventListener('input', () => {
    if (!keyEdited) {
      key.value = keyFromName(name.value || 'new blueprint');
    }
  });
  key.addEventListener('input', () => {
    keyEdited = true;
  });
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const problem = name.value.trim() ? checkKey(key.value.trim()) : 'Give the blueprint a name.';
    error.textContent = problem || '';
    if (problem) {
      return;
    }
    dialog.close();
    await session.load(newBlueprintXml({ key: key.value.trim(), name: name.value.trim() }), { source: 'template' });
    history.replaceState(null, '', '/modeler');
    showMessage('info', 'New blueprint from the template. Add steps from the palette on the left; set targets under Blueprint in the properties.');
  });
  dialog.querySelector('[data-cancel]').addEventListener('click', () => dialog.close());

  return () => {
    if (!session.confirmDiscard('Start a new blueprint')) {
      return;
    }
    name.value = 'New service blueprint';
    key.value = keyFromName(name.value);
    keyEdited = false;
    error.textContent = '';
    dialog.showModal();
    name.select();
  };
}

/** "Open": lists the deployed blueprints and their versions and opens the chosen one. */
export function mountOpenDialog(session) {
  const dialog = document.getElementById('open-dialog');
  const form = dialog.querySelector('form');
  const blueprint = form.elements.blueprint;
  const version = form.elements.version;
  const status = dialog.querySelector('.dialog__status');
  const submit = form.querySelector('[type=submit]');

  const loadVersions = async () => {
    version.replaceChildren(new Option('Latest', ''));
    if (!blueprint.value) {
      return;
    }
    try {
      const model = await getBlueprint(blueprint.value);
      for (const v of [...(model.versions || [])].sort((a, b) => b - a)) {
        version.append(new Option(`Version ${v}`, String(v)));
      }
    } catch (error) {
      status.textContent = 'Could not load the versions: ' + describeError(error);
    }
  };
  blueprint.addEventListener('change', loadVersions);

  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    status.textContent = 'Opening…';
    const ok = await openDeployed(session, blueprint.value, version.value || undefined);
    if (ok) {
      dialog.close();
    } else {
      status.textContent = 'The blueprint could not be opened; see the message above.';
    }
  });
  dialog.querySelector('[data-cancel]').addEventListener('click', () => dialog.close());

  return async () => {
    if (!session.confirmDiscard('Open another blueprint')) {
      return;
    }
    blueprint.replaceChildren();
    version.replaceChildren(new Option('Latest', ''));
    submit.disabled = true;
    status.textContent = 'Loading blueprints…';
    dialog.showModal();
    try {
      const blueprints = await listBlueprints();
      if (!blueprints.length) {
        status.textContent = 'No blueprints are deployed yet. Start a new one from the template.';
        return;
      }
      for (const b of blueprints) {
        blueprint.append(new Option(`${b.name || b.key} (${b.key}, latest v${b.version})`, b.key));
      }
      status.textContent = '';
      submit.disabled = false;
      await loadVersions();
    } catch (error) {
      status.textContent = 'Could not load the blueprints: ' + describeError(error);
    }
  };
}

/** Opens a deployed blueprint (latest or a version); true when it is open. */
export async function openDeployed(session, key, version) {
  try {
    const xml = await getBlueprintXml(key, version);
    const model = await getBlueprint(key, version);
    await session.load(xml, { source: 'deployed', key, version: model.version });
    history.replaceState(null, '', `/modeler?key=${encodeURIComponent(key)}${version ? `&version=${version}` : ''}`);
    return true;
  } catch (error) {
    showMessage('error', `Could not open ${key}: ${describeError(error)}`);
    return false;
  }
}
