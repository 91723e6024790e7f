import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { before, test } from 'node:test';
import { USERS, callApi, onPage, useBrowser } from './support.mjs';

const browser = useBrowser();
const ODD_TASK = '<img src=x onerror=alert(1)>';
const ODD_BLUEPRINT = '<i>Odd names</i> & co';

/** Starts a case of the odd-names blueprint as the staff member; returns its business key. */
async function startOddCase(label) {
  const businessKey = `e2e-${label}-${Date.now()}`;
  await callApi(USERS.staff, '/blueprints/e2e-odd-names/cases', { method: 'POST', body: { businessKey } });
  return businessKey;
}

/** The tasklist, with a record of any dialog a page script opens (none should). */
async function openTasklist(page) {
  page.dialogs = [];
  page.on('dialog', (dialog) => {
    page.dialogs.push(dialog.message());
    dialog.dismiss();
  });
  await page.goto('/tasklist');
}

/** Starts an odd-names case, opens its task's generated form, and returns the card and the form. */
async function openOddForm(page, label) {
  const businessKey = await startOddCase(label);
  await openTasklist(page);
  const card = page.locator(`.task[data-business-key="${businessKey}"]`);
  await card.locator('[data-action=complete]').click({ timeout: 15000 });
  const form = card.locator('.task-form');
  await form.waitFor();
  return { businessKey, card, form };
}

before(async () => {
  const xml = readFileSync(resolve(import.meta.dirname, 'odd-names.bpmn'), 'utf8');
  await callApi(USERS.admin, '/blueprints', { method: 'POST', body: xml });
});

test('names from a blueprint show as text in the tasklist, never as markup', () => onPage(browser, 'tasklist-odd-names', async (page) => {
  const businessKey = await startOddCase('names');
  await openTasklist(page);
  const card = page.locator(`.task[data-business-key="${businessKey}"]`);
  await card.waitFor({ timeout: 15000 });

  assert.equal(await card.locator('.task__name').textContent(), ODD_TASK);
  assert.match(await card.locator('.task__where').textContent(), /^<i>Odd names<\/i> & co · version \d+/);
  assert.equal(await card.locator('.task__where a').textContent(), `Case ${businessKey}`, 'the card names its case');
  assert.equal(await card.locator('img, i').count(), 0, 'no element was made from the names');
  assert.ok(await card.getByText(ODD_TASK, { exact: true }).isVisible(), 'the literal text is visible');

  // and in the case view: on the diagram and in the table
  await card.locator('.task__where a').click();
  const view = page.locator('#case-view');
  await view.locator('.djs-element.sl-case-active[data-element-id="Task_Odd"]').waitFor({ timeout: 15000 });
  assert.equal(await view.locator('.case-head__blueprint').textContent(), ODD_BLUEPRINT);
  assert.equal(await view.locator('table.timeline tr[data-step="Task_Odd"] td').first().textContent(), ODD_TASK);
  assert.equal(await view.locator('img, .case-head i, table i').count(), 0);
  await page.waitForTimeout(500);
  assert.deepEqual(page.dialogs, []);
  assert.deepEqual(page.errors, []);
}, USERS.staff));

test('a generated form has typed inputs, checks them before sending, and completes the task', () => onPage(browser, 'tasklist-form', async (page) => {
  const { businessKey, card, form } = await openOddForm(page, 'form');

  // then: one typed input per field, the default choice preselected
  assert.equal(await form.locator('input[name=guests]').getAttribute('type'), 'number');
  assert.equal(await form.locator('select[name=size]').inputValue(), 'small');
  assert.deepEqual(await form.locator('select[name=size] option').allTextContents(), ['(none)', 'Small', 'Large']);
  assert.equal(await form.locator('input[name=servedOn]').getAttribute('type'), 'date');
  assert.equal(await form.locator('input[name=note]').getAttribute('type'), 'text');
  assert.equal(await form.locator('input[name=paid]').getAttribute('type'), 'checkbox');

  // when: sent empty, the required field is named and nothing is sent
  await form.locator('button[type=submit]').click();
  assert.match(await form.locator('[data-field=guests] .field__error').textContent(), /Enter Guests at the table; it is required/);
  assert.match(await form.locator('.form-error').textContent(), /Fix the marked field/);
  assert.equal(await form.locator('input[name=guests]').getAttribute('aria-invalid'), 'true');

  // and: a number beyond the field's maximum is refused too
  await form.locator('input[name=guests]').fill('40');
  await form.locator('button[type=submit]').click();
  assert.match(await form.locator('[data-field=guests] .field__error').textContent(), /at most 12/);

  // when: the values fit, the task is completed and the case ends
  await form.locator('input[name=guests]').fill('3');
  await form.locator('select[name=size]').selectOption('large');
  await form.locator('input[name=servedOn]').fill('2026-03-01');
  await form.locator('input[name=note]').fill('no onions');
  await form.getByLabel('Guest has paid').check();
  await form.locator('button[type=submit]').click();
  await page.locator('#message.message--success', { hasText: 'The case is finished' }).waitFor();
  assert.match(await page.locator('#message').textContent(), new RegExp(`Completed “<img src=x onerror=alert\\(1\\)>” of case ${businessKey}`));
  assert.equal(await card.count(), 0);
  assert.deepEqual(page.errors, []);
}, USERS.staff));

test('the server refusing a completion is shown next to the form', () => onPage(browser, 'tasklist-refused', async (page) => {
  const { card, form } = await openOddForm(page, 'refused');
  await form.locator('input[name=guests]').fill('2');

  // given: meanwhile a colleague claims the task
  const taskId = await card.getAttribute('data-task-id');
  await callApi(USERS.colleague, `/tasks/${taskId}/claim`, { method: 'POST' });

  // when: the form is sent
  await form.locator('button[type=submit]').click();

  // then: the server's 409 message, naming the task as text, stays next to the form
  const refusal = form.locator('.form-error');
  await refusal.filter({ hasText: 'held by sam' }).waitFor();
  assert.equal(await refusal.textContent(), `Not completed: The task '${ODD_TASK}' is held by sam; ask them to release it first.`);
  assert.equal(await form.locator('button[type=submit]').isDisabled(), false, 'the form can be sent again');

  // and: with the next refresh the task leaves the list (it is sam's now), and the page says why
  await card.waitFor({ state: 'detached', timeout: 15000 });
  assert.match(await page.locator('#message.message--info').textContent(),
    new RegExp(`left your list: a colleague claimed or completed it`));
  await callApi(USERS.colleague, `/tasks/${taskId}/unclaim`, { method: 'POST' });
  assert.deepEqual(page.errors, []);
}, USERS.staff));
