/**
 * The one fetch client for Stageline's /api. Every call resolves with parsed JSON (or text,
 * with `as: 'text'`) or rejects with an Error whose message is the server's error text and
 * whose `status` is the HTTP status (0 when the server could not be reached).
 */
export async function api(path, { method = 'GET', body, headers = {}, as = 'json' } = {}) {
  const init = {
    method,
    headers: {
      Accept: as === 'json' ? 'application/json' : 'application/xml, text/plain',
      'X-Requested-With': 'XMLHttpRequest',
      ...headers
    },
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
  let response;
  try {
    response = await fetch('/api' + path, init);
  } catch {
    throw failure(0, 'The Stageline server cannot be reached. Check that it is running, then try again.');
  }
  if (response.status === 401) {
    // the session ended: back to the login page, then here again
    location.assign('/login');
  }
  const text = await response.text();
  if (!response.ok) {
    const data = text ? parseJson(text) : null;
    throw failure(response.status, (data && data.error) || `${response.status} ${response.statusText}`,
      (data && data.details) || []);
  }
  if (as === 'text') {
    return text;
  }
  return text ? parseJson(text) : null;
}

/**
 * What to tell a person about a failed call: the server's message, with a hint for the
 * cases a person can act on (logged out, missing role, server down).
 */
export function describeError(error) {
  switch (error && error.status) {
  case 401:
    return 'You are not logged in any more (401). Log in again, then retry.';
  case 403:
    return 'Your user may not do this (403): ' + (error.message || 'ask an admin for the right role.');
  default:
    return (error && error.message) || String(error);
  }
}

/** The CSRF token the server put in the XSRF-TOKEN cookie; every change the browser asks for sends it back. */
export function csrfToken() {
  const match = document.cookie.split('; ').find((part) => part.startsWith('XSRF-TOKEN='));
  return match ? decodeURIComponent(match.slice('XSRF-TOKEN='.length)) : '';
}

function failure(status, message, details = []) {
  const error = new Error(message);
  error.status = status;
  error.details = details;
  return error;
}

function parseJson(text) {
  try {
    return JSON.parse(text);
  } catch {
    return { error: text };
  }
}
