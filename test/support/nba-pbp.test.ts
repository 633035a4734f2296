// Replays the 40 fixture games (stats.nba.com play-by-play, 2018-19 week 1) and checks the team counting stats
// against the official team game log. Expected values come only from the log and from the feed's own SCORE column.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { liveEventData } from '../../lib/basketball/live/events';
import {
  type LiveEventInput,
  type PbpGame,
  parsePbp,
  playerKey,
  printedSlots,
  type Resolver,
  type Side,
  toEvents,
} from './nba-pbp';
import { COUNTING_FIELDS, type LogLine, type TeamTally, tally, teamLinesFromLog } from './nba-pbp-lines';

const fixtureDir = path.join(process.cwd(), 'test', 'fixtures', 'basketball', 'play-by-play-2018-19');
const logCsv = readFileSync(path.join(process.cwd(), 'lib', 'demo', 'data', 'basketball', 'log-2019.csv'), 'utf8');
const files = readdirSync(fixtureDir)
  .filter((f) => f.endsWith('.csv'))
  .sort();

const TEAM_IDS: Record<Side, number> = { home: 1, visitor: 2 };

/** Numbers players in order of first sight; the same key always gets the same id. */
function testResolver(): Resolver {
  const ids = new Map<string, number>();
  return {
    team: (side) => TEAM_IDS[side],
    player: (side, name) => {
      const key = playerKey(side, name);
      const id = ids.get(key) ?? 100 + ids.size;
      ids.set(key, id);
      return id;
    },
  };
}

/** The last SCORE in the feed, "AWAY - HOME". */
function finalScore(game: PbpGame): Record<Side, number> {
  const last = game.rows.filter((r) => r.score).at(-1)?.score ?? '';
  const [visitor, home] = last.split(' - ').map(Number);
  return { home: home ?? Number.NaN, visitor: visitor ?? Number.NaN };
}

const conversions = new Map<string, ReturnType<typeof convertFile>>();
/** Each file is converted once and shared by the tests that read it. */
function convert(file: string) {
  const done = conversions.get(file) ?? convertFile(file);
  conversions.set(file, done);
  return done;
}

function convertFile(file: string) {
  const game = parsePbp(readFileSync(path.join(fixtureDir, file), 'utf8'));
  const conversion = toEvents(game, testResolver());
  const lines = tally(conversion.events);
  const ours = (side: Side): TeamTally => {
    const line = lines.get(TEAM_IDS[side]);
    if (!line) throw new Error(`${file}: no events for ${side}`);
    return line;
  };
  return { game, conversion, ours, log: teamLinesFromLog(logCsv, game.gameId) };
}

/** The players an event says were on the court (technical fouls can be called on the bench). */
function actors(e: LiveEventInput): [team: number, player: number | null | undefined][] {
  switch (e.type) {
    case 'field_goal':
      return [
        [e.team_id, e.player_id],
        [e.team_id, e.assist_player_id],
      ];
    case 'free_throw':
    case 'rebound':
      return [[e.team_id, e.player_id]];
    case 'turnover':
      return [[e.team_id, e.player_id]];
    case 'foul':
      return e.kind === 'technical' ? [] : [[e.team_id, e.player_id]];
    default:
      return [];
  }
}

/** Replays starters and substitutions: substitutions that do not fit the court, and actions by players off it. */
function courtReplay(events: LiveEventInput[]): { badSubstitutions: string[]; offCourtActions: string[] } {
  const court = new Map<number, Set<number>>();
  const badSubstitutions: string[] = [];
  const offCourtActions: string[] = [];
  for (const e of events) {
    if (e.type === 'starters') court.set(e.team_id, new Set(e.player_ids));
    for (const [team, player] of actors(e)) if (player && !court.get(team)?.has(player)) offCourtActions.push(JSON.stringify(e));
    if (e.type !== 'substitution') continue;
    const five = court.get(e.team_id) ?? new Set();
    if (!five.has(e.player_out_id) || five.has(e.player_in_id)) badSubstitutions.push(JSON.stringify(e));
    five.delete(e.player_out_id);
    five.add(e.player_in_id);
  }
  return { badSubstitutions, offCourtActions };
}

