/**
 * The one fetch client for Stageline's /api. Every call resolves with parsed JSON
 * or rejects with an Error whose message is the server's error text.
 */
export async function api(path, { method = 'GET', body, headers = {} } = {}) {
  const init = { method, headers: { Accept: 'application/json', ...headers }, credentials: 'same-origin' };
  if (body !== undefined) {
    const isText = typeof body === 'string';
    init.body = isText ? body : JSON.stringify(body);
    init.headers['Content-Type'] = isText ? 'application/xml' : 'application/json';
  }
  const response = await fetch('/api' + path, init);
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
