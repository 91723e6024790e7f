/**
 * The one fetch client for Stageline's /api. Every call resolves with parsed JSON (or text,
 * with `as: 'text'`) or rejects with an Error whose message is the server's error text and
 * whose `status` is the HTTP status (0 when the server could not be reached).
 */
export async function api(path, { method = 'GET', body, headers = {}, as = 'json' } = {}) {
  const init = {
    method,
    headers: { Accept: as === 'json' ? 'application/json' : 'application/xml, text/plain', ...headers },
    credentials: 'same-origin'
  };
  if (body !== undefined) {
    const isText = typeof body === 'string';
    init.body = isText ? body : JSON.stringify(body);
    init.headers['Content-Type'] = isText ? 'application/xml' : 'application/json';
  }
  let response;
  try {
    response = await fetch('/api' + path, init);
  } catch {
    const error = new Error('The Stageline server cannot be reached. Check that it is running, then try again.');
    error.status = 0;
    error.details = [];
    throw error;
  }
  const text = await response.text();
  if (!response.ok) {
    const data = text ? parseJson(text) : null;
    const error = new Error((data && data.error) || `${response.status} ${response.statusText}`);
    error.status = response.status;
    error.details = (data && data.details) || [];
    throw error;
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
    return 'You are not logged in (401). Reload the page and log in with your Stageline user.';
  case 403:
    return 'Your user may not do this (403). ' + (error.message || 'Ask an admin for the right role.');
  default:
    return (error && error.message) || String(error);
  }
}

function parseJson(text) {
  try {
    return JSON.parse(text);
  } catch {
    return { error: text };
  }
}
