// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { expect, test } from 'vitest';
import { renameClashingPrefixes } from '../src/modeler/prefixes.js';
import xml from './small-blueprint.bpmn?raw';
import { openModeler } from './modeler-harness.js';

const signavio = readFileSync(resolve(import.meta.dirname, '../../engine/src/test/resources/corpus/miwg/C.1.0.bpmn'), 'utf8');

test('a file that binds camunda: to another namespace can be saved after opening', async () => {
  const { modeler } = await openModeler(renameClashingPrefixes(signavio));

  const { xml: saved } = await modeler.saveXML();

  expect(saved).toContain('xmlns:camunda_1="http://activiti.org/bpmn"');
  expect(saved).not.toContain('xmlns:camunda="http://activiti.org/bpmn"');
});

test('renames the prefix in tags only, not in text', () => {
  const source = '<definitions xmlns:camunda="urn:other"><task camunda:x="1"><camunda:y>camunda: text</camunda:y></task></definitions>';

  expect(renameClashingPrefixes(source)).toBe(
    '<definitions xmlns:camunda_1="urn:other"><task camunda_1:x="1"><camunda_1:y>camunda: text</camunda_1:y></task></definitions>');
});

test('leaves files that use the prefixes as the modeler does unchanged', () => {
  expect(renameClashingPrefixes(xml)).toBe(xml);
});
