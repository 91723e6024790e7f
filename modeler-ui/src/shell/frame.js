import '../style.css';
import { api, csrfToken } from '../api/client.js';

/** The pages of Stageline in the order of the navigation, with the roles that may open them. */
export const PAGES = [
  { id: 'blueprints', href: '/', label: 'Blueprints' },
  { id: 'modeler', href: '/modeler', label: 'Modeler', role: 'designers' },
  { id: 'tasklist', href: '/tasklist', label: 'Tasklist', role: 'staff' },
  { id: 'dashboard', href: '/dashboard', label: 'Dashboard', role: 'managers' },
  { id: 'admin', href: '/admin', label: 'Users', role: 'admins' }
];

/**
 * Puts the shared header at the top of the page: brand, navigation (the current page marked,
 * pages the user's roles do not open left out) and the user with a log-out button. Every page
 * calls this once, so the navigation is the same everywhere.
 *
 * @param {string} current the id of the page, one of PAGES
 * @return {HTMLElement} the header
 */
export function mountFrame(current) {
  const header = document.createElement('header');
  header.className = 'topbar';

  const brand = document.createElement('a');
  brand.className = 'brand';
  brand.href = '/';
  brand.textContent = 'Stageline';

  const nav = document.createElement('nav');
  nav.setAttribute('aria-label', 'Main');
  for (const page of PAGES) {
    const link = document.createElement('a');
    link.href = page.href;
    link.textContent = page.label;
    link.dataset.page = page.id;
    if (page.id === current) {
      link.setAttribute('aria-current', 'page');
    }
    nav.append(link);
  }

  const account = document.createElement('div');
  account.className = 'account';
  header.append(brand, nav, account);
  document.body.prepend(header);
  showAccount(nav, account);
  return header;
}

let mePromise;

/**
 * The logged-in user, asked once per page: `{userId, name, groups, roles}`.
 *
 * @return {Promise<object>}
 */
export function currentUser() {
  mePromise = mePromise || api('/me');
  return mePromise;
}

async function showAccount(nav, account) {
  let me;
  try {
    me = await currentUser();
  } catch {
    return;
  }
  const roles = me.roles || [];
  for (const page of PAGES) {
    const allowed = !page.role || roles.includes(page.role) || roles.includes('admins');
    nav.querySelector(`[data-page="${page.id}"]`).hidden = !allowed;
  }
  const name = document.createElement('span');
  name.className = 'account__name';
  name.textContent = me.name || me.userId;
  const form = document.createElement('form');
  form.method = 'post';
  form.action = '/logout';
  const token = document.createElement('input');
  token.type = 'hidden';
  token.name = '_csrf';
  token.value = csrfToken();
  const button = document.createElement('button');
  button.type = 'submit';
  button.className = 'account__logout';
  button.textContent = 'Log out';
  form.append(token, button);
  account.append(name, form);
}
