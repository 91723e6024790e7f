/**
 * The one fetch client for Stageline's /api. Every call resolves with parsed JSON
 * or rejects with an Error whose message is the server's error text.
 */
export async function api(path, { method = 'GET', body, headers = {} } = {}) {
  const init = {
    method,
    headers: { Accept: 'application/json', 'X-Requested-With': 'XMLHttpRequest', ...headers },
    credentials: 'same-origin'
  };
  if (method !== 'GET') {
    init.headers['X-XSRF-TOKEN'] = csrfToken();
  }
  if (body !== undefined) {
    const isText = typeof body === 'string';
    init.body = isText ? body : JSON.stringify(body);
    init.headers['Content-Type'] = isText ? 'application/xml' : 'application/json';
  }
  const response = await fetch('/api' + path, init);
  if (response.status === 401) {
    // the session ended: back to the login page, then here again
    location.assign('/login');
  }
  const text = await response.text();
  const data = text ? parseJson(text) : null;
  if (!response.ok) {
    const error = new Error((data && data.error) || `${response.status} ${response.statusText}`);
    error.status = response.status;
    error.details = (data && data.details) || [];
    throw error;
  }
  return data;
}

function parseJson(text) {
  try {
    return JSON.parse(text);
  } catch {
    return { error: text };
  }
}

/** The CSRF token the server put in the XSRF-TOKEN cookie; every change the browser asks for sends it back. */
export function csrfToken() {
  const match = document.cookie.split('; ').find((part) => part.startsWith('XSRF-TOKEN='));
  return match ? decodeURIComponent(match.slice('XSRF-TOKEN='.length)) : '';
}
