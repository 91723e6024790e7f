import { mountFrame } from '../shell/frame.js';

mountFrame('tasklist');
document.getElementById('coming-soon-text').textContent =
  'Staff will see the open tasks of their teams here, oldest first, and claim and complete them. '
  + 'Until then, the API serves them: GET /api/tasks.';
