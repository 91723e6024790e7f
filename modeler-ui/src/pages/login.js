import { csrfToken } from '../api/client.js';
import '../style.css';

const params = new URLSearchParams(location.search);
const message = document.getElementById('message');
if (params.has('error')) {
  show('Wrong user name or password. After a wrong try the user is locked for a few seconds.', 'error');
} else if (params.has('logout')) {
  show('You have logged out.');
}
document.getElementById('csrf').value = csrfToken();

function show(text, kind = 'info') {
  message.textContent = text;
  message.className = 'notice ' + kind;
  message.hidden = false;
}

fetch('/api/login-info', { headers: { Accept: 'application/json' } })
  .then((response) => (response.ok ? response.json() : { demo: false, users: [] }))
  .then(({ demo, users }) => {
    if (!demo) {
      return;
    }
    const body = document.querySelector('#demo-users tbody');
    for (const user of users) {
      const row = body.insertRow();
      row.tabIndex = 0;
      row.className = 'clickable';
      for (const text of [user.username, user.password, user.role]) {
        row.insertCell().textContent = text;
      }
      const fill = () => {
        document.getElementById('username').value = user.username;
        document.getElementById('password').value = user.password;
      };
      row.addEventListener('click', fill);
      row.addEventListener('keydown', (event) => event.key === 'Enter' && fill());
    }
    document.getElementById('demo-users').hidden = false;
  })
  .catch(() => {});
