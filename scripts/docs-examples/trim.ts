// Examples are for reading: a list keeps its first few rows. A cut that would break the documented
// shape (a fixed-length array) is not made; the recorded answer then stays whole.
import type { Contract } from '@/lib/api/contract';

const TOP_ROWS = 2;
const NESTED_ROWS = 3;

function cut(value: unknown, rows: number, depth = 0): unknown {
  if (Array.isArray(value)) return value.slice(0, depth === 0 ? TOP_ROWS : rows).map((v) => cut(v, rows, depth + 1));
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, cut(v, rows, depth + 1)]));
  }
  return value;
}

/** The body `{ data, meta? }` with its lists cut, as long as `data` still matches the contract. */
export function trimmed(contract: Contract, body: { data?: unknown; meta?: unknown }): unknown {
  if (!contract.response || body.data === undefined) return body;
  for (const rows of [NESTED_ROWS, 18]) {
    const data = cut(body.data, rows);
    if (contract.response.safeParse(data).success) return { ...body, data };
  }
  return body;
}
