// OpenGolfAPI's US course list: one row per course with hole_N_par and hole_N_hcp (stroke index)
// columns for 18 holes, often only partly filled. No tees, ratings or per-hole yardage.

import { rankOrder } from '../permutation';
import { type CardResult, type CsvRow, cellNumber, finishCard } from './card';

const holeNumbers = Array.from({ length: 18 }, (_, i) => i + 1);

export function opengolfapiCards(rows: readonly CsvRow[]): CardResult[] {
  return rows.map(cardFrom);
}

// The list writes 0 where it has no value (no hole is par 0 or stroke index 0), so 0 reads as blank.
const holeCell = (raw: string | undefined) => (raw?.trim() === '0' ? null : cellNumber(raw));

function cardFrom({ line, cells }: CsvRow): CardResult {
  const par = holeNumbers.map((n) => holeCell(cells[`hole_${n}_par`]));
  const hcp = holeNumbers.map((n) => holeCell(cells[`hole_${n}_hcp`]));
  const statedPar = cellNumber(cells.par);
  // The `holes` column counts holes with data, so it cannot tell a 9-hole course. A card with
  // nothing past hole 9 and a stated par of a nine (at most 45) is one.
  const backEmpty = par.slice(9).every((v) => v === null) && hcp.slice(9).every((v) => v === null);
  const nineHoles = backEmpty && statedPar !== null && statedPar <= 45;
  const holes = nineHoles ? 9 : 18;
  const n = (s: string | undefined) => (s?.trim() ? Number(s) : undefined);
  const location = {
    ...(cells.city?.trim() ? { city: cells.city.trim() } : {}),
    ...(cells.state?.trim() ? { state: cells.state.trim() } : {}),
    ...(cells.country?.trim() ? { country: cells.country.trim() } : {}),
    ...(n(cells.latitude) !== undefined ? { latitude: n(cells.latitude) } : {}),
    ...(n(cells.longitude) !== undefined ? { longitude: n(cells.longitude) } : {}),
  };
  return finishCard({
    name: cells.name?.trim() || `OpenGolfAPI ${cells.id}`,
    holes,
    row: line,
    teeName: 'Scorecard',
    location,
    source: { name: 'opengolfapi', ...(cells.id ? { id: cells.id } : {}) },
    par: par.slice(0, holes),
    strokeIndex: nineHoles ? nineHoleIndex(hcp.slice(0, 9)) : hcp,
    yardage: null,
    statedPar,
  });
}

// Many 9-hole cards print the 18-hole style index of a nine played twice: odd numbers (1, 3, ... 17)
// for the first loop. Their order is the nine's ranking, so ranked 1..9 they are a valid index.
function nineHoleIndex(values: (number | null)[]): (number | null)[] {
  if (values.some((v) => v === null)) return values;
  const vs = values as number[];
  const distinct = new Set(vs).size === vs.length;
  const sameParity = vs.every((v) => v % 2 === 1) || vs.every((v) => v % 2 === 0);
  const inRange = vs.every((v) => Number.isInteger(v) && v >= 1 && v <= 18);
  return distinct && sameParity && inRange ? rankOrder(vs) : vs;
}
