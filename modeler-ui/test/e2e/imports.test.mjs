import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { test } from 'node:test';
import { onPage, readmeScreenshot, useBrowser, validated } from './support.mjs';

const browser = useBrowser();
const ROOT = resolve(import.meta.dirname, '../../..');
const SAMPLES = resolve(ROOT, 'blueprints');
const MIWG = resolve(ROOT, 'engine/src/test/resources/corpus/miwg');
const bpmnFiles = (dir) => readdirSync(dir).filter((file) => file.endsWith('.bpmn')).sort();

/** Imports a file from disk the way a person does: through the Import button's file chooser. */
async function importFile(page, path) {
  const chooser = page.waitForEvent('filechooser');
  await page.locator('#import').click();
  await (await chooser).setFiles(path);
  await page.locator('#title-source', { hasText: path.split('/').pop() }).waitFor();
}

test('every sample blueprint opens with four layers, three labelled lines and nothing to fix', () => onPage(browser, 'samples', async (page) => {
  await page.goto('/modeler');
  for (const file of bpmnFiles(SAMPLES)) {
    await importFile(page, resolve(SAMPLES, file));

    const layers = await page.locator('.sl-layer-tag').evaluateAll((tags) => [...new Set(tags.map((tag) => tag.dataset.layer))]);
    assert.deepEqual(layers.sort(), ['backstage', 'customer', 'frontstage', 'support'], file);
    const lines = await page.locator('.sl-blueprint-line text').allTextContents();
    assert.deepEqual(lines, ['Line of interaction', 'Line of visibility', 'Line of internal interaction'], file);
    assert.match(await validated(page), /No problems found|^0 errors/, file);
  }

  // the picture for the README: a sample with a step selected and its Blueprint properties
  await importFile(page, resolve(SAMPLES, 'fast-food-order.bpmn'));
  await validated(page);
  await page.locator('.djs-element[data-element-id="Task_Assemble"]').click();
  await page.locator('#bio-properties-panel-blueprint-targetDuration').waitFor();
  await page.locator('.message__close').click();
  await readmeScreenshot(page, 'modeler');
  assert.deepEqual(page.errors, []);
}));

test('a BPMN file that is no blueprint opens, renders and gets validation messages', () => onPage(browser, 'miwg', async (page) => {
  await page.goto('/modeler');
  for (const file of bpmnFiles(MIWG)) {
    await importFile(page, resolve(MIWG, file));

    assert.ok(await page.locator('.djs-element').count() > 1, `${file} renders`);
    assert.match(await validated(page), /^[1-9]\d* errors?/, `${file} is reported as no blueprint`);
    assert.ok(await page.locator('.problem--error').count() > 0, `${file} lists its errors`);
    assert.equal(await page.locator('#message.message--error').count(), 0, `${file} opened without an error`);
  }
  assert.deepEqual(page.errors, []);
}));

test('a file that is not BPMN at all is refused with a message, and the open diagram stays', () => onPage(browser, 'not-bpmn', async (page) => {
  await page.goto('/modeler');
  await importFile(page, resolve(SAMPLES, 'hotline-call.bpmn'));
  const chooser = page.waitForEvent('filechooser');
  await page.locator('#import').click();
  await (await chooser).setFiles({ name: 'notes.bpmn', mimeType: 'text/plain', buffer: Buffer.from('call the plumber') });

  const message = page.locator('#message.message--error');
  await message.waitFor();
  assert.match(await message.textContent(), /notes\.bpmn: This file cannot be opened as BPMN 2\.0/);
  assert.match(await page.locator('#title-source').textContent(), /hotline-call\.bpmn/);
  assert.equal(await page.locator('.sl-blueprint-line').count(), 3);
}));

test('a downloaded blueprint is standard BPMN with diagram information and both namespaces', () => onPage(browser, 'download', async (page) => {
  await page.goto('/modeler');
  await importFile(page, resolve(SAMPLES, 'appliance-delivery.bpmn'));

  const download = page.waitForEvent('download');
  await page.locator('#download-bpmn').click();
  const file = await (await download).path();
  const xml = readFileSync(file, 'utf8');

  assert.equal((await download).suggestedFilename(), 'appliance-delivery.bpmn');
  assert.match(xml, /xmlns:camunda="http:\/\/camunda.org\/schema\/1.0\/bpmn"/);
  assert.match(xml, /xmlns:blueprint="https:\/\/stageline.dev\/schema\/blueprint\/1.0"/);
  assert.match(xml, /modeler:executionPlatform="Camunda Platform"/);
  assert.match(xml, /blueprint:layer="frontstage" blueprint:role="installers"/);
  assert.match(xml, /<bpmndi:BPMNDiagram/);
  assert.doesNotMatch(xml, /Line of visibility/);
  const shapes = (xml.match(/<bpmndi:BPMNShape /g) || []).length;
  const original = readFileSync(resolve(SAMPLES, 'appliance-delivery.bpmn'), 'utf8');
  assert.equal(shapes, (original.match(/<bpmndi:BPMNShape /g) || []).length);

  const svgDownload = page.waitForEvent('download');
  await page.locator('#download-svg').click();
  const svg = readFileSync(await (await svgDownload).path(), 'utf8');
  assert.match(svg, /^<\?xml[^]*<svg /);
  assert.match(svg, /Line of internal interaction/);
}));
