import 'bpmn-js/dist/assets/diagram-js.css';
import 'bpmn-js/dist/assets/bpmn-js.css';
import 'bpmn-js/dist/assets/bpmn-font/css/bpmn-embedded.css';
import '@bpmn-io/properties-panel/dist/assets/properties-panel.css';
import './modeler.css';
import { validateBlueprint } from '../../api/blueprints.js';
import { mountFrame } from '../../shell/frame.js';
import { createModeler } from '../../modeler/createModeler.js';
import { mountDeploy } from './deploy.js';
import { mountNewDialog, mountOpenDialog, openDeployed } from './dialogs.js';
import { mountFiles } from './files.js';
import { clearMessage } from './message.js';
import { mountProblems } from './problems.js';
import { Session } from './session.js';

mountFrame('modeler');

// a file the server cannot even read as BPMN is a validation answer too, not a failure
async function validate(xml) {
  try {
    return await validateBlueprint(xml);
  } catch (error) {
    if (error.status === 400 || error.status === 422) {
      const errors = error.details && error.details.length ? error.details : [{ message: error.message }];
      return { valid: false, errors, warnings: [] };
    }
    throw error;
  }
}

const modeler = createModeler({ container: '#canvas', propertiesParent: '#properties', validate });
// for the browser tests and the developer console
window.stagelineModeler = modeler;
const session = new Session(modeler, showState);
// keep the diagram's idea of its size right when the panels around it change
new ResizeObserver(() => modeler.get('canvas').resized()).observe(document.getElementById('canvas'));
const deployState = mountDeploy(modeler, session);
mountProblems(modeler, deployState);
mountFiles(modeler, session);
const startNew = mountNewDialog(session);
const openDialog = mountOpenDialog(session);

for (const button of document.querySelectorAll('[data-action=new]')) {
  button.addEventListener('click', () => {
    clearMessage();
    startNew();
  });
}
for (const button of document.querySelectorAll('[data-action=open]')) {
  button.addEventListener('click', () => {
    clearMessage();
    openDialog();
  });
}
document.querySelector('[data-action=import-empty]').addEventListener('click', () => document.getElementById('import').click());

window.addEventListener('beforeunload', (event) => {
  if (session.dirty) {
    event.preventDefault();
    event.returnValue = '';
  }
});

function showState() {
  const { meta, dirty } = session;
  document.body.classList.toggle('has-diagram', Boolean(meta));
  document.getElementById('empty-state').hidden = Boolean(meta);
  for (const id of ['download-bpmn', 'download-svg']) {
    document.getElementById(id).disabled = !meta;
  }
  const title = document.getElementById('title');
  const where = document.getElementById('title-source');
  if (!meta) {
    title.textContent = 'No blueprint open';
    where.textContent = '';
  } else {
    title.textContent = session.name();
    where.textContent = {
      template: `${session.key()} · new, not deployed`,
      deployed: `${meta.key} · version ${meta.version}`,
      file: `${session.key() || '—'} · from ${meta.fileName}`
    }[meta.source];
  }
  document.getElementById('dirty').hidden = !dirty;
  document.title = meta ? `${session.name()}${dirty ? ' •' : ''} — Stageline modeler` : 'Stageline — modeler';
  deployState({ state: 'pending' });
}

const params = new URLSearchParams(location.search);
showState();
if (params.get('key')) {
  openDeployed(session, params.get('key'), params.get('version') || undefined);
} else if (params.has('new')) {
  startNew();
}
