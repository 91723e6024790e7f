import 'bpmn-js/dist/assets/diagram-js.css';
import 'bpmn-js/dist/assets/bpmn-js.css';
import './dashboard.css';
import { getBlueprintXml, listBlueprints } from '../../api/blueprints.js';
import { describeError } from '../../api/client.js';
import { getStatistics, getTrend, statisticsCsvUrl } from '../../api/statistics.js';
import { mountCaseRoute } from '../../cases/caseView.js';
import { mountDemoBanner } from '../../shell/demo.js';
import { el } from '../../shell/dom.js';
import { mountFrame } from '../../shell/frame.js';
import { mountFilters } from './filters.js';
import { mountOverdue } from './overdue.js';
import { renderLayers, renderTrend, trendSteps } from './panels.js';
import { StatsDiagram, diagramLegend } from './statsDiagram.js';
import { caseSummary } from './summary.js';
import { staffTable, stepsTable } from './tables.js';

mountFrame('dashboard');
mountDemoBanner(document.querySelector('main'));
mountCaseRoute({ content: document.getElementById('dashboard-view'), section: document.getElementById('case-view'),
  backLabel: 'Back to the dashboard' });

const $ = (id) => document.getElementById(id);
const view = $('dashboard');
const status = $('dashboard-status');
const diagram = new StatsDiagram($('stats-diagram'));
const names = new Map();
let filter = null;
let report = null;
let loads = 0;

const overdue = mountOverdue($('overdue'), {
  scope: () => ($('overdue-scope').value === 'all' || !filter ? null : filter.key),
  names: () => names
});
$('overdue-scope').addEventListener('change', () => overdue.refresh());

function say(kind, text) {
  status.className = kind === 'progress' ? 'muted' : `message message--${kind}`;
  status.textContent = text;
  status.hidden = !text;
}

function mode() {
  return document.querySelector('input[name=diagram-view]:checked').value;
}

function paintDiagram() {
  diagram.paint(report.steps, mode());
  $('diagram-legend').replaceChildren(diagramLegend(mode()));
}

async function load(next) {
  filter = next;
  const query = { from: next.bounds.from, to: next.bounds.to, version: next.version };
  $('csv').href = statisticsCsvUrl(next.key, query);
  $('csv').setAttribute('download', `${next.key}-steps.csv`);
  overdue.refresh();
  if (next.bounds.error) {
    say('error', next.bounds.error);
    return;
  }
  const stamp = ++loads;
  view.setAttribute('aria-busy', 'true');
  view.dataset.state = 'loading';
  say('progress', `Loading the numbers of ${next.name} for ${next.label}…`);
  try {
    const [statistics, xml] = await Promise.all([getStatistics(next.key, query),
      getBlueprintXml(next.key, next.version || undefined)]);
    if (stamp !== loads) {
      return;
    }
    report = statistics;
    render(next);
    await diagram.show(xml);
    paintDiagram();
    await refreshTrend();
    say('', '');
    view.dataset.state = 'ready';
    view.dataset.blueprint = next.key;
  } catch (error) {
    if (stamp === loads) {
      say('error', `Could not load the numbers of ${next.name}: ${describeError(error)}`);
      view.dataset.state = 'failed';
    }
  } finally {
    view.removeAttribute('aria-busy');
  }
}

function render(next) {
  const { cases, steps, staff } = report;
  const nothing = cases.completed === 0 && steps.every((step) => step.count === 0);
  $('no-data').hidden = !nothing;
  $('no-data').textContent = `No case of ${next.name} ended in ${next.label}${next.version ? ` on version ${next.version}` : ''}. `
    + 'Choose a longer period or all versions — or have staff work cases in the tasklist; they count here as soon as they end.';
  $('period-label').textContent = `${next.name} · ${next.version ? `version ${next.version}` : 'all versions'} · ${next.label}`;
  $('case-summary').replaceChildren(...caseSummary(cases));
  renderLayers($('layers'), report);
  $('steps').replaceChildren(stepsTable(steps));
  $('staff').replaceChildren(staff.length ? staffTable(staff, steps)
    : el('p', { className: 'empty' }, 'No user task was completed in this period, so there is nothing to report per staff member yet.'));
  const select = $('trend-step');
  const chosen = select.value;
  select.replaceChildren(el('option', { value: '' }, 'Whole case'),
    ...trendSteps(steps).map((step) => el('option', { value: step.id }, step.name || step.id)));
  select.value = [...select.options].some((option) => option.value === chosen) ? chosen : '';
}

async function refreshTrend() {
  const step = $('trend-step').value;
  const query = { from: filter.bounds.from, to: filter.bounds.to, version: filter.version, step };
  const days = await getTrend(filter.key, query);
  const figures = step ? report.steps.find((candidate) => candidate.id === step) : report.cases;
  const what = step ? `“${figures.name || step}”` : 'the whole case';
  renderTrend($('trend'), days, figures.targetDuration, what);
}

for (const input of document.querySelectorAll('input[name=diagram-view]')) {
  input.addEventListener('change', () => report && paintDiagram());
}
$('trend-step').addEventListener('change', () => refreshTrend().catch((error) => say('error', `Could not load the trend: ${describeError(error)}`)));

listBlueprints().then((blueprints) => {
  blueprints.forEach((blueprint) => names.set(blueprint.key, blueprint.name || blueprint.key));
  if (!blueprints.length) {
    say('', '');
    $('no-blueprints').hidden = false;
    view.hidden = true;
    $('filters').hidden = true;
    overdue.refresh();
    return;
  }
  mountFilters($('filters'), blueprints, load);
}).catch((error) => say('error', `Could not load the blueprints: ${describeError(error)}`));
