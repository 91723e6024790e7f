import { showMessage } from './message.js';

/** Import from disk and the two downloads (.bpmn and .svg). */
export function mountFiles(modeler, session) {
  const input = document.getElementById('import-file');
  document.getElementById('import').addEventListener('click', () => {
    if (session.confirmDiscard('Import another file')) {
      input.click();
    }
  });
  input.addEventListener('change', async () => {
    const file = input.files && input.files[0];
    input.value = '';
    if (file) {
      await importText(session, await file.text(), file.name);
    }
  });

  document.getElementById('download-bpmn').addEventListener('click', async () => {
    const { xml } = await modeler.saveXML({ format: true });
    download(`${session.key() || 'blueprint'}.bpmn`, xml, 'application/xml');
    session.markSaved();
  });

  document.getElementById('download-svg').addEventListener('click', async () => {
    const { svg } = await modeler.saveSVG();
    // the lines are drawn on a layer of their own; put them into the picture too
    const lines = modeler.get('blueprintLines').toSVG();
    download(`${session.key() || 'blueprint'}.svg`, svg.replace(/<\/svg>\s*$/, lines + '</svg>'), 'image/svg+xml');
  });
}

/** Opens BPMN text from a file; reports a file that is not BPMN without losing the open diagram. */
export async function importText(session, xml, fileName) {
  try {
    const warnings = await session.load(xml, { source: 'file', fileName });
    if (warnings.length) {
      showMessage('info', `Opened ${fileName}, skipping ${warnings.length} part(s) bpmn-js does not understand: ${warnings[0]}`);
    } else {
      showMessage('info', `Opened ${fileName}. Validation checks whether it is a blueprint.`);
    }
  } catch (error) {
    showMessage('error', `${fileName}: ${error.message}`);
  }
}

function download(name, text, type) {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
