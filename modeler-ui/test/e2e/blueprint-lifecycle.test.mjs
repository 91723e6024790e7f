import assert from 'node:assert/strict';
import { test } from 'node:test';
import { attribute, onPage, useBrowser, validated } from './support.mjs';

const browser = useBrowser();

/** The id of the diagram element with this name and type. */
const idOf = (page, type, name) => page.evaluate(([t, n]) => {
  const found = window.stagelineModeler.get('elementRegistry')
    .filter((element) => element.type === t && element.businessObject.name === n);
  return found.length ? found[0].id : null;
}, [type, name]);

/** The id of the lane a flow node lies in. */
const laneOf = (page, id) => page.evaluate((nodeId) => {
  const lane = window.stagelineModeler.get('elementRegistry').filter((element) => element.type === 'bpmn:Lane')
    .find((candidate) => (candidate.businessObject.flowNodeRef || []).some((node) => node.id === nodeId));
  return lane && lane.id;
}, id);

/**
 * Clicks a diagram element until it is the selection; diagram-js swallows a click that follows
 * a drag or a popup menu, as it would a person's.
 */
async function clickElement(page, id, options) {
  for (let attempt = 0; attempt < 3; attempt++) {
    await page.locator(`.djs-element[data-element-id="${id}"]`).click(options);
    const selected = await page.evaluate(() => window.stagelineModeler.get('selection').get().map((element) => element.id));
    if (selected.length === 1 && selected[0] === id) {
      return;
    }
  }
  throw new Error(`Clicking ${id} does not select it`);
}

async function center(page, id) {
  const box = await page.locator(`.djs-element[data-element-id="${id}"] .djs-hit`).first().boundingBox();
  return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
}

