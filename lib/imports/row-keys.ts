// The rows a file has already given, for rejecting a repeat by the row it repeats. A million-row
// import keeps a million keys: as strings ("2024-10-22|BOS|Jayson Tatum", built from parts) that is
// a few hundred bytes each; here each key is one exact number made of small interned parts, so the
// whole file's index stays tens of megabytes.

/** Interns values of one part of a key: the same value always gets the same small number. */
class Parts {
  private readonly ids = new Map<string, number>();
  constructor(private readonly bits: number) {}
  id(value: string): number {
    let id = this.ids.get(value);
    if (id === undefined) {
      id = this.ids.size;
      if (id >= 2 ** this.bits) throw new Error(`more than ${2 ** this.bits} distinct key parts`);
      this.ids.set(value, id);
    }
    return id;
  }
}

/**
 * First row numbers by a key of parts whose bit widths sum to at most 53 (an exact double). Each
 * part is interned, so it is exact (no hash, no collision) as long as each part has few distinct values.
 */
export class RowKeys {
  private readonly first = new Map<number, number>();
  private readonly parts: Parts[];
  constructor(private readonly bits: number[]) {
    if (bits.reduce((a, b) => a + b, 0) > 53) throw new Error('a key must fit in 53 bits');
    this.parts = bits.map((b) => new Parts(b));
  }

  private key(values: string[]): number {
    let key = 0;
    for (const [i, part] of this.parts.entries()) key = key * 2 ** (this.bits[i] ?? 0) + part.id(values[i] ?? '');
    return key;
  }

  /** The row that first gave these values, or undefined (and this row is remembered as the first). */
  firstRow(values: string[], rowNumber: number): number | undefined {
    const key = this.key(values);
    const first = this.first.get(key);
    if (first === undefined) this.first.set(key, rowNumber);
    return first;
  }
}
