// Names as people type them: "sengun" finds "Alperen Şengün", "pj tucker" finds "P.J. Tucker".
// One folding, in JavaScript for what is typed and in SQL (translate, which PGlite and every
// Postgres have, unlike the unaccent extension) for what is stored, built from the same table.
import { type SQL, sql } from 'drizzle-orm';

// Letters NFD does not decompose into a base letter and a mark.
const special: Record<string, string> = {
  ø: 'o',
  Ø: 'o',
  ł: 'l',
  Ł: 'l',
  đ: 'd',
  Đ: 'd',
  ı: 'i',
  æ: 'a',
  Æ: 'a',
  ß: 's',
  ħ: 'h',
  þ: 't',
};
const dropped = ".,'’`";

function foldChar(ch: string): string {
  return special[ch] ?? ch.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

const [from, to] = (() => {
  let f = '';
  let t = '';
  for (let cp = 0xc0; cp <= 0x24f; cp++) {
    const ch = String.fromCodePoint(cp);
    const folded = foldChar(ch);
    if (folded.length === 1 && /[a-z]/.test(folded)) {
      f += ch;
      t += folded;
    }
  }
  // translate() deletes the characters of `from` that have no counterpart in `to`.
  return [`${f}-${dropped}`, `${t} `];
})();

/** What is typed, folded: lower case, no accents, no dots or apostrophes, hyphens as spaces. */
export function foldName(s: string): string {
  let out = '';
  for (const ch of s) out += dropped.includes(ch) ? '' : ch === '-' ? ' ' : foldChar(ch);
  return out.replace(/\s+/g, ' ').trim();
}

/** The same folding of a stored column, in SQL. */
export const foldedSql = (column: SQL | unknown): SQL => sql`translate(lower(${column}), ${from}, ${to})`;

/** A LIKE pattern matching the folded text anywhere. */
export const containsPattern = (typed: string) => `%${foldName(typed).replace(/[%_\\]/g, (m) => `\\${m}`)}%`;

/** A LIKE pattern matching folded text that starts with what was typed. */
export const startsPattern = (typed: string) => `${foldName(typed).replace(/[%_\\]/g, (m) => `\\${m}`)}%`;

const suffix = / (jr|sr|ii|iii|iv|v)$/;
const suffixSql = ' (jr|sr|ii|iii|iv|v)$';

/** The key two spellings of one person share: folded, without a generational suffix (Jr., III). */
export const identityKey = (name: string) => foldName(name).replace(suffix, '');

/** identityKey of a stored column, in SQL. */
export const identityKeySql = (column: SQL | unknown): SQL =>
  sql`regexp_replace(btrim(regexp_replace(${foldedSql(column)}, '[[:space:]]+', ' ', 'g')), ${suffixSql}, '')`;
