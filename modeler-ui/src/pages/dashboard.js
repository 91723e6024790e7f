import { mountFrame } from '../shell/frame.js';

mountFrame('dashboard');
document.getElementById('coming-soon-text').textContent =
  'Managers will compare actual and target times here, per step, layer and staff member. '
  + 'Until then, the API serves them: GET /api/blueprints/{key}/statistics.';
