/**
 * What every browser spec needs: Debian's Chromium driven by playwright-core, the address of a
 * running Stageline (STAGELINE_BASE_URL), logins (a designer unless a spec asks for another
 * user), and the API for setting the scene.
 */
import { copyFileSync, existsSync, mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { after, before } from 'node:test';
import { chromium } from 'playwright-core';

export const BASE_URL = (process.env.STAGELINE_BASE_URL || 'http://localhost:18080').replace(/\/$/, '');
const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
const USER = { username: process.env.STAGELINE_E2E_USER || 'designer', password: process.env.STAGELINE_E2E_PASSWORD || 'designer' };

/** The demo users, and the admin `./mvnw verify` starts the application with. */
export const USERS = {
  staff: { username: 'pat', password: 'pat' },
  colleague: { username: 'sam', password: 'sam' },
  manager: { username: 'manager', password: 'manager' },
  admin: { username: 'admin', password: process.env.STAGELINE_E2E_ADMIN_PASSWORD || 'admin-secret' }
};

/** Fails, with what to do, when the browser or the application is missing: these specs never skip. */
async function preflight() {
  if (!existsSync(CHROMIUM)) {
    throw new Error(`Chromium is missing at ${CHROMIUM}. The browser tests need Debian's Chromium: `
      + 'run `apt-get update && apt-get install -y chromium` (or set CHROMIUM_PATH).');
  }
  try {
    const response = await fetch(BASE_URL + '/actuator/health');
    if (!response.ok) {
      throw new Error(`status ${response.status}`);
    }
  } catch (error) {
    throw new Error(`No Stageline application answers at ${BASE_URL} (${error.message}). `
      + 'Start one, or set STAGELINE_BASE_URL; `./mvnw verify` starts one for these tests.');
  }
}

/**
 * Starts Chromium before the file's tests and closes it after them.
 *
 * @return {{ page: () => Promise<import('playwright-core').Page> }} opens a fresh logged-in page
 */
export function useBrowser() {
  let browser;
  let context;
  before(async () => {
    await preflight();
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking']
    });
  });
  after(async () => {
    await browser?.close();
  });
  return {
    /** A fresh page, logged in as `user` (default: the designer). */
    async page(user = USER) {
      await context?.close();
      context = await browser.newContext({ viewport: { width: 1440, height: 900 }, baseURL: BASE_URL });
      const page = await context.newPage();
      page.errors = [];
      page.on('pageerror', (error) => page.errors.push(error.message));
      await logIn(page, user);
      return page;
    }
  };
}

/** Logs in on the login page, as a person does. */
async function logIn(page, user) {
  await page.goto('/login');
  await page.locator('#username').fill(user.username);
  await page.locator('#password').fill(user.password);
  await Promise.all([
    page.waitForURL((url) => url.pathname !== '/login' || url.searchParams.has('error')),
    page.locator('#login-form button[type=submit]').click()
  ]);
  if (new URL(page.url()).searchParams.has('error')) {
    throw new Error(`Cannot log in as ${user.username}: the login page refused the password`);
  }
}

/**
 * Runs a spec's steps on a fresh page (logged in as `user`, default the designer); on failure
 * keeps a screenshot in target/e2e/ to look at.
 */
export async function onPage(browser, name, steps, user) {
  const page = await browser.page(user);
  try {
    await steps(page);
  } catch (error) {
    mkdirSync('target/e2e', { recursive: true });
    await page.screenshot({ path: `target/e2e/${name}-failure.png` }).catch(() => {});
    throw error;
  }
}

/**
 * Takes a picture for the README: every run keeps it as target/e2e/<name>.png; only with
 * UPDATE_SCREENSHOTS=1 does it also replace docs/screenshots/<name>.png, so a normal run leaves
 * the working tree as it found it.
 */
export async function readmeScreenshot(page, name, options = {}) {
  mkdirSync('target/e2e', { recursive: true });
  const kept = `target/e2e/${name}.png`;
  await page.screenshot({ ...options, path: kept });
  if (process.env.UPDATE_SCREENSHOTS === '1') {
    copyFileSync(kept, resolve(import.meta.dirname, '../../../docs/screenshots', `${name}.png`));
  }
}

/** Waits until the validation list has an answer for the current diagram, and returns its status text. */
export async function validated(page) {
  const status = page.locator('#validation-status');
  await page.waitForFunction(() => {
    const state = document.getElementById('validation-status').dataset.state;
    return state === 'valid' || state === 'errors' || state === 'done' || state === 'failed';
  }, null, { timeout: 15000 });
  return status.textContent();
}

/** Reads a business object attribute of a diagram element through the page's modeler. */
export function attribute(page, elementId, name) {
  return page.evaluate(([id, attr]) => {
    const element = window.stagelineModeler.get('elementRegistry').get(id);
    return element && element.businessObject.get(attr);
  }, [elementId, name]);
}

/**
 * Calls the API as `user` with HTTP Basic, as an API client does, to set the scene for a spec
 * (deploy a fixture, start a case). JSON in and out; an XML string body is sent as XML.
 */
export async function callApi(user, path, { method = 'GET', body } = {}) {
  const headers = { Authorization: 'Basic ' + Buffer.from(`${user.username}:${user.password}`).toString('base64') };
  if (body !== undefined) {
    headers['Content-Type'] = typeof body === 'string' ? 'application/xml' : 'application/json';
  }
  const response = await fetch(BASE_URL + '/api' + path,
    { method, headers, body: body === undefined || typeof body === 'string' ? body : JSON.stringify(body) });
  const text = await response.text();
  if (!response.ok) {
    throw new Error(`${method} ${path} as ${user.username}: ${response.status} ${text}`);
  }
  return text ? JSON.parse(text) : null;
}

/** Waits, up to `timeout` ms, until `check()` resolves truthy; polls every `interval` ms. */
export async function eventually(check, { timeout = 20000, interval = 500, message = 'the condition' } = {}) {
  const until = Date.now() + timeout;
  for (;;) {
    const value = await check();
    if (value) {
      return value;
    }
    if (Date.now() > until) {
      throw new Error(`Gave up after ${timeout} ms waiting for ${message}`);
    }
    await new Promise((resolve) => setTimeout(resolve, interval));
  }
}

/**
 * Starts a case of `blueprint` as `user` and completes its tasks through the API, one at a
 * time, answering every form with `variables`; for specs that need finished cases to count.
 *
 * @return {Promise<string>} the case id
 */
export async function workCaseThroughApi(user, blueprint, businessKey, variables = {}) {
  const { id } = await callApi(user, `/blueprints/${blueprint}/cases`, { method: 'POST', body: { businessKey } });
  for (let step = 0; step < 50; step++) {
    const task = (await callApi(user, '/tasks')).find((candidate) => candidate.caseId === id);
    if (!task) {
      return id;
    }
    await callApi(user, `/tasks/${task.id}/complete`, { method: 'POST', body: { variables } });
  }
  throw new Error(`The case ${businessKey} of ${blueprint} did not end after 50 tasks`);
}
