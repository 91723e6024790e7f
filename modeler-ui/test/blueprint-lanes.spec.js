// @vitest-environment happy-dom
import { describe, expect, test } from 'vitest';
import xml from './small-blueprint.bpmn?raw';
import { openModeler } from './modeler-harness.js';

const layerOf = (lane) => lane.businessObject.get('blueprint:layer');
const tagOf = (get, id) => get('elementRegistry').getGraphics(id).querySelector('.sl-layer-tag');

describe('new lanes', () => {
  test('take the layer of the lane they are added above or below', async () => {
    const { get } = await openModeler(xml);
    const bar = get('elementRegistry').get('Lane_Bar');

    const below = get('modeling').addLane(bar, 'bottom');
    const above = get('modeling').addLane(get('elementRegistry').get('Lane_Guest'), 'top');

    expect(layerOf(below)).toBe('backstage');
    expect(layerOf(above)).toBe('customer');
    expect(tagOf(get, below.id).textContent).toBe('BACK STAGE');
  });

  test('lose lane and layer together on one undo', async () => {
    const { get } = await openModeler(xml);
    const lane = get('modeling').addLane(get('elementRegistry').get('Lane_Stock'), 'bottom');

    get('commandStack').undo();

    expect(get('elementRegistry').get(lane.id)).toBeUndefined();
    expect(get('commandStack').canUndo()).toBe(false);
  });

  test('made by dividing a lane keep its layer', async () => {
    const { get } = await openModeler(xml);
    const counter = get('elementRegistry').get('Lane_Counter');

    get('modeling').splitLane(counter, 2);

    const parts = counter.children.filter((child) => child.type === 'bpmn:Lane');
    expect(parts).toHaveLength(2);
    expect(parts.map(layerOf)).toEqual(['frontstage', 'frontstage']);
  });
});

describe('lane tint', () => {
  const fill = (get, id) => {
    const rect = get('elementRegistry').getGraphics(id).querySelector('.djs-visual rect');
    return rect.style.fill || rect.getAttribute('fill');
  };

  test('is the same for lanes of one layer and follows a change of layer', async () => {
    const { get } = await openModeler(xml);
    expect(fill(get, 'Lane_Counter')).toBe(fill(get, 'Lane_Window'));
    expect(fill(get, 'Lane_Window')).not.toBe(fill(get, 'Lane_Stock'));

    get('modeling').updateProperties(get('elementRegistry').get('Lane_Window'), { 'blueprint:layer': 'support' });

    expect(fill(get, 'Lane_Window')).toBe(fill(get, 'Lane_Stock'));
    expect(tagOf(get, 'Lane_Window').textContent).toBe('SUPPORT');
  });

  test('is left off a lane without a layer, whose tag asks for one', async () => {
    const { get } = await openModeler(xml);

    get('modeling').updateProperties(get('elementRegistry').get('Lane_Window'), { 'blueprint:layer': undefined });

    expect([fill(get, 'Lane_Counter'), fill(get, 'Lane_Stock')]).not.toContain(fill(get, 'Lane_Window'));
    expect(tagOf(get, 'Lane_Window').textContent).toMatch(/NO LAYER: choose one/);
  });
});