describe('description rules, on a hand-written quarter', () => {
  const header =
    'GAME_ID,EVENTNUM,EVENTMSGTYPE,EVENTMSGACTIONTYPE,PERIOD,WCTIMESTRING,PCTIMESTRING,HOMEDESCRIPTION,NEUTRALDESCRIPTION,VISITORDESCRIPTION,SCORE,SCOREMARGIN';
  // [type, action, home text, visitor text, score]. Names are learnt from rows that delimit them (shots, free throws,
  // rebounds, blocks, steals, substitutions); turnovers, fouls and jump balls only refer to those names.
  const rows: [number, number, string, string, string][] = [
    [12, 0, '', '', ''],
    [10, 0, 'Jump Ball Horford vs. Embiid: Tip to Simmons', '', ''],
    [2, 1, 'Horford BLOCK (1 BLK)', 'MISS Ennis III  3PT Jump Shot', ''],
    [4, 0, 'CELTICS Rebound', '', ''],
    [1, 1, "Smart 25' 3PT Jump Shot (3 PTS) (Irving 1 AST)", '', '0 - 3'],
    [5, 1, 'Tatum STEAL (1 STL)', 'Simmons Bad Pass Turnover (P1.T1)', ''],
    [2, 5, "MISS Brown 2' Layup", '', ''],
    [4, 0, 'Brown REBOUND (Off:1 Def:0)', '', ''],
    [6, 2, '', 'Covington S.FOUL (P1.T1) (S.Foster)', ''],
    [3, 11, 'MISS Brown Free Throw 1 of 2', '', ''],
    [4, 1, 'CELTICS Rebound', '', ''],
    [3, 12, 'Brown Free Throw 2 of 2 (1 PTS)', '', '0 - 4'],
    [8, 0, '', 'SUB: Johnson FOR Saric', ''],
    [2, 1, '', "MISS Covington 26' 3PT Jump Shot", ''],
    [4, 0, '', 'Simmons REBOUND (Off:1 Def:0)', ''],
    [6, 11, 'Stevens T.FOUL (P1.PN) (K.Lane)', '', ''],
    [3, 16, '', 'Embiid Free Throw Technical (1 PTS)', '1 - 4'],
    [5, 0, 'Smart No Turnover (P1.T1)', '', ''],
    [13, 0, '', '', ''],
  ];
  const csv = [
    header,
    ...rows.map(([type, action, home, visitor, score], i) =>
      ['0029900001', i + 1, type, action, 1, '7:00 PM', '12:00', `"${home}"`, '', `"${visitor}"`, score, ''].join(','),
    ),
  ].join('\n');
  const ids: Record<string, number> = {
    'home:Horford': 11,
    'home:Smart': 12,
    'home:Irving': 13,
    'home:Tatum': 14,
    'home:Brown': 15,
    'visitor:Embiid': 21,
    'visitor:Ennis III': 22,
    'visitor:Simmons': 23,
    'visitor:Covington': 24,
    'visitor:Saric': 25,
    'visitor:Johnson': 26,
  };
  const resolver: Resolver = {
    team: (side) => TEAM_IDS[side],
    player: (side, name) => ids[playerKey(side, name)] ?? Number.NaN,
  };

  it('maps every kind of row, and skips the dead-ball rebound', () => {
    const { events, unmapped, warnings, rosters } = toEvents(parsePbp(csv), resolver);
    expect(events).toEqual([
      { type: 'period_start', period: 1 },
      { type: 'starters', team_id: 1, player_ids: [11, 12, 13, 14, 15] },
      { type: 'starters', team_id: 2, player_ids: [21, 22, 23, 24, 25] },
      { type: 'jump_ball', winner_team_id: 2 },
      { type: 'field_goal', team_id: 2, player_id: 22, points: 3, made: false, block_player_id: 11 },
      { type: 'rebound', team_id: 1, player_id: null, offensive: false },
      { type: 'field_goal', team_id: 1, player_id: 12, points: 3, made: true, assist_player_id: 13 },
      { type: 'turnover', team_id: 2, player_id: 23, steal_player_id: 14 },
      { type: 'field_goal', team_id: 1, player_id: 15, points: 2, made: false },
      { type: 'rebound', team_id: 1, player_id: 15, offensive: true },
      { type: 'foul', team_id: 2, player_id: 24, kind: 'shooting' },
      { type: 'free_throw', team_id: 1, player_id: 15, made: false },
      { type: 'free_throw', team_id: 1, player_id: 15, made: true },
      { type: 'substitution', team_id: 2, player_in_id: 26, player_out_id: 25 },
      { type: 'field_goal', team_id: 2, player_id: 24, points: 3, made: false },
      { type: 'rebound', team_id: 2, player_id: 23, offensive: true },
      // The coach's technical: a name that never plays goes to the team.
      { type: 'foul', team_id: 1, player_id: null, kind: 'technical' },
      { type: 'free_throw', team_id: 2, player_id: 21, made: true },
      { type: 'turnover', team_id: 1, player_id: 12 },
      { type: 'period_end', period: 1 },
      { type: 'game_end' },
    ]);
    expect(unmapped).toEqual([{ eventnum: 11, reason: expect.stringContaining('dead-ball') }]);
    expect(warnings).toEqual([]);
    expect(rosters.visitor).toContain('Ennis III');
    expect(tally(events).get(1)).toMatchObject({
      PTS: 4,
      FGM: 1,
      FGA: 2,
      FG3M: 1,
      FTA: 2,
      AST: 1,
      STL: 1,
      BLK: 1,
      OREB: 1,
      TOV: 1,
    });
  });
});

