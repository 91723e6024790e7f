import { api } from '../api/client.js';
import { el } from './dom.js';

/**
 * Puts a "demo data" banner at the top of `container` when the installation's history was
 * seeded with simulated cases (`GET /api/about` → `{demo: {seeded, seededAt?, cases?}}`). A
 * server without that endpoint, or any failure, shows nothing: the banner is a courtesy.
 *
 * @param {HTMLElement} container
 * @return {Promise<boolean>} whether the banner is shown
 */
export async function mountDemoBanner(container) {
  let about;
  try {
    about = await api('/about');
  } catch {
    return false;
  }
  const demo = about && about.demo;
  if (!demo || !demo.seeded) {
    return false;
  }
  const count = Number.isFinite(demo.cases) && demo.cases > 0 ? `${demo.cases.toLocaleString()} simulated cases` : 'simulated cases';
  const when = demo.seededAt ? `, created ${new Date(demo.seededAt).toLocaleDateString()}` : '';
  container.prepend(el('p', { className: 'demo-banner', attrs: { role: 'note' } },
    el('strong', {}, 'Demo data'),
    ` — the history here is ${count}${when}, not real service. Cases you work now are real and count too.`));
  return true;
}
