import assert from 'node:assert/strict';
import { test } from 'node:test';
import { USERS, callApi, onPage, readmeScreenshot, useBrowser } from './support.mjs';

const browser = useBrowser();
const BUSINESS_KEY = `e2e-order-${Date.now()}`;
const FAST_FOOD = ['Greet the guest', 'Place the order', 'Key the order into the till', 'Pay', 'Assemble the order', 'Hand over the tray'];

/** Local midnight today, as the dashboard's "Today" asks for it. */
const today = () => {
  const midnight = new Date();
  midnight.setHours(0, 0, 0, 0);
  return midnight.toISOString();
};
const completedToday = async () =>
  (await callApi(USERS.manager, `/blueprints/fast-food-order/statistics?from=${encodeURIComponent(today())}`)).cases.completed;

let completedBefore;

test('a staff member starts a case, claims and completes its tasks (one through a generated form) and sees its timeline', () => onPage(browser, 'staff-works-a-case', async (page) => {
  completedBefore = await completedToday();

  // given: the tasklist, which a staff member's navigation offers (the dashboard is not theirs)
  await page.goto('/');
  await page.locator('.account__name').waitFor();
  assert.equal(await page.locator('.topbar nav a[data-page="dashboard"]').isVisible(), false);
  await page.locator('.topbar nav a[data-page="tasklist"]').click();

  // when: a fast-food order starts with a business key
  await page.locator('#start-case button[type=submit]:not([disabled])').waitFor();
  await page.locator('#start-case select[name=blueprint]').selectOption('fast-food-order');
  await page.locator('#start-case input[name=businessKey]').fill(BUSINESS_KEY);
  await page.locator('#start-case button[type=submit]').click();

  // then: it says so, and its first task is in the list, its times ticking without a reload
  const message = page.locator('#message');
  await page.locator('#message.message--success', { hasText: `Started case ${BUSINESS_KEY} of Fast-food counter order` }).waitFor();
  const card = page.locator(`.task[data-business-key="${BUSINESS_KEY}"]`);
  await card.locator('.task__name', { hasText: 'Greet the guest' }).waitFor({ timeout: 15000 });
  assert.match(await card.locator('.task__where').textContent(), /Fast-food counter order · version \d+ · Case e2e-order-/);
  assert.equal(await card.locator('.layer-tag').textContent(), 'Front stage');
  assert.match(await card.locator('.task__left').textContent(), /left of 30 s/);
  const waited = await card.locator('.task__waiting').textContent();
  await page.waitForTimeout(2200);
  assert.notEqual(await card.locator('.task__waiting').textContent(), waited, 'the waiting time ticks');

  // and: claiming and unclaiming show who holds the task
  await card.locator('[data-action=claim]').click();
  await card.locator('.task__holder[data-holder=me]').waitFor();
  assert.equal(await card.locator('[data-action=claim]').isVisible(), false);
  await card.locator('[data-action=unclaim]').click();
  await card.locator('.task__holder[data-holder=nobody]').waitFor();

  // when: every task of the case is claimed and completed in turn
  const done = [];
  while (!(await message.textContent()).includes('The case is finished')) {
    const name = await card.locator('.task__name').textContent({ timeout: 15000 });
    await card.locator('[data-action=claim]').click();
    await card.locator('.task__holder[data-holder=me]').waitFor();
    await card.locator('[data-action=complete]').click();
    if (name === 'Assemble the order') {
      // a task with form fields gets a generated form: here one checkbox
      const form = card.locator('.task-form');
      await form.waitFor();
      await form.getByLabel('Every item was ready in the holding bin').check();
      await readmeScreenshot(page, 'tasklist');
      await form.locator('button[type=submit]').click();
    }
    await page.locator('#message.message--success', { hasText: `Completed “${name}” of case ${BUSINESS_KEY}` }).waitFor();
    done.push(name);
    assert.ok(done.length <= FAST_FOOD.length, `no more than ${FAST_FOOD.length} tasks: ${done}`);
  }

  // then: the tasks came in the blueprint's order, the case is finished and gone from the list
  assert.deepEqual(done, FAST_FOOD);
  assert.equal(await card.count(), 0);

  // and: its timeline shows on the blueprint: steps done, the fresh-cooking branch not reached
  await message.locator('a', { hasText: 'See its timeline' }).click();
  const view = page.locator('#case-view');
  await view.locator('.djs-element.sl-case-done[data-element-id="Task_Assemble"]').waitFor({ timeout: 15000 });
  assert.equal(await view.locator('h2').textContent(), `Case ${BUSINESS_KEY}`);
  assert.match(await view.locator('.case-head__facts').textContent(), /Completed/);
  assert.equal(await view.locator('.djs-element.sl-case-idle[data-element-id="Task_CookFresh"]').count(), 1);
  assert.equal(await view.locator('.djs-element.sl-case-done[data-element-id="EndEvent_Served"]').count(), 1);
  assert.equal(await view.locator('.sl-case-badge').count(), FAST_FOOD.length);
  const rows = view.locator('table.timeline tbody tr');
  assert.equal(await rows.count(), FAST_FOOD.length + 3, 'six tasks, the gateway, the start and the end event');
  const assemble = view.locator('table.timeline tr[data-step="Task_Assemble"]');
  assert.match(await assemble.textContent(), /Back stage.*pat/);
  assert.equal(await page.locator('#tasks-view').isVisible(), false);

  // and: back leads to the list
  await view.locator('a.back').click();
  await page.locator('#tasks-view').waitFor();
  assert.deepEqual(page.errors, []);
}, USERS.staff));

