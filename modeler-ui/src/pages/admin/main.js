import './admin.css';
import { api, describeError } from '../../api/client.js';
import { el, showMessageIn } from '../../shell/dom.js';
import { mountFrame } from '../../shell/frame.js';

const ROLES = ['admins', 'designers', 'staff', 'managers'];

mountFrame('admin');

const say = (kind, text) => showMessageIn(document.getElementById('message'), kind, text);
const table = document.getElementById('users');
let groups = [];

async function load() {
  try {
    [groups] = await Promise.all([api('/admin/groups')]);
    const users = await api('/admin/users');
    renderGroupChoices();
    renderUsers(users);
  } catch (error) {
    say('error', 'Could not load users and teams: ' + describeError(error));
  } finally {
    document.getElementById('users-loading').hidden = true;
  }
}

function groupLabel(group) {
  const kind = ROLES.includes(group.id) ? 'role' : 'team';
  return `${group.name || group.id} (${kind})`;
}

function renderGroupChoices() {
  const box = document.getElementById('new-user-groups');
  box.replaceChildren(...groups.map((group) => el('label', { className: 'check' },
    el('input', { type: 'checkbox', name: 'groups', value: group.id }), groupLabel(group))));
}

function renderUsers(users) {
  const body = table.tBodies[0];
  body.replaceChildren(...users.map(userRow));
  table.hidden = false;
}

function userRow(user) {
  const memberships = el('td', {}, ...user.groups.map((groupId) => el('span', { className: 'chip' }, groupId,
    el('button', { type: 'button', className: 'chip__remove', title: `Remove ${user.id} from ${groupId}`,
      attrs: { 'aria-label': `Remove ${user.id} from ${groupId}` },
      on: { click: () => change('DELETE', user.id, groupId) } }, '×'))));
  const missing = groups.filter((group) => !user.groups.includes(group.id));
  const select = el('select', { attrs: { 'aria-label': `Add ${user.id} to a role or team` } },
    el('option', { value: '' }, 'Choose…'), ...missing.map((group) => el('option', { value: group.id }, groupLabel(group))));
  select.addEventListener('change', () => select.value && change('PUT', user.id, select.value));
  return el('tr', { dataset: { user: user.id } }, el('td', {}, user.id),
    el('td', {}, [user.firstName, user.lastName].filter(Boolean).join(' ') || '—'), memberships, el('td', {}, select));
}

async function change(method, userId, groupId) {
  try {
    const user = await api(`/admin/users/${encodeURIComponent(userId)}/groups/${encodeURIComponent(groupId)}`, { method });
    table.querySelector(`tr[data-user="${CSS.escape(userId)}"]`).replaceWith(userRow(user));
    say('success', method === 'PUT' ? `${userId} now belongs to ${groupId}.` : `${userId} left ${groupId}.`);
  } catch (error) {
    say('error', describeError(error));
  }
}

document.getElementById('new-user').addEventListener('submit', async (event) => {
  event.preventDefault();
  const form = event.target;
  const data = new FormData(form);
  try {
    const user = await api('/admin/users', { method: 'POST', body: {
      id: data.get('id'), firstName: data.get('firstName'), lastName: data.get('lastName'),
      password: data.get('password'), groups: data.getAll('groups') } });
    table.tBodies[0].append(userRow(user));
    form.reset();
    say('success', `Created the user ${user.id}.`);
  } catch (error) {
    say('error', describeError(error));
  }
});

document.getElementById('new-team').addEventListener('submit', async (event) => {
  event.preventDefault();
  const form = event.target;
  const data = new FormData(form);
  try {
    const team = await api('/admin/groups', { method: 'POST', body: { id: data.get('id'), name: data.get('name') } });
    groups = [...groups, team].sort((a, b) => a.id.localeCompare(b.id));
    renderGroupChoices();
    renderUsers(await api('/admin/users'));
    form.reset();
    say('success', `Created the team ${team.id}; lanes whose role is "${team.id}" now go to its members.`);
  } catch (error) {
    say('error', describeError(error));
  }
});

load();
