import { deployBlueprint } from '../../api/blueprints.js';
import { describeError } from '../../api/client.js';
import { showMessage } from './message.js';

/**
 * The Deploy button: refused (disabled, with the reason next to it) while validation reports
 * errors; otherwise validates once more, deploys a new version and says which.
 *
 * @return {(validation: {state: string, result?: object}) => void} feeds validation states in
 */
export function mountDeploy(modeler, session) {
  const button = document.getElementById('deploy');
  const hint = document.getElementById('deploy-hint');
  const liveValidation = modeler.get('liveValidation');
  let busy = false;

  const refuse = (reason, kind = 'error') => {
    button.disabled = Boolean(reason) || busy;
    hint.textContent = reason || '';
    hint.dataset.kind = kind;
    hint.hidden = !reason;
  };

  button.addEventListener('click', async () => {
    busy = true;
    button.disabled = true;
    button.textContent = 'Deploying…';
    try {
      const result = await liveValidation.validateNow();
      if (result.errors && result.errors.length) {
        showMessage('error', `Not deployed: fix the ${result.errors.length} error(s) listed under Validation first.`);
        return;
      }
      const { xml } = await modeler.saveXML({ format: true });
      const deployed = await deployBlueprint(xml);
      session.markSaved({ source: 'deployed', key: deployed.key, version: deployed.version });
      history.replaceState(null, '', `/modeler?key=${encodeURIComponent(deployed.key)}`);
      showMessage('success', deployed.created
        ? `Deployed ${deployed.key} as version ${deployed.version}. New cases start on this version.`
        : `Nothing new to deploy: ${deployed.key} version ${deployed.version} is the same blueprint.`);
    } catch (error) {
      if (error.status === 422 && error.details && error.details.length) {
        modeler.get('validationMarkers').show({ errors: error.details, warnings: [] });
      }
      showMessage('error', 'Not deployed: ' + describeError(error));
    } finally {
      busy = false;
      button.textContent = 'Deploy';
      button.disabled = Boolean(hint.textContent);
    }
  });

  return ({ state, result }) => {
    if (!session.meta) {
      refuse('Open or start a blueprint first.', 'info');
    } else if (state === 'done' && result.errors && result.errors.length) {
      refuse(`Fix ${result.errors.length} error${result.errors.length === 1 ? '' : 's'} to deploy.`);
    } else {
      refuse(null);
    }
  };
}
