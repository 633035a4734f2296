// The account forms' one way to call the API: JSON in, and on failure the message a person should read.

export type PostResult = { ok: true; data: unknown } | { ok: false; message: string; fields: Record<string, string> };

export async function postJson(url: string, body: unknown, method = 'POST'): Promise<PostResult> {
  const res = await fetch(url, {
    method,
    headers: { 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  }).catch(() => null);
  if (!res) return { ok: false, message: 'The network is unreachable; try again.', fields: {} };
  const json = (await res.json().catch(() => ({}))) as {
    data?: unknown;
    error?: { message?: string; details?: { path: string; message: string }[] };
  };
  if (res.ok) return { ok: true, data: json.data };
  const details = Array.isArray(json.error?.details) ? json.error.details : [];
  const fields = Object.fromEntries(details.map((d) => [d.path, `${d.path.replace('_', ' ')} ${d.message}`]));
  return { ok: false, message: json.error?.message ?? `The request failed (${res.status}).`, fields };
}