test('a designer builds a blueprint from the template, fixes a problem, deploys it and finds it again', () => onPage(browser, 'lifecycle', async (page) => {
  const name = `E2E coffee ${Date.now()}`;

  // given: the modeler, reached through the shared navigation, which offers a designer only their pages
  await page.goto('/');
  await page.locator('.topbar nav a[data-page="modeler"]').click();
  await page.locator('.account__name').waitFor();
  assert.equal(await page.locator('.topbar nav a[data-page="tasklist"]').isVisible(), false);

  // and: a new blueprint from the template
  await page.locator('#empty-state [data-action=new]').click();
  await page.locator('#new-dialog input[name=name]').fill(name);
  const key = await page.locator('#new-dialog input[name=key]').inputValue();
  await page.locator('#new-dialog button[type=submit]').click();
  assert.match(await validated(page), /^0 errors/);

  // when: a step is appended to the start event, named, moved to the back stage and made a user task
  await page.locator('.djs-element[data-element-id="StartEvent_1"]').click();
  await page.locator('.djs-context-pad [data-action="append.append-task"]').click();
  await page.keyboard.type('Brew the coffee');
  await page.mouse.click(1000, 130);
  const taskId = await idOf(page, 'bpmn:Task', 'Brew the coffee');
  assert.ok(taskId, 'the new task is in the diagram');
  const from = await center(page, taskId);
  const backStage = await center(page, 'Lane_BackStage');
  await page.mouse.move(from.x, from.y);
  await page.mouse.down();
  await page.mouse.move(from.x + 20, backStage.y, { steps: 12 });
  await page.mouse.up();
  // diagram-js swallows the first click after a drag; let it have one on empty canvas (above the pool)
  await page.mouse.click(1000, 130);
  assert.equal(await laneOf(page, taskId), 'Lane_BackStage');

  await clickElement(page, taskId);
  await page.locator('.djs-context-pad [data-action="replace"]').click();
  await page.locator('.djs-popup [data-id="replace-with-user-task"]').click();
  const userTaskId = await idOf(page, 'bpmn:UserTask', 'Brew the coffee');
  await clickElement(page, userTaskId);
  await page.locator('.djs-context-pad [data-action="append.end-event"]').click();
  await page.mouse.click(1000, 130);
  const ends = () => page.evaluate(() => window.stagelineModeler.get('elementRegistry').filter((e) => e.type === 'bpmn:EndEvent').length);
  assert.equal(await ends(), 1);

  // and: bpmn-js' keyboard shortcuts work on the diagram (delete, then undo)
  const endId = await page.evaluate(() => window.stagelineModeler.get('elementRegistry').filter((e) => e.type === 'bpmn:EndEvent')[0].id);
  await clickElement(page, endId);
  await page.keyboard.press('Delete');
  assert.equal(await ends(), 0);
  await page.keyboard.press('Control+z');
  assert.equal(await ends(), 1);

  // and: it gets a target of "5 min", typed as people say it
  await clickElement(page, userTaskId);
  const target = page.locator('#bio-properties-panel-blueprint-targetDuration');
  await target.fill('5 min');
  await target.press('Tab');
  await page.waitForTimeout(400);
  assert.equal(await attribute(page, userTaskId, 'blueprint:targetDuration'), 'PT5M');
  assert.equal(await target.inputValue(), '5 min');
  assert.equal(await page.locator('#dirty').isVisible(), true);

  // then: leaving the page with unsaved changes asks first, and staying keeps the work
  let asked = null;
  page.once('dialog', (dialog) => {
    asked = dialog.type();
    dialog.dismiss();
  });
  await page.locator('.topbar nav a[href="/"]').click();
  await page.waitForTimeout(500);
  assert.equal(asked, 'beforeunload');
  assert.match(page.url(), /\/modeler/);

  // when: the back-stage lane loses its layer, a marker and a list entry appear and deploy is refused
  await clickElement(page, 'Lane_BackStage', { position: { x: 12, y: 60 } });
  await page.locator('#bio-properties-panel-blueprint-layer').selectOption('');
  const marker = page.locator('.djs-element.sl-has-error[data-element-id="Lane_BackStage"]');
  await marker.waitFor({ timeout: 10000 });
  assert.match(await validated(page), /^1 error/);
  const entry = page.locator('.problem--error .problem__button[data-element-id="Lane_BackStage"]');
  assert.match(await entry.textContent(), /has no layer/);
  assert.equal(await page.locator('#deploy').isDisabled(), true);
  assert.match(await page.locator('#deploy-hint').textContent(), /Fix 1 error to deploy/);

  // and: the list entry selects the lane it is about
  await clickElement(page, 'StartEvent_1');
  await entry.click();
  const selected = await page.evaluate(() => window.stagelineModeler.get('selection').get().map((element) => element.id));
  assert.deepEqual(selected, ['Lane_BackStage']);

  // when: the layer is set again, the marker goes and deploy is allowed
  await page.locator('#bio-properties-panel-blueprint-layer').selectOption('backstage');
  await marker.waitFor({ state: 'detached', timeout: 10000 });
  assert.match(await validated(page), /^0 errors/);
  assert.equal(await page.locator('#deploy').isDisabled(), false);

  // then: deploying says which version it made
  await page.locator('#deploy').click();
  const success = page.locator('#message.message--success');
  await success.waitFor({ timeout: 15000 });
  assert.match(await success.textContent(), new RegExp(`Deployed ${key} as version \\d+`));
  assert.equal(await page.locator('#dirty').isVisible(), false);

  // and: the blueprint is in the list, and reopening it shows the target as it was typed
  await page.goto('/');
  const row = page.locator(`tr[data-key="${key}"]`);
  await row.waitFor();
  assert.match(await row.textContent(), new RegExp(name));
  await row.locator('a', { hasText: 'Open in modeler' }).click();
  await page.locator('#title-source', { hasText: 'version' }).waitFor();
  const reopenedId = await idOf(page, 'bpmn:UserTask', 'Brew the coffee');
  await clickElement(page, reopenedId);
  assert.equal(await page.locator('#bio-properties-panel-blueprint-targetDuration').inputValue(), '5 min');
  assert.equal(await laneOf(page, reopenedId), 'Lane_BackStage');
  assert.deepEqual(page.errors, []);
}));