describe('stats.nba.com play-by-play → live events', () => {
  it('has the 40 fixture games', () => {
    expect(files).toHaveLength(40);
  });

  it.each(files)('%s: team counting stats equal the official team log', (file) => {
    const { game, ours, log } = convert(file);
    const score = finalScore(game);
    for (const side of ['home', 'visitor'] as const) {
      const pick = (line: TeamTally | LogLine) => Object.fromEntries(COUNTING_FIELDS.map((f) => [f, line[f]]));
      expect(pick(ours(side)), `${file} ${side} (${log[side].team})`).toEqual(pick(log[side]));
      expect(score[side], `${file} final SCORE ${side}`).toBe(log[side].PTS);
    }
  });

  it.each(files)('%s: rebounds, turnovers and fouls equal the official team log', (file) => {
    const { ours, log } = convert(file);
    for (const side of ['home', 'visitor'] as const) {
      const mine = ours(side);
      // The log's REB is player rebounds only; team rebounds (TEAM_REB) are pinned in their own test below.
      expect(
        { REB: mine.OREB + mine.DREB, OREB: mine.OREB, DREB: mine.DREB, TOV: mine.TOV, PF: mine.PF },
        `${file} ${side} (${log[side].team})`,
      ).toEqual({ REB: log[side].REB, OREB: log[side].OREB, DREB: log[side].DREB, TOV: log[side].TOV, PF: log[side].PF });
    }
  });

  it.each(files)('%s: events are well formed and the line-ups consistent', (file) => {
    for (const periodLineups of ['substitutions', 'starters'] as const) {
      const game = parsePbp(readFileSync(path.join(fixtureDir, file), 'utf8'));
      const { events, rosters } = toEvents(game, testResolver(), { periodLineups });
      expect(events[0]).toEqual({ type: 'period_start', period: 1 });
      expect(events.at(-1)).toEqual({ type: 'game_end' });
      // Every event is one the live API accepts, by the domain's own schema.
      for (const e of events) expect(liveEventData.safeParse(e).error, JSON.stringify(e)).toBeUndefined();
      const starters = events.filter((e): e is Extract<LiveEventInput, { type: 'starters' }> => e.type === 'starters');
      for (const s of starters) expect(new Set(s.player_ids).size).toBe(5);
      const periods = events.filter((e) => e.type === 'period_start').length;
      // Both teams get a starting five: once, or every period.
      expect(starters.length).toBe(periodLineups === 'starters' ? 2 * periods : 2);
      // Every substitution fits the court and nobody plays from the bench (technicals aside).
      expect(courtReplay(events)).toEqual({ badSubstitutions: [], offCourtActions: [] });
      expect(rosters.home.length).toBeGreaterThanOrEqual(5);
      expect(rosters.visitor.length).toBeGreaterThanOrEqual(5);
    }
  });

  // What the conversion leaves out or repairs, pinned: a change to the converter or the fixtures shows up here.
  it('leaves out only the known rows, and repairs only the known line-up', () => {
    const unmapped = new Map<string, number>();
    let teamRebounds = 0;
    const notes: string[] = [];
    for (const file of files) {
      const { conversion, ours } = convert(file);
      for (const u of conversion.unmapped) unmapped.set(u.reason, (unmapped.get(u.reason) ?? 0) + 1);
      notes.push(...conversion.warnings.map((w) => `${file}: ${w}`));
      teamRebounds += ours('home').TEAM_REB + ours('visitor').TEAM_REB;
    }
    expect(Object.fromEntries(unmapped)).toEqual({
      // Not rebounds of a live ball: the official line does not count them either.
      'dead-ball team rebound (between free throws / after a dead ball)': 257,
      'violation (any turnover or technical it causes is its own row)': 57,
      'event type 18 (no description)': 78,
      'jump ball without a "Tip to" player': 3,
      'jump ball winner "Harris" not on exactly one roster': 1,
      'foul action 11 without text': 3,
      'foul action 16 without text': 2,
      ejection: 4,
    });
    // Team rebounds of a live ball: in the events, and (like the official line) in no player's REB.
    expect(teamRebounds).toBe(513);
    // One stint the feed never shows: Selden plays period 2 without a row until Brooks' first action.
    expect(notes).toEqual([
      '0021800005.csv: period 2 visitor: guessed starter(s) Selden',
      '0021800005.csv: event 211: visitor Brooks plays while off the court; assumed SUB Brooks FOR Selden',
    ]);
  });
});

