import { csrfToken } from '../api/client.js';
import '../style.css';

document.getElementById('csrf').value = csrfToken();
