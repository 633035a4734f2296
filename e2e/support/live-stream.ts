// An open event stream of the demo's live game (scheduled today, in the demo youth league): the one
// game whose stream answers.
export async function openLiveStream(url: string, headers: Record<string, string> = {}): Promise<Response> {
  const today = new Date().toISOString().slice(0, 10);
  const games = await (await fetch(`${url}/api/v1/basketball/games?league=valley-youth&dates[]=${today}&per_page=100`)).json();
  for (const { id } of games.data as { id: number }[]) {
    const res = await fetch(`${url}/api/v1/basketball/games/${id}/stream`, { headers });
    if (res.status === 200) return res;
    await res.body?.cancel();
  }
  throw new Error(`no live game among ${JSON.stringify(games.data)}`);
}

/** Reads `res` until its text satisfies `done`; returns the text and the reader (still open). */
export async function readUntil(res: Response, done: (text: string) => boolean) {
  const reader = (res.body as ReadableStream<Uint8Array>).getReader();
  const decoder = new TextDecoder();
  let text = '';
  while (!done(text)) {
    const { value, done: ended } = await reader.read();
    if (ended) throw new Error(`stream ended early: ${text}`);
    text += decoder.decode(value, { stream: true });
  }
  return { text, reader };
}