describe('person ids (the endpoint’s PLAYER1_ID…PLAYER3_ID columns)', () => {
  // Game 0021800005: the Grizzlies' Brooks and Temple. In 2018-19 the Grizzlies had two
  // players printed as "Brooks" (Dillon and MarShon); here Temple is printed as "Brooks" too, while the id columns
  // (built from the real names, as stats.nba.com fills them) still tell the two apart.
  const original = parsePbp(readFileSync(path.join(fixtureDir, '0021800005.csv'), 'utf8'));
  const slots = printedSlots(original);
  const personIds = new Map<string, string>();
  const person = (p: { side: Side; name: string } | null) => {
    if (!p) return null;
    const key = playerKey(p.side, p.name);
    if (!personIds.has(key)) personIds.set(key, String(1_628_000 + personIds.size));
    return { id: personIds.get(key) ?? '', name: p.name };
  };
  const printedAsBrooks = (text: string) => text.replace(/\bTemple\b/g, 'Brooks');
  const namesakes: PbpGame = {
    gameId: original.gameId,
    rows: original.rows.map((r) => {
      const [a, b, c] = slots.get(r.eventnum) ?? [null, null, null];
      return {
        ...r,
        home: printedAsBrooks(r.home),
        visitor: printedAsBrooks(r.visitor),
        people: [person(a), person(b), person(c)],
      };
    }),
  };
  /** Players numbered by their real name, whichever way the conversion keys them ("Temple", or "Temple [1628004]"). */
  const byRealName = (): Resolver => {
    const inner = testResolver();
    return { team: inner.team, player: (side, key) => inner.player(side, key.replace(/ \[\d+\]$/, '')) };
  };

  it('keeps two players printed with one surname apart: the same events as the game with their real names', () => {
    expect(namesakes.rows.some((r) => /SUB: Brooks FOR Brooks/.test(r.visitor))).toBe(true);
    const expected = toEvents(original, byRealName());
    const withIds = toEvents(namesakes, byRealName());
    expect(withIds.events).toEqual(expected.events);
    expect(withIds.rosters.visitor).toContain(`Temple [${personIds.get('visitor:Temple')}]`);
    expect(withIds.rosters.visitor).toContain(`Brooks [${personIds.get('visitor:Brooks')}]`);
  });

  it('names alone merge the two into one player, which is why the ids are used', () => {
    const namesOnly: PbpGame = { ...namesakes, rows: namesakes.rows.map(({ people: _, ...r }) => r) };
    const merged = toEvents(namesOnly, byRealName());
    expect(merged.rosters.visitor).not.toContain('Temple');
    expect(merged.events).not.toEqual(toEvents(original, byRealName()).events);
  });
});
