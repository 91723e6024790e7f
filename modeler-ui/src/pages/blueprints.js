import { listBlueprints } from '../api/blueprints.js';
import { describeError } from '../api/client.js';
import { mountFrame } from '../shell/frame.js';

mountFrame('blueprints');

const container = document.getElementById('blueprints');

function cell(content) {
  const td = document.createElement('td');
  td.append(content);
  return td;
}

function modelerLink(key) {
  const link = document.createElement('a');
  link.href = '/modeler?key=' + encodeURIComponent(key);
  link.textContent = 'Open in modeler';
  return link;
}

function render(blueprints) {
  container.replaceChildren();
  if (blueprints.length === 0) {
    const empty = document.createElement('p');
    empty.className = 'empty';
    empty.append('No blueprints are deployed yet. ');
    const link = document.createElement('a');
    link.href = '/modeler';
    link.textContent = 'Draw the first one in the modeler.';
    empty.append(link);
    container.append(empty);
    return;
  }
  const table = document.createElement('table');
  table.className = 'list';
  const head = table.createTHead().insertRow();
  for (const title of ['Blueprint', 'Key', 'Version', 'Deployed', '']) {
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
      cell(blueprint.deployedAt ? new Date(blueprint.deployedAt).toLocaleString() : '—'),
      cell(modelerLink(blueprint.key))
    );
  }
  container.append(table);
}

listBlueprints()
  .then(render)
  .catch((error) => {
    const message = document.createElement('p');
    message.className = 'message message--error';
    message.textContent = 'Could not load the blueprints: ' + describeError(error);
    container.replaceChildren(message);
  });
