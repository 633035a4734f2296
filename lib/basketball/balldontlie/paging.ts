// balldontlie's pages: `meta.next_cursor` is the last id of this page, and is absent on the last
// page (clients loop `while (meta.next_cursor)`).
export type BdlMeta = {
  per_page: number;
  next_cursor?: number;
};

/** Takes one row more than a page to know whether another page follows. */
export function bdlPage<T>(rows: T[], perPage: number, idOf: (row: T) => number): { data: T[]; meta: BdlMeta } {
  const data = rows.slice(0, perPage);
  const last = data.at(-1);
  return { data, meta: { per_page: perPage, ...(rows.length > perPage && last ? { next_cursor: idOf(last) } : {}) } };
}

/** Every row of a keyset-paginated read, `size` rows per round trip. */
export async function allRows<T>(read: (after: number | null) => Promise<T[]>, idOf: (row: T) => number, size: number) {
  const rows: T[] = [];
  let after: number | null = null;
  for (;;) {
    const batch = await read(after);
    rows.push(...batch);
    const last = batch.at(-1);
    if (batch.length < size || !last) return rows;
    after = idOf(last);
  }
}
