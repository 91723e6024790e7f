import { getBlueprint } from '../../api/blueprints.js';
import { el } from '../../shell/dom.js';
import { PERIODS, dateInputValue, describePeriod, periodBounds } from './period.js';

/**
 * The dashboard's filter bar: blueprint, version (or all) and period (presets or custom days).
 * The choice lives in the address (`?blueprint=…&version=…&period=…`), so a reload or a shared
 * link shows the same numbers.
 *
 * @param {HTMLFormElement} form with selects `blueprint`, `version`, `period` and date inputs `from`, `to`
 * @param {Array} blueprints `GET /api/blueprints`
 * @param {(filter: object) => void} changed gets `{key, name, version, period, days, bounds, label}`
 */
export function mountFilters(form, blueprints, changed) {
  const field = (name) => form.elements.namedItem(name);
  const params = new URLSearchParams(location.search);
  const sorted = [...blueprints].sort((a, b) => (a.name || a.key).localeCompare(b.name || b.key));
  field('blueprint').replaceChildren(...sorted.map((blueprint) => el('option', { value: blueprint.key }, blueprint.name || blueprint.key)));
  field('period').replaceChildren(...PERIODS.map((period) => el('option', { value: period.id }, period.label)));
  const wanted = params.get('blueprint');
  field('blueprint').value = sorted.some((blueprint) => blueprint.key === wanted) ? wanted : sorted[0].key;
  field('period').value = PERIODS.some((period) => period.id === params.get('period')) ? params.get('period') : '30d';
  field('from').value = params.get('from') || dateInputValue(new Date(Date.now() - 6 * 86400000));
  field('to').value = params.get('to') || dateInputValue(new Date());
  let version = params.get('version') || '';

  async function loadVersions() {
    const select = field('version');
    select.disabled = true;
    try {
      const model = await getBlueprint(field('blueprint').value);
      select.replaceChildren(el('option', { value: '' }, 'All versions'),
        ...[...model.versions].sort((a, b) => b - a).map((number) => el('option', { value: String(number) }, `Version ${number}`)));
      select.value = model.versions.map(String).includes(version) ? version : '';
    } catch {
      select.replaceChildren(el('option', { value: '' }, 'All versions'));
    }
    select.disabled = false;
  }

  function current() {
    const key = field('blueprint').value;
    const period = field('period').value;
    const days = { from: field('from').value, to: field('to').value };
    const blueprint = blueprints.find((candidate) => candidate.key === key);
    form.classList.toggle('filters--custom', period === 'custom');
    return { key, name: blueprint.name || key, version: field('version').value, period, days,
      bounds: periodBounds(period, days), label: describePeriod(period, days) };
  }

  function emit() {
    const filter = current();
    const query = new URLSearchParams({ blueprint: filter.key, period: filter.period });
    if (filter.version) {
      query.set('version', filter.version);
    }
    if (filter.period === 'custom') {
      query.set('from', filter.days.from);
      query.set('to', filter.days.to);
    }
    history.replaceState(null, '', `?${query}${location.hash}`);
    changed(filter);
  }

  form.addEventListener('submit', (event) => event.preventDefault());
  form.addEventListener('change', async (event) => {
    if (event.target === field('blueprint')) {
      version = '';
      await loadVersions();
    }
    if (event.target === field('version')) {
      version = field('version').value;
    }
    emit();
  });
  loadVersions().then(emit);
}