test('a manager sees the case the staff member completed arrive in the dashboard', () => onPage(browser, 'manager-sees-the-case', async (page) => {
  assert.ok(completedBefore !== undefined, 'the staff test ran first');

  // given: the dashboard of the fast-food blueprint, today
  await page.goto('/');
  await page.locator('.topbar nav a[data-page="dashboard"]').click();
  const dashboard = page.locator('#dashboard[data-state=ready]');
  await dashboard.waitFor({ timeout: 20000 });
  await page.locator('#filters select[name=blueprint]').selectOption('fast-food-order');
  await page.locator('#dashboard[data-state=ready][data-blueprint="fast-food-order"]').waitFor({ timeout: 20000 });
  await page.locator('#filters select[name=period]').selectOption('today');
  await page.locator('#period-label', { hasText: 'today' }).waitFor();
  await dashboard.waitFor({ timeout: 20000 });

  // then: the count of completed cases includes the case, and pat's work is in the staff table
  const completed = page.locator('.figure[data-figure=completed] .figure__value');
  assert.equal(Number(await completed.textContent()), completedBefore + 1);
  const staffRow = page.locator('.staff-table tr[data-assignee="pat"][data-step="Task_Assemble"]');
  assert.ok(Number(await staffRow.locator('td[data-count]').getAttribute('data-count')) >= 1);
  const steps = page.locator('.steps-table tr[data-step="Task_HandOver"] td[data-count]');
  assert.ok(Number(await steps.getAttribute('data-count')) >= 1);

  // and: the diagram carries the figures of every task, and the heat view colours them
  assert.equal(await page.locator('#stats-diagram .sl-stats[data-step="Task_Assemble"]').count(), 1);
  await page.locator('input[name=diagram-view][value=heat]').check();
  await page.locator('#stats-diagram .djs-element[data-element-id="Task_Assemble"][class*="sl-heat-"]').waitFor();
  assert.match(await page.locator('#diagram-legend').textContent(), /p50 ≤ 50 % of target/);

  // and: the trend of today has a point for the case
  assert.match(await page.locator('#trend .chart-note').textContent(), /The whole case: \d+ completed over 1 day/);
  assert.deepEqual(page.errors, []);
}, USERS.manager));
