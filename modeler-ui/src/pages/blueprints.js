import { api } from '../api/client.js';
import '../style.css';

const container = document.getElementById('blueprints');

function cell(text) {
  const td = document.createElement('td');
  td.textContent = text;
  return td;
}

function render(blueprints) {
  container.replaceChildren();
  if (blueprints.length === 0) {
    const empty = document.createElement('p');
    empty.className = 'empty';
    empty.textContent = 'No blueprints are deployed yet. Deploy one with POST /api/blueprints.';
    container.append(empty);
    return;
  }
  const table = document.createElement('table');
  table.className = 'list';
  const head = table.createTHead().insertRow();
  for (const title of ['Blueprint', 'Key', 'Version', 'Deployed']) {
    const th = document.createElement('th');
    th.textContent = title;
    head.append(th);
  }
  const body = table.createTBody();
  for (const blueprint of blueprints) {
    const row = body.insertRow();
    row.dataset.key = blueprint.key;
    row.append(
      cell(blueprint.name || blueprint.key),
      cell(blueprint.key),
      cell(String(blueprint.version)),
      cell(blueprint.deployedAt ? new Date(blueprint.deployedAt).toLocaleString() : '—')
    );
  }
  container.append(table);
}

api('/blueprints')
  .then(render)
  .catch((error) => {
    const message = document.createElement('p');
    message.className = 'error';
    message.textContent = 'Could not load the blueprints: ' + error.message;
    container.replaceChildren(message);
  });
