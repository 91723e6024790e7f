// @vitest-environment happy-dom
import { describe, expect, test } from 'vitest';
import { checkKey, keyFromName, newBlueprintXml } from '../src/modeler/template.js';
import { openModeler } from './modeler-harness.js';

describe('the new-blueprint template', () => {
  test('opens as one pool with a named lane per layer, each with a team, and a start event', async () => {
    const { get } = await openModeler(newBlueprintXml({ key: 'coffee-to-go', name: 'Coffee & tea to go' }));

    const lanes = get('elementRegistry').filter((element) => element.type === 'bpmn:Lane')
      .sort((a, b) => a.y - b.y).map((lane) => lane.businessObject);
    expect(lanes.map((lane) => [lane.name, lane.get('blueprint:layer'), lane.get('blueprint:role')])).toEqual([
      ['Customer', 'customer', 'front-office'],
      ['Front stage', 'frontstage', 'front-office'],
      ['Back stage', 'backstage', 'back-office'],
      ['Support', 'support', 'support-team']
    ]);
    expect(get('elementRegistry').filter((element) => element.type === 'bpmn:Participant')).toHaveLength(1);
    expect(get('elementRegistry').get('StartEvent_1').parent.type).toBe('bpmn:Participant');
    expect(document.querySelectorAll('.sl-blueprint-line')).toHaveLength(3);
  });

  test('saves as an executable Camunda 7 process that keeps every namespace', async () => {
    const { modeler } = await openModeler(newBlueprintXml({ key: 'coffee-to-go', name: 'Coffee & tea to go' }));

    const { xml } = await modeler.saveXML();

    expect(xml).toContain('<bpmn:process id="coffee-to-go" name="Coffee &#38; tea to go" isExecutable="true" camunda:historyTimeToLive="180">');
    expect(xml).toContain('modeler:executionPlatform="Camunda Platform"');
    expect(xml).toContain('xmlns:blueprint="https://stageline.dev/schema/blueprint/1.0"');
    expect(xml).toContain('xmlns:camunda="http://camunda.org/schema/1.0/bpmn"');
    expect(xml.match(/<bpmndi:BPMNShape /g)).toHaveLength(6);
  });
});

describe('blueprint keys', () => {
  test('are made from the name', () => {
    expect(keyFromName('Coffee to go')).toBe('coffee-to-go');
    expect(keyFromName('Crème brûlée service!')).toBe('creme-brulee-service');
    expect(keyFromName('24/7 hotline')).toBe('blueprint-24-7-hotline');
  });

  test('must be usable as a process id', () => {
    expect(checkKey('coffee-to-go')).toBeNull();
    expect(checkKey('')).toMatch(/Give the blueprint a key/);
    expect(checkKey('2go')).toMatch(/starts with a letter/);
    expect(checkKey('coffee to go')).toMatch(/only letters/);
  });
});
