import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { before, test } from 'node:test';
import { formatMillis } from '../../src/features/duration/Durations.js';
import { USERS, callApi, onPage, readmeScreenshot, useBrowser, workCaseThroughApi } from './support.mjs';

const browser = useBrowser();
const ODD_TASK = '<img src=x onerror=alert(1)>';

/** The dashboard of one blueprint, once its numbers are shown; dialogs are recorded (none should open). */
async function openDashboard(page, query) {
  page.dialogs = [];
  page.on('dialog', (dialog) => {
    page.dialogs.push(dialog.message());
    dialog.dismiss();
  });
  await page.goto(`/dashboard?${query}`);
  await page.locator('#dashboard[data-state=ready]').waitFor({ timeout: 20000 });
}

/** RFC 4180 rows: quoted fields may hold commas, quotes (doubled) and line breaks. */
function parseCsv(text) {
  const rows = [];
  let row = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const char = text[i];
    if (quoted) {
      if (char === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (char === '"') {
        quoted = false;
      } else {
        field += char;
      }
    } else if (char === '"') {
      quoted = true;
    } else if (char === ',') {
      row.push(field);
      field = '';
    } else if (char === '\n') {
      rows.push([...row, field.replace(/\r$/, '')]);
      row = [];
      field = '';
    } else {
      field += char;
    }
  }
  const [header, ...body] = rows;
  return body.map((values) => Object.fromEntries(header.map((name, index) => [name, values[index]])));
}

before(async () => {
  const xml = readFileSync(resolve(import.meta.dirname, 'odd-names.bpmn'), 'utf8');
  await callApi(USERS.admin, '/blueprints', { method: 'POST', body: xml });
});

test('the overdue list shows a hotline call left unanswered past its 6-second target, live, and opens the case', () => onPage(browser, 'dashboard-overdue', async (page) => {
  // given: the hotline dashboard is open
  await openDashboard(page, 'blueprint=hotline-call');
  const businessKey = `e2e-late-call-${Date.now()}`;

  // when: a call comes in and nobody answers it (target: 6 s)
  await callApi(USERS.staff, '/blueprints/hotline-call/cases', { method: 'POST', body: { businessKey } });

  // then: within the next refreshes, without a reload, the waiting step is listed as overdue
  const row = page.locator('.overdue-steps tbody tr', { hasText: businessKey });
  await row.waitFor({ timeout: 30000 });
  assert.match(await row.textContent(), /Answer the call/);
  assert.match(await row.textContent(), /6 s/);
  assert.match(await row.textContent(), /unclaimed/);

  // when: its case link is followed, the case opens on its blueprint with the late step marked
  await row.locator('a').click();
  const view = page.locator('#case-view');
  await view.locator('.djs-element.sl-case-active.sl-case-late[data-element-id="Task_Answer"]').waitFor({ timeout: 15000 });
  assert.equal(await view.locator('h2').textContent(), `Case ${businessKey}`);
  assert.match(await view.locator('table.timeline tr[data-step="Task_Answer"]').textContent(), /Running, overdue/);
  await view.locator('a.back').click();
  await page.locator('#dashboard-view').waitFor();

  // and: the list can cover every blueprint, each row saying which
  await page.locator('#overdue-scope').selectOption('all');
  await page.locator('.overdue-steps thead', { hasText: 'Blueprint' }).waitFor();
  assert.match(await page.locator('.overdue-steps tbody tr', { hasText: businessKey }).textContent(), /^Hotline call/);
  assert.deepEqual(page.errors, []);
}, USERS.manager));

