import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { parsePlayerLogRow, playerLogCellParser, recordOf } from './player-game-log';

const demo = path.join('lib', 'demo', 'data', 'basketball', 'player-games-2024-10-22_2024-12-31.csv');
const [header, ...rows] = parse(readFileSync(demo, 'utf8'), { trim: true }) as string[][];

/** The compiled check must give what the zod schema gives on the record, value or reason, for every row. */
function agrees(head: string[], cells: string[]) {
  expect(playerLogCellParser(head)(cells)).toEqual(parsePlayerLogRow(recordOf(head, cells)));
}

describe('playerLogCellParser', () => {
  it('reads 500 real rows exactly as the schema does', () => {
    for (const cells of rows.slice(0, 500)) agrees(header as string[], cells);
  });

  it('rejects each bad cell with the schema’s own reason', () => {
    const h = header as string[];
    const base = rows[0] as string[];
    const col = (name: string) => h.indexOf(name);
    const edits: [string, string][] = [
      ['PTS', 'lots'],
      ['PTS', ''],
      ['PTS', ' 37 '],
      ['FG', '1000'],
      ['FG', '-1'],
      ['FG', '1.5'],
      ['MP', '30:61'],
      ['MP', '101'],
      ['MP', '30:18'],
      ['MP', ' 30.3'],
      ['Tm', 'XXX'],
      ['Opp', 'BOS'],
      ['Res', 'w'],
      ['Player', ''],
      ['Player', '  Jayson Tatum  '],
      ['Player', 'x'.repeat(101)],
      ['Data', '2/30/2025'],
      ['Data', '2024-10-22'],
      ['TRB', '5'],
    ];
    for (const [name, value] of edits) {
      const cells = [...base];
      cells[col(name)] = value;
      agrees(h, cells);
    }
  });

  it('treats short rows, extra cells and a repeated column as csv-parse records do', () => {
    const h = header as string[];
    const base = rows[0] as string[];
    agrees(h, base.slice(0, 10));
    agrees(h, [...base, 'extra']);
    agrees([...h, 'PTS'], [...base, '99']);
    agrees(
      h.filter((c) => c !== 'STL'),
      base.filter((_c, i) => h[i] !== 'STL'),
    );
  });
});
