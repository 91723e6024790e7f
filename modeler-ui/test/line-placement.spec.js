// @vitest-environment happy-dom
import { describe, expect, test } from 'vitest';
import { placeLines } from '../src/features/blueprint-lines/index.js';
import xml from './small-blueprint.bpmn?raw';
import { openModeler } from './modeler-harness.js';

const lane = (y, layer, height = 100) => ({ x: 130, y, width: 770, height, layer });
const at = (lines) => Object.fromEntries(lines.map((line) => [line.id, line.position]));

describe('placeLines', () => {
  test('puts each line on the boundary between two layers, across the lanes', () => {
    const lines = placeLines([lane(50, 'customer'), lane(150, 'frontstage'), lane(250, 'backstage'), lane(350, 'support')]);

    expect(lines.map((line) => line.label)).toEqual(
      ['Line of interaction', 'Line of visibility', 'Line of internal interaction']);
    expect(at(lines)).toEqual({ interaction: 150, visibility: 250, internal: 350 });
    expect(lines.every((line) => line.from === 130 && line.to === 900 && line.horizontal)).toBe(true);
  });

  test('draws the line of visibility below the last of several front-stage lanes', () => {
    const lines = placeLines([lane(50, 'customer'), lane(150, 'frontstage'), lane(250, 'frontstage', 80),
      lane(330, 'backstage'), lane(430, 'support')]);

    expect(at(lines)).toEqual({ interaction: 150, visibility: 330, internal: 430 });
  });

  test('reads lanes in drawing order, whatever order they come in', () => {
    const lines = placeLines([lane(350, 'support'), lane(50, 'customer'), lane(250, 'backstage'), lane(150, 'frontstage')]);

    expect(at(lines)).toEqual({ interaction: 150, visibility: 250, internal: 350 });
  });

  test('lets the lines around an empty layer share a boundary, labels stacked', () => {
    const lines = placeLines([lane(50, 'customer'), lane(150, 'frontstage'), lane(250, 'support')]);

    expect(at(lines)).toEqual({ interaction: 150, visibility: 250, internal: 250 });
    expect(lines.find((line) => line.id === 'visibility').stack).toBe(0);
    expect(lines.find((line) => line.id === 'internal').stack).toBe(1);
  });

  test('puts the line of interaction on top of the pool when there is no customer lane', () => {
    const lines = placeLines([lane(50, 'frontstage'), lane(150, 'backstage'), lane(250, 'support')]);

    expect(at(lines)).toEqual({ interaction: 50, visibility: 150, internal: 250 });
  });

  test('leaves out a line whose layers are out of order, and skips lanes without a layer', () => {
    const lines = placeLines([lane(50, 'customer'), lane(150, 'backstage'), lane(250, 'frontstage'),
      lane(350, undefined), lane(450, 'support')]);

    expect(at(lines)).toEqual({ interaction: 150, internal: 350 });
  });

  test('draws nothing for lanes without layers', () => {
    expect(placeLines([lane(50), lane(150)])).toEqual([]);
    expect(placeLines([])).toEqual([]);
  });

  test('draws vertical lines for vertical pools', () => {
    const columns = [
      { x: 100, y: 30, width: 200, height: 600, layer: 'customer' },
      { x: 300, y: 30, width: 200, height: 600, layer: 'frontstage' },
      { x: 500, y: 30, width: 200, height: 600, layer: 'backstage' },
      { x: 700, y: 30, width: 200, height: 600, layer: 'support' }
    ];
    const lines = placeLines(columns, { horizontal: false });

    expect(at(lines)).toEqual({ interaction: 300, visibility: 500, internal: 700 });
    expect(lines[0]).toMatchObject({ from: 30, to: 630, horizontal: false });
  });
});

describe('the lines in the modeler', () => {
  const drawn = (properties) => Object.fromEntries([...document.querySelectorAll('.sl-blueprint-line')].map((group) => [
    group.getAttribute('data-line'),
    { y: Number(group.querySelector('line').getAttribute('y1')), label: group.querySelector('text').textContent }
  ]));

  test('are drawn labelled between the layers of an imported blueprint', async () => {
    await openModeler(xml);

    expect(drawn()).toEqual({
      interaction: { y: 150, label: 'Line of interaction' },
      visibility: { y: 350, label: 'Line of visibility' },
      internal: { y: 450, label: 'Line of internal interaction' }
    });
  });

  test('follow a lane that is resized, and go back on undo', async () => {
    const { get } = await openModeler(xml);
    const guest = get('elementRegistry').get('Lane_Guest');

    get('modeling').resizeLane(guest, { x: guest.x, y: guest.y, width: guest.width, height: guest.height + 40 });

    // the counter lane below gives up the space, so only the line of interaction moves
    expect(drawn().interaction.y).toBe(190);
    expect(drawn().visibility.y).toBe(350);

    get('commandStack').undo();
    expect(drawn().interaction.y).toBe(150);
  });

  test('move when a lane changes its layer', async () => {
    const { get } = await openModeler(xml);

    get('modeling').updateProperties(get('elementRegistry').get('Lane_Window'), { 'blueprint:layer': 'backstage' });

    expect(drawn().visibility.y).toBe(250);
  });

  test('are not written into the BPMN file', async () => {
    const { modeler } = await openModeler(xml);

    const { xml: saved } = await modeler.saveXML();

    expect(saved).not.toMatch(/Line of|sl-blueprint/);
  });
});