test('the steps CSV downloads with the numbers of the steps table', () => onPage(browser, 'dashboard-csv', async (page) => {
  // given: at least one order served (the API does the staff's part here; service.test.mjs does it in the tasklist)
  await workCaseThroughApi(USERS.staff, 'fast-food-order', `e2e-csv-${Date.now()}`, { allItemsReady: false });
  await openDashboard(page, 'blueprint=fast-food-order&period=30d');
  await readmeScreenshot(page, 'dashboard', { fullPage: true });

  // when: the CSV link is followed
  const [download] = await Promise.all([page.waitForEvent('download'), page.locator('#csv').click()]);
  assert.equal(download.suggestedFilename(), 'fast-food-order-steps.csv');
  const rows = parseCsv(readFileSync(await download.path(), 'utf8'));

  // then: the same steps, in the same order, with the same numbers
  const table = await page.locator('.steps-table tbody tr').evaluateAll((trs) => trs.map((tr) => ({
    id: tr.dataset.step,
    name: tr.querySelector('th').textContent,
    count: tr.querySelector('[data-count]').dataset.count,
    ms: [...tr.querySelectorAll('[data-ms]')].map((td) => td.dataset.ms),
    shares: [...tr.querySelectorAll('[data-share]')].map((td) => td.dataset.share),
    text: [...tr.querySelectorAll('[data-ms]')].map((td) => td.textContent)
  })));
  assert.deepEqual(table.map((row) => row.id), rows.map((row) => row.id));
  assert.ok(rows.some((row) => Number(row.count) > 0), 'the period has completed steps');
  for (const [index, row] of rows.entries()) {
    const shown = table[index];
    assert.equal(shown.name, row.name);
    assert.equal(shown.count, row.count, `count of ${row.id}`);
    const csvMs = [row.mean, row.p50, row.p90, row.p95, row.max, row.targetDuration, row.waitP50, row.workP50];
    assert.deepEqual(shown.ms, csvMs, `durations of ${row.id}`);
    assert.deepEqual(shown.text, csvMs.map((ms) => formatMillis(ms === '' ? null : Number(ms))), `durations of ${row.id} as shown`);
    assert.deepEqual(shown.shares.map(Number), [row.withinShare, row.targetShare].map(Number), `shares of ${row.id}`);
  }
  assert.deepEqual(page.errors, []);
}, USERS.manager));

test('names from a blueprint show as text on the dashboard, never as markup', () => onPage(browser, 'dashboard-odd-names', async (page) => {
  await openDashboard(page, 'blueprint=e2e-odd-names');

  assert.equal(await page.locator('#filters select[name=blueprint] option[value="e2e-odd-names"]').textContent(), '<i>Odd names</i> & co');
  assert.equal(await page.locator('.steps-table tr[data-step="Task_Odd"] th').textContent(), ODD_TASK);
  assert.deepEqual(await page.locator('#trend-step option[value="Task_Odd"]').allTextContents(), [ODD_TASK]);
  assert.ok(await page.locator('.steps-table').getByText(ODD_TASK, { exact: true }).isVisible());
  assert.match(await page.locator('#stats-diagram .djs-element[data-element-id="Task_Odd"] text').textContent(), /<img src=x/);
  assert.equal(await page.locator('main img, main i').count(), 0, 'no element was made from the names');
  await page.waitForTimeout(500);
  assert.deepEqual(page.dialogs, []);
  assert.deepEqual(page.errors, []);
}, USERS.manager));

test('a period without cases says so and what to do', () => onPage(browser, 'dashboard-empty', async (page) => {
  await openDashboard(page, 'blueprint=fast-food-order&period=custom&from=2001-01-01&to=2001-01-07');

  assert.match(await page.locator('#no-data').textContent(), /No case of Fast-food counter order ended in .*Choose a longer period/);
  assert.equal(await page.locator('.figure[data-figure=completed] .figure__value').textContent(), '0');
  assert.match(await page.locator('#layers .empty').textContent(), /no time per layer yet/);
  assert.match(await page.locator('#trend .empty').textContent(), /no trend to draw/);
  assert.match(await page.locator('#staff .empty').textContent(), /nothing to report per staff member/);
  assert.equal(await page.locator('#stats-diagram .sl-stats', { hasText: 'not run in this period' }).count() > 0, true);
  assert.match(await page.locator('#csv').getAttribute('href'), /statistics\.csv\?from=2001-/);
  assert.deepEqual(page.errors, []);
}, USERS.manager));
