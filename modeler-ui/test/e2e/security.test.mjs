import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { before, test } from 'node:test';
import { USERS, callApi, onPage, useBrowser } from './support.mjs';

const browser = useBrowser();
const ODD_BLUEPRINT = '<i>Odd names</i> & co';
const ODD_TASK = '<img src=x onerror=alert(1)>';

/** Records every dialog a page script opens (none should) and dismisses it. */
function watchDialogs(page) {
  page.dialogs = [];
  page.on('dialog', (dialog) => {
    page.dialogs.push(dialog.message());
    dialog.dismiss();
  });
}

before(async () => {
  const xml = readFileSync(resolve(import.meta.dirname, 'odd-names.bpmn'), 'utf8');
  await callApi(USERS.admin, '/blueprints', { method: 'POST', body: xml });
});

test('a staff user can neither open the modeler nor deploy', () => onPage(browser, 'staff-no-modeler', async (page) => {
  await page.goto('/');
  await page.locator('.account__name').waitFor();
  assert.equal(await page.locator('nav a[data-page="modeler"]').isVisible(), false, 'no Modeler in the navigation');

  const response = await page.goto('/modeler');
  assert.equal(response.status(), 403);
  assert.ok(await page.getByText('Not for your role').isVisible());

  // even a hand-made request from the logged-in page, with the session's CSRF token, is refused
  await page.goto('/');
  const deploy = await page.evaluate(async (xml) => {
    const token = decodeURIComponent(document.cookie.split('; ').find((c) => c.startsWith('XSRF-TOKEN=')).split('=')[1]);
    const answer = await fetch('/api/blueprints', { method: 'POST', body: xml,
      headers: { 'Content-Type': 'application/xml', 'X-XSRF-TOKEN': token, 'X-Requested-With': 'XMLHttpRequest' } });
    return { status: answer.status, body: await answer.json() };
  }, readFileSync(resolve(import.meta.dirname, 'odd-names.bpmn'), 'utf8'));
  assert.equal(deploy.status, 403);
  assert.match(deploy.body.error, /may not/);
}, USERS.staff));

test('names from a blueprint show as text in the blueprint list and the modeler', () => onPage(browser, 'modeler-odd-names', async (page) => {
  watchDialogs(page);
  await page.goto('/');
  const row = page.locator('tr[data-key="e2e-odd-names"]');
  await row.waitFor({ timeout: 15000 });
  assert.ok(await row.getByText(ODD_BLUEPRINT, { exact: true }).isVisible(), 'the list shows the literal name');
  assert.equal(await row.locator('i').count(), 0, 'no element was made from the name');

  await page.goto('/modeler?key=e2e-odd-names');
  await page.locator('#title').filter({ hasText: ODD_BLUEPRINT }).waitFor({ timeout: 20000 });
  assert.equal(await page.locator('#title').textContent(), ODD_BLUEPRINT);
  assert.ok(await page.locator('#canvas').getByText(ODD_TASK, { exact: true }).isVisible(), 'the task name is drawn as text');
  assert.equal(await page.locator('#canvas img, #title i').count(), 0);
  assert.deepEqual(page.dialogs, [], 'no script ran');
}));
