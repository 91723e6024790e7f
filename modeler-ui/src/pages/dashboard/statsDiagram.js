import { is } from 'bpmn-js/lib/util/ModelUtil';
import { formatMillis } from '../../features/duration/index.js';
import { createViewer, showDiagram } from '../../modeler/createViewer.js';
import { el } from '../../shell/dom.js';
import { formatShare } from '../../shell/format.js';
import { HEAT_BANDS, STANDINGS, heatBand, standing } from './standing.js';

const OVERLAY = 'step-statistics';
const STANDING_MARKERS = ['meets', 'risk', 'breach', 'none'].map((kind) => `sl-standing-${kind}`);
const HEAT_MARKERS = HEAT_BANDS.map((band, index) => `sl-heat-${index}`);

/**
 * The blueprint with each step's figures laid over it. `targets` view: p50 and p90 against the
 * target and the within-target share, the step outlined by its standing (meets / at risk /
 * breaches). `heat` view: each step filled by its p50 as a share of its target.
 */
export class StatsDiagram {
  constructor(container) {
    this.viewer = createViewer(container);
    this.xml = null;
  }

  /** Shows a blueprint version; the same XML is not imported twice (the view keeps its zoom). */
  async show(xml) {
    if (xml !== this.xml) {
      this.xml = xml;
      await showDiagram(this.viewer, xml);
    }
  }

  /**
   * @param {Array} steps the report's steps
   * @param {'targets'|'heat'} mode
   */
  paint(steps, mode) {
    const canvas = this.viewer.get('canvas');
    const overlays = this.viewer.get('overlays');
    const registry = this.viewer.get('elementRegistry');
    overlays.remove({ type: OVERLAY });
    for (const step of steps) {
      const shape = registry.get(step.id);
      if (!shape || !is(shape, 'bpmn:Activity')) {
        continue;
      }
      [...STANDING_MARKERS, ...HEAT_MARKERS].forEach((marker) => canvas.removeMarker(shape, marker));
      const kind = standing(step);
      const band = heatBand(step.p50, step.targetDuration);
      if (mode === 'heat') {
        if (band >= 0) {
          canvas.addMarker(shape, HEAT_MARKERS[band]);
        }
      } else {
        canvas.addMarker(shape, `sl-standing-${kind}`);
      }
      overlays.add(shape, OVERLAY, {
        position: { bottom: -3, left: -10 },
        scale: { min: 0.9 },
        html: mode === 'heat' ? heatBadge(step, band) : targetBadge(step, kind)
      });
    }
  }
}

function targetBadge(step, kind) {
  const badge = el('div', { className: `sl-stats sl-stats--${kind}`, dataset: { step: step.id, standing: kind },
    title: `${step.count} completed · ${STANDINGS[kind]}` });
  if (!step.count) {
    badge.append(el('span', {}, 'not run in this period'));
    return badge;
  }
  badge.append(el('span', {}, `p50 ${formatMillis(step.p50)} · p90 ${formatMillis(step.p90)}`),
    el('span', {}, step.targetDuration
      ? `${formatShare(step.withinShare)} within ${formatMillis(step.targetDuration)} (std ${formatShare(step.targetShare)})`
      : 'no target'));
  return badge;
}

function heatBadge(step, band) {
  const share = step.p50 !== null && step.targetDuration ? ` = ${formatShare(step.p50 / step.targetDuration)} of target` : '';
  return el('div', { className: `sl-stats sl-stats--heat`, dataset: { step: step.id, band } },
    el('span', {}, step.count ? `p50 ${formatMillis(step.p50)}${share}` : 'not run in this period'));
}

/** The legend of a view, as a list of swatches. */
export function diagramLegend(mode) {
  const items = mode === 'heat'
    ? HEAT_BANDS.map((band, index) => [`heat-${index}`, `p50 ${band.label}`])
    : [['meets', 'meets: within-target share reached, p90 within target'],
      ['risk', 'at risk: share reached but p90 over target, or share under by less than 5 points'],
      ['breach', 'breaches: share under the standard by 5 points or more']];
  return el('ul', { className: 'legend' }, items.map(([kind, text]) =>
    el('li', {}, el('span', { className: `swatch swatch--${kind}` }), text)));
}
