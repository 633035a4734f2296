// stats.nba.com play-by-play (PlayByPlay endpoint CSV, 2018-19 format) → Statline live-game events.
// Used to replay real games through the live-scoring API and compare the result with the official team lines.
// Players are the names printed in the description text, keyed per side; where the file has the
// endpoint's PLAYER1_ID…PLAYER3_ID columns (playbyplayv2), each name is keyed by its person id instead,
// so two players of one surname on one team ("Brooks" on the 2018-19 Grizzlies) stay two players.
import { parse } from 'csv-parse/sync';
import type { FoulKind, LiveEventData, LiveEventType } from '../../lib/basketball/live/events';
import { otherSide as other, type Side } from '../../lib/basketball/live/state';

export type { Side };

type PlayType = Exclude<LiveEventType, 'undo'>;
/** A live-game event as posted to the API (the body without its id): the domain's own `{ type, ...data }`. */
export type LiveEventInput = { [T in PlayType]: { type: T } & Fields<LiveEventData<T>> }[PlayType];
// `game_end` has no data: zod types its empty strict object as Record<string, never>, which no `type` fits.
type Fields<D> = D extends Record<string, never> ? unknown : D;

export interface PbpRow {
  eventnum: number;
  /** EVENTMSGTYPE: 1 made shot, 2 missed shot, 3 free throw, 4 rebound, 5 turnover, 6 foul, 7 violation,
   *  8 substitution, 9 timeout, 10 jump ball, 11 ejection, 12 period start, 13 period end, 18 (no text). */
  type: number;
  action: number;
  period: number;
  clock: string;
  home: string;
  neutral: string;
  visitor: string;
  /** "AWAY - HOME", only filled when the score changes. */
  score: string;
  /** PLAYER1…PLAYER3 of the row where the file has them (null: no person in that slot, e.g. a team rebound). */
  people?: PbpPeople;
}

export interface PbpPerson {
  id: string;
  name: string;
}
export type PbpPeople = [PbpPerson | null, PbpPerson | null, PbpPerson | null];

export interface PbpGame {
  gameId: string;
  /** In file order: stats.nba.com lists events chronologically, EVENTNUM is not always increasing. */
  rows: PbpRow[];
}

/** Maps the names printed in the play-by-play to Statline ids. */
export interface Resolver {
  team(side: Side): number;
  player(side: Side, name: string): number;
}

export interface Unmapped {
  eventnum: number;
  reason: string;
}

export interface PbpConversion {
  events: LiveEventInput[];
  /** Player names seen for each side (the `name` in `playerKey`). */
  rosters: { home: string[]; visitor: string[] };
  /** Rows that produced no event, with why. */
  unmapped: Unmapped[];
  /** Line-up repairs and doubts: guessed starters, assumed substitutions, substitutions that do not fit. */
  warnings: string[];
}

/** Stable player key: a name is only unique within one team of one game. */
export const playerKey = (side: Side, name: string): string => `${side}:${name}`;

export function parsePbp(csvText: string): PbpGame {
  const records = parse(csvText, { columns: true, skip_empty_lines: true }) as Record<string, string>[];
  const rows = records.map(
    (r): PbpRow => ({
      eventnum: Number(r.EVENTNUM),
      type: Number(r.EVENTMSGTYPE),
      action: Number(r.EVENTMSGACTIONTYPE),
      period: Number(r.PERIOD),
      clock: r.PCTIMESTRING ?? '',
      home: (r.HOMEDESCRIPTION ?? '').trim(),
      neutral: (r.NEUTRALDESCRIPTION ?? '').trim(),
      visitor: (r.VISITORDESCRIPTION ?? '').trim(),
      score: (r.SCORE ?? '').trim(),
      ...('PLAYER1_ID' in r ? { people: peopleOf(r) } : {}),
    }),
  );
  return { gameId: records[0]?.GAME_ID ?? '', rows };
}

/** A slot holds a person when it names one: team rows (a team rebound) carry the team's id and no name. */
function peopleOf(r: Record<string, string>): PbpPeople {
  const slot = (n: 1 | 2 | 3): PbpPerson | null => {
    const id = (r[`PLAYER${n}_ID`] ?? '').trim();
    const name = (r[`PLAYER${n}_NAME`] ?? '').trim();
    return id && id !== '0' && name ? { id, name } : null;
  };
  return [slot(1), slot(2), slot(3)];
}

/** The key a person with an id goes by: their full name, kept apart from a namesake by the id. */
export const personKey = (p: PbpPerson): string => `${p.name} [${p.id}]`;

// ---------------------------------------------------------------------------------------------------------
// Description patterns. Names may contain spaces ("G. Hill", "Oubre Jr.", "Mbah a Moute"), so every pattern
// anchors the name on a fixed delimiter that follows it.

// "Embiid 3' Driving Layup (2 PTS) (Simmons 1 AST)", "Brown  3PT Jump Shot (5 PTS)" (no distance: two spaces).
const MADE_SHOT = /^(.+?) (?:\d+')? (.+?) \(\d+ PTS\)(?: \((.+) \d+ AST\))?$/;
const MISSED_SHOT = /^MISS (.+?) (?:\d+')? (.+)$/;
const FREE_THROW = /^(MISS )?(.+?) Free Throw /;
const PLAYER_REBOUND = /^(.+) REBOUND \(Off:\d+ Def:\d+\)$/;
const TEAM_REBOUND = /^(.+) Rebound$/;
const BLOCK = /^(.+) BLOCK \(\d+ BLK\)$/;
const STEAL = /^(.+) STEAL \(\d+ STL\)$/;
const SUBSTITUTION = /^SUB: (.+) FOR (.+)$/;
const TEAM_TURNOVER = /^.+ Turnover: .+ \(T#\d+\)$/;
// Includes "Smith No Turnover (P2.T8)": a turnover of unspecified kind, counted in the official TOV.
const PLAYER_TURNOVER = / Turnover \(P\d+\.T\d+\)$/;
const JUMP_BALL = /^Jump Ball (.+) vs\. (.+): Tip to ?(.*)$/;
const TIMEOUT = / Timeout: /;

// Foul EVENTMSGACTIONTYPE → kind, for the codes these files use (each checked against its text, e.g. 3 "L.B.FOUL").
// Loose-ball (3), away-from-play (6), clear-path (9) and take (28) fouls are personal fouls; 26 is a charge.
// 17 "T.Foul (Def. 3 Sec ...)" is a technical charged to the team. Other codes are reported as unmapped.
const FOUL_KINDS: Record<number, FoulKind> = {
  1: 'personal',
  2: 'shooting',
  3: 'personal',
  4: 'offensive',
  6: 'personal',
  9: 'personal',
  11: 'technical',
  14: 'flagrant',
  17: 'technical',
  26: 'offensive',
  28: 'personal',
};
const TEAM_TECHNICAL = 17;

const DEAD_BALL_REBOUND = 1; // rebound action 1: team "rebound" after a missed non-final free throw, not a real rebound
const DOUBLE_PERSONAL = 10; // foul action 10 has no text: one personal foul on each team, players unknown

// ---------------------------------------------------------------------------------------------------------
// Pass 1: the names each side uses, from the rows where a name is unambiguously delimited.

type Roster = Record<Side, Set<string>>;

function namesIn(row: PbpRow, side: Side): string[] {
  const text = side === 'home' ? row.home : row.visitor;
  if (!text) return [];
  const names: string[] = [];
  const add = (m: RegExpExecArray | null, ...groups: number[]) => {
    for (const g of groups) if (m?.[g]) names.push(m[g]);
  };
  if (row.type === 1) add(MADE_SHOT.exec(text), 1, 3);
  if (row.type === 2) add(MISSED_SHOT.exec(text), 1);
  add(BLOCK.exec(text), 1);
  if (row.type === 3) add(FREE_THROW.exec(text), 2);
  if (row.type === 4) add(PLAYER_REBOUND.exec(text), 1);
  add(STEAL.exec(text), 1);
  if (row.type === 8) add(SUBSTITUTION.exec(text), 1, 2);
  return names;
}

function collectRoster(rows: PbpRow[]): Roster {
  const roster: Roster = { home: new Set(), visitor: new Set() };
  for (const row of rows)
    for (const side of ['home', 'visitor'] as const) for (const n of namesIn(row, side)) roster[side].add(n);
  return roster;
}

/** The longest roster name the text starts with: turnover and foul texts have no delimiter after the name. */
function leadingName(text: string, names: Set<string>): string | undefined {
  let best: string | undefined;
  for (const n of names) if (text.startsWith(`${n} `) && n.length > (best?.length ?? 0)) best = n;
  return best;
}

// ---------------------------------------------------------------------------------------------------------
// Pass 2: each row → one play (names, not ids) or a reason it produced none.

interface Player {
  side: Side;
  name: string;
}

/** Where a play came from: its row's EVENTNUM and period. */
type Base = { eventnum: number; period: number };

type Play = Base &
  (
    | { kind: 'period_start' | 'period_end' }
    | { kind: 'shot'; side: Side; name: string; made: boolean; points: 2 | 3; assist?: string; block?: string }
    | { kind: 'free_throw'; side: Side; name: string; made: boolean }
    | { kind: 'rebound'; side: Side; name: string | null }
    | { kind: 'turnover'; side: Side; name: string | null; steal?: string }
    | { kind: 'foul'; side: Side; name: string | null; foul: FoulKind }
    | { kind: 'double_personal' }
    | { kind: 'substitution'; side: Side; in: string; out: string }
    | { kind: 'timeout'; side: Side }
    | { kind: 'jump_ball'; winner: Side; players: (Player & { slot: 0 | 1 })[] }
  );

type Classified = Play | { skip: string };

/** The side whose column holds text matching `pattern`, with that text. */
function column(row: PbpRow, pattern: RegExp): { side: Side; text: string } | undefined {
  if (pattern.test(row.home)) return { side: 'home', text: row.home };
  if (pattern.test(row.visitor)) return { side: 'visitor', text: row.visitor };
  return undefined;
}

function firstMatch(text: string, pattern: RegExp): string | undefined {
  return pattern.exec(text)?.[1];
}

function classifyShot(row: PbpRow, base: Base): Classified {
  const made = row.type === 1;
  const col = column(row, made ? MADE_SHOT : MISSED_SHOT);
  if (!col) return { skip: `unrecognised ${made ? 'made' : 'missed'} shot text` };
  const m = (made ? MADE_SHOT : MISSED_SHOT).exec(col.text);
  if (!m?.[1]) return { skip: 'shot without a shooter' };
  const points = /\b3PT\b/.test(col.text) ? 3 : 2;
  const assist = made ? m[3] : undefined;
  const block = made ? undefined : firstMatch(col.side === 'home' ? row.visitor : row.home, BLOCK);
  return { ...base, kind: 'shot', side: col.side, name: m[1], made, points, assist, block };
}

function classifyRebound(row: PbpRow, base: Base): Classified {
  if (row.action === DEAD_BALL_REBOUND) return { skip: 'dead-ball team rebound (between free throws / after a dead ball)' };
  const player = column(row, PLAYER_REBOUND);
  if (player) return { ...base, kind: 'rebound', side: player.side, name: firstMatch(player.text, PLAYER_REBOUND) ?? null };
  const team = column(row, TEAM_REBOUND);
  if (team) return { ...base, kind: 'rebound', side: team.side, name: null };
  return { skip: 'rebound without text' };
}

function classifyTurnover(row: PbpRow, base: Base, roster: Roster): Classified {
  const team = column(row, TEAM_TURNOVER);
  const player = column(row, PLAYER_TURNOVER);
  const col = team ?? player;
  if (!col) return { skip: 'unrecognised turnover text' };
  const steal = firstMatch(col.side === 'home' ? row.visitor : row.home, STEAL);
  if (team) return { ...base, kind: 'turnover', side: col.side, name: null, steal };
  const name = leadingName(col.text, roster[col.side]);
  if (!name) return { skip: 'turnover by a name not seen elsewhere' };
  return { ...base, kind: 'turnover', side: col.side, name, steal };
}

function classifyFoul(row: PbpRow, base: Base, roster: Roster): Classified {
  const col = column(row, /./);
  if (!col && row.action === DOUBLE_PERSONAL) return { ...base, kind: 'double_personal' };
  if (!col) return { skip: `foul action ${row.action} without text` };
  const foul = FOUL_KINDS[row.action];
  if (!foul) return { skip: `unknown foul action ${row.action}` };
  if (row.action === TEAM_TECHNICAL) return { ...base, kind: 'foul', side: col.side, name: null, foul };
  const name = leadingName(col.text, roster[col.side]);
  // A technical can be called on someone who never plays (bench, coach): charge it to the team.
  if (!name && foul === 'technical') return { ...base, kind: 'foul', side: col.side, name: null, foul };
  if (!name) return { skip: 'foul by a name not seen elsewhere' };
  return { ...base, kind: 'foul', side: col.side, name, foul };
}

/** Jump balls sit in one column whatever the outcome; the winner is the side of the "Tip to" player. */
function classifyJumpBall(row: PbpRow, base: Base, roster: Roster): Classified {
  const m = JUMP_BALL.exec(row.home || row.visitor || row.neutral);
  if (!m) return { skip: 'unrecognised jump ball text' };
  const sideOf = (name: string | undefined): Side | undefined => {
    const sides = (['home', 'visitor'] as const).filter((s) => name && roster[s].has(name));
    return sides.length === 1 ? sides[0] : undefined;
  };
  const players = [m[1], m[2]].flatMap((name, slot): (Player & { slot: 0 | 1 })[] => {
    const side = sideOf(name);
    return side && name ? [{ side, name, slot: slot as 0 | 1 }] : [];
  });
  if (!m[3]) return { skip: 'jump ball without a "Tip to" player' };
  const winner = sideOf(m[3]);
  if (!winner) return { skip: `jump ball winner "${m[3]}" not on exactly one roster` };
  return { ...base, kind: 'jump_ball', winner, players };
}

function classify(row: PbpRow, roster: Roster): Classified {
  const base: Base = { eventnum: row.eventnum, period: row.period };
  switch (row.type) {
    case 1:
    case 2:
      return classifyShot(row, base);
    case 3: {
      const col = column(row, FREE_THROW);
      const m = col && FREE_THROW.exec(col.text);
      if (!col || !m?.[2]) return { skip: 'unrecognised free throw text' };
      return { ...base, kind: 'free_throw', side: col.side, name: m[2], made: !m[1] };
    }
    case 4:
      return classifyRebound(row, base);
    case 5:
      return classifyTurnover(row, base, roster);
    case 6:
      return classifyFoul(row, base, roster);
    case 7:
      return { skip: 'violation (any turnover or technical it causes is its own row)' };
    case 8: {
      const col = column(row, SUBSTITUTION);
      const m = col && SUBSTITUTION.exec(col.text);
      if (!col || !m?.[1] || !m[2]) return { skip: 'unrecognised substitution text' };
      return { ...base, kind: 'substitution', side: col.side, in: m[1], out: m[2] };
    }
    case 9: {
      const col = column(row, TIMEOUT);
      return col ? { ...base, kind: 'timeout', side: col.side } : { skip: 'timeout without a team' };
    }
    case 10:
      return classifyJumpBall(row, base, roster);
    case 11:
      return { skip: 'ejection' };
    case 12:
      return { ...base, kind: 'period_start' };
    case 13:
      return { ...base, kind: 'period_end' };
    default:
      return { skip: `event type ${row.type} (no description)` };
  }
}

// ---------------------------------------------------------------------------------------------------------
// Pass 2b: where the file has person ids, each printed name becomes the key of the person in its slot.

type Slots = [Player | null, Player | null, Player | null];

/** The people of a play in the endpoint's slots: PLAYER1 acts (shooter, rebounder, fouler, player going
 *  out), PLAYER2 assists, steals or comes in, PLAYER3 blocks; a jump ball's jumpers are 1 and 2. */
function slotsOf(play: Play): Slots {
  const at = (side: Side, name: string | null | undefined): Player | null => (name ? { side, name } : null);
  switch (play.kind) {
    case 'shot':
      return [at(play.side, play.name), at(play.side, play.assist), at(other(play.side), play.block)];
    case 'free_throw':
    case 'rebound':
    case 'foul':
      return [at(play.side, play.name), null, null];
    case 'turnover':
      return [at(play.side, play.name), at(other(play.side), play.steal), null];
    case 'substitution':
      return [at(play.side, play.out), at(play.side, play.in), null];
    case 'jump_ball': {
      const jumper = (slot: 0 | 1) => play.players.find((p) => p.slot === slot) ?? null;
      return [jumper(0), jumper(1), null];
    }
    default:
      return [null, null, null];
  }
}

/** Each row's people by slot, as its text prints them (what a file with id columns would put in them). */
export function printedSlots(game: PbpGame): Map<number, Slots> {
  const roster = collectRoster(game.rows);
  const slots = new Map<number, Slots>();
  for (const row of game.rows) {
    const c = classify(row, roster);
    if (isPlay(c)) slots.set(row.eventnum, slotsOf(c));
  }
  return slots;
}

/** The play with each printed name replaced by the key of the person the row's id columns put in its slot. */
function identify(play: Play, people: PbpPeople | undefined): Play {
  if (!people) return play;
  const key = (slot: 0 | 1 | 2, name: string | null | undefined) => {
    const person = people[slot];
    return name && person ? personKey(person) : name;
  };
  switch (play.kind) {
    case 'shot':
      return {
        ...play,
        name: key(0, play.name) ?? play.name,
        assist: key(1, play.assist) ?? undefined,
        block: key(2, play.block) ?? undefined,
      };
    case 'free_throw':
      return { ...play, name: key(0, play.name) ?? play.name };
    case 'rebound':
    case 'foul':
      return { ...play, name: key(0, play.name) ?? null };
    case 'turnover':
      return { ...play, name: key(0, play.name) ?? null, steal: key(1, play.steal) ?? undefined };
    case 'substitution':
      return { ...play, out: key(0, play.out) ?? play.out, in: key(1, play.in) ?? play.in };
    case 'jump_ball':
      return { ...play, players: play.players.map((p) => ({ ...p, name: key(p.slot, p.name) ?? p.name })) };
    default:
      return play;
  }
}

// ---------------------------------------------------------------------------------------------------------
// Pass 3: who started each period. Line-up changes between periods are not in the feed, so a period's starters
// are the players who show up in it before (or without) being substituted in.

interface Appearance extends Player {
  entering: boolean;
}

function appearances(play: Play): Appearance[] {
  const on = (side: Side, name: string | null | undefined): Appearance[] => (name ? [{ side, name, entering: false }] : []);
  switch (play.kind) {
    case 'shot':
      return [...on(play.side, play.name), ...on(play.side, play.assist), ...on(other(play.side), play.block)];
    case 'free_throw':
    case 'rebound':
      return on(play.side, play.name);
    case 'turnover':
      return [...on(play.side, play.name), ...on(other(play.side), play.steal)];
    case 'foul':
      // Technicals can be called on the bench, so they say nothing about who is on the court.
      return play.foul === 'technical' ? [] : on(play.side, play.name);
    case 'substitution':
      return [...on(play.side, play.out), { side: play.side, name: play.in, entering: true }];
    case 'jump_ball':
      return play.players.map((p) => ({ ...p, entering: false }));
    default:
      return [];
  }
}

/**
 * Starters of one side for the plays of one period. Gaps (a starter with no recorded action before leaving, or a
 * missing substitution row) are filled with players absent from the period's plays, so every substitution still
 * fits the court: first last period's closers (they most likely stayed on), then the busiest players of the game.
 */
function inferStarters(plays: Play[], side: Side, closers: string[], regulars: string[], warn: (msg: string) => void): string[] {
  const seen = new Set<string>();
  const starters: string[] = [];
  for (const a of plays.flatMap(appearances)) {
    if (a.side !== side || seen.has(a.name)) continue;
    seen.add(a.name);
    if (!a.entering) starters.push(a.name);
  }
  const period = plays[0]?.period;
  const idleClosers = closers.filter((n) => !seen.has(n));
  const missing = 5 - starters.length;
  if (missing > 0) {
    const fill = [...idleClosers, ...regulars.filter((n) => !seen.has(n) && !closers.includes(n))].slice(0, missing);
    // Exactly as many idle closers as gaps is the expected case (a silent stint); anything else is a guess.
    if (idleClosers.length !== missing) warn(`period ${period} ${side}: guessed starter(s) ${fill.join(', ')}`);
    starters.push(...fill);
  }
  if (starters.length !== 5) warn(`period ${period} ${side}: inferred ${starters.length} starters (${starters.join(', ')})`);
  return starters;
}

/** Each side's names, most appearances in the game first. */
function regulars(plays: Play[]): Record<Side, string[]> {
  const counts = new Map<string, number>();
  for (const a of plays.flatMap(appearances))
    counts.set(playerKey(a.side, a.name), (counts.get(playerKey(a.side, a.name)) ?? 0) + 1);
  const ranked = [...counts].sort((a, b) => b[1] - a[1]).map(([key]) => key);
  const of = (side: Side) => ranked.filter((k) => k.startsWith(`${side}:`)).map((k) => k.slice(side.length + 1));
  return { home: of('home'), visitor: of('visitor') };
}

// ---------------------------------------------------------------------------------------------------------
// Pass 4: plays → events with ids, tracking the court and the last miss (for offensive rebounds).

const SIDES = ['home', 'visitor'] as const;

class Emitter {
  readonly events: LiveEventInput[] = [];
  readonly court: Record<Side, Set<string>> = { home: new Set(), visitor: new Set() };
  private lastMiss: Side | undefined;

  constructor(
    private readonly resolve: Resolver,
    private readonly warn: (msg: string) => void,
  ) {}

  private team = (side: Side) => this.resolve.team(side);
  private player = (side: Side, name: string) => this.resolve.player(side, name);
  private optional = (side: Side, name: string | undefined) => (name ? this.player(side, name) : undefined);

  startPeriod(period: number, starters: Record<Side, string[]>, lineups: PeriodLineups): void {
    this.events.push({ type: 'period_start', period });
    this.lastMiss = undefined;
    for (const side of SIDES) {
      const closers = [...this.court[side]];
      if (lineups === 'substitutions' && closers.length === 5 && starters[side].length === 5)
        this.changeLineup(side, closers, starters[side]);
      else if (starters[side].length === 5)
        this.events.push({
          type: 'starters',
          team_id: this.team(side),
          player_ids: starters[side].map((n) => this.player(side, n)),
        });
      this.court[side] = new Set(starters[side]);
    }
  }

  /** Line-up changes made during the break, as substitutions from last period's closing five. */
  private changeLineup(side: Side, closers: string[], starters: string[]): void {
    const out = closers.filter((n) => !starters.includes(n));
    const into = starters.filter((n) => !closers.includes(n));
    out.forEach((name, i) => {
      const player = into[i];
      if (player) this.swap(side, player, name);
    });
  }

  play(p: Play): void {
    switch (p.kind) {
      case 'shot': {
        const assist = this.optional(p.side, p.assist);
        const block = this.optional(other(p.side), p.block);
        this.events.push({
          type: 'field_goal',
          team_id: this.team(p.side),
          player_id: this.player(p.side, p.name),
          points: p.points,
          made: p.made,
          ...(assist ? { assist_player_id: assist } : {}),
          ...(block ? { block_player_id: block } : {}),
        });
        this.lastMiss = p.made ? undefined : p.side;
        return;
      }
      case 'free_throw':
        this.events.push({
          type: 'free_throw',
          team_id: this.team(p.side),
          player_id: this.player(p.side, p.name),
          made: p.made,
        });
        this.lastMiss = p.made ? undefined : p.side;
        return;
      case 'rebound':
        this.events.push({
          type: 'rebound',
          team_id: this.team(p.side),
          player_id: p.name ? this.player(p.side, p.name) : null,
          offensive: this.lastMiss === p.side,
        });
        // lastMiss is kept: the feed sometimes lists a tip-in miss and its rebound before the rebound of the
        // miss it followed (both offensive), and the next real rebound always follows a new miss anyway.
        return;
      case 'turnover': {
        const steal = this.optional(other(p.side), p.steal);
        this.events.push({
          type: 'turnover',
          team_id: this.team(p.side),
          player_id: p.name ? this.player(p.side, p.name) : null,
          ...(steal ? { steal_player_id: steal } : {}),
        });
        return;
      }
      case 'foul':
        this.events.push({
          type: 'foul',
          team_id: this.team(p.side),
          player_id: p.name ? this.player(p.side, p.name) : null,
          kind: p.foul,
        });
        return;
      case 'double_personal':
        for (const side of SIDES) this.events.push({ type: 'foul', team_id: this.team(side), player_id: null, kind: 'personal' });
        return;
      case 'substitution':
        this.substitute(p);
        return;
      case 'timeout':
        this.events.push({ type: 'timeout', team_id: this.team(p.side) });
        return;
      case 'jump_ball':
        this.events.push({ type: 'jump_ball', winner_team_id: this.team(p.winner) });
        return;
      case 'period_end':
        this.events.push({ type: 'period_end', period: p.period });
        return;
      case 'period_start':
        return; // emitted by startPeriod, which needs the whole period's plays
    }
  }

  private substitute(p: Extract<Play, { kind: 'substitution' }>): void {
    const court = this.court[p.side];
    if (!court.has(p.out) || court.has(p.in))
      this.warn(`event ${p.eventnum}: SUB ${p.in} FOR ${p.out} does not fit the ${p.side} court (${[...court].join(', ')})`);
    this.swap(p.side, p.in, p.out);
  }

  private swap(side: Side, into: string, out: string): void {
    this.court[side].delete(out);
    this.court[side].add(into);
    this.events.push({
      type: 'substitution',
      team_id: this.team(side),
      player_in_id: this.player(side, into),
      player_out_id: this.player(side, out),
    });
  }

  /**
   * Someone acting while off our court means the feed lost (or misnamed) a substitution, and the API refuses plays
   * by players off the court. Restore the least disruptive one: bring the player on for the teammate whose next
   * appearance in the period (`rest`) is furthest away, so no later row is contradicted if it can be helped.
   */
  repairCourt(p: Play, rest: Play[]): void {
    const involved = appearances(p);
    for (const a of involved) {
      const court = this.court[a.side];
      if (a.entering || court.has(a.name)) continue;
      const busy = new Set(involved.filter((x) => x.side === a.side).map((x) => x.name));
      const out = [...court]
        .filter((n) => !busy.has(n))
        .reduce<string | undefined>(
          (best, n) => (best && nextAppearance(rest, a.side, best) >= nextAppearance(rest, a.side, n) ? best : n),
          undefined,
        );
      if (!out) continue;
      this.warn(`event ${p.eventnum}: ${a.side} ${a.name} plays while off the court; assumed SUB ${a.name} FOR ${out}`);
      this.swap(a.side, a.name, out);
    }
  }
}

/** Index of the player's next appearance on the court in `plays`; Infinity if none or if he is next subbed in. */
function nextAppearance(plays: Play[], side: Side, name: string): number {
  for (const [i, p] of plays.entries()) {
    const a = appearances(p).find((x) => x.side === side && x.name === name);
    if (a) return a.entering ? Number.POSITIVE_INFINITY : i;
  }
  return Number.POSITIVE_INFINITY;
}

/**
 * The feed lists an offensive foul before the turnover it causes. When the foul is the player's sixth the API
 * would refuse the turnover (he has fouled out), so the turnover goes first: it is the same moment of play.
 */
function turnoverBeforeOffensiveFoul(plays: Play[]): Play[] {
  const ordered = [...plays];
  for (let i = 0; i + 1 < ordered.length; i++) {
    const [foul, turnover] = [ordered[i], ordered[i + 1]];
    if (foul?.kind !== 'foul' || foul.foul !== 'offensive' || turnover?.kind !== 'turnover') continue;
    if (foul.side === turnover.side && foul.name === turnover.name) [ordered[i], ordered[i + 1]] = [turnover, foul];
  }
  return ordered;
}

function isPlay(c: Classified): c is Play {
  return !('skip' in c);
}

/**
 * How a period's five is set after the first period: `substitutions` turns the changes made during the break into
 * substitutions (for an API that takes `starters` once per game), `starters` logs a fresh five every period.
 */
export type PeriodLineups = 'substitutions' | 'starters';

export function toEvents(game: PbpGame, resolve: Resolver, options: { periodLineups?: PeriodLineups } = {}): PbpConversion {
  const roster = collectRoster(game.rows);
  const unmapped: Unmapped[] = [];
  const warnings: string[] = [];
  const warn = (msg: string) => warnings.push(msg);
  const classified: Play[] = [];
  for (const row of game.rows) {
    const c = classify(row, roster);
    if (isPlay(c)) classified.push(identify(c, row.people));
    else unmapped.push({ eventnum: row.eventnum, reason: c.skip });
  }
  const plays = turnoverBeforeOffensiveFoul(classified);

  const emitter = new Emitter(resolve, warn);
  const ranked = regulars(plays);
  const periods = new Map<number, Play[]>();
  for (const p of plays) {
    const list = periods.get(p.period) ?? [];
    list.push(p);
    periods.set(p.period, list);
  }
  for (const p of plays) {
    const periodPlays = periods.get(p.period) ?? [];
    if (p.kind === 'period_start') {
      const starters = {
        home: inferStarters(periodPlays, 'home', [...emitter.court.home], ranked.home, warn),
        visitor: inferStarters(periodPlays, 'visitor', [...emitter.court.visitor], ranked.visitor, warn),
      };
      emitter.startPeriod(p.period, starters, options.periodLineups ?? 'substitutions');
      continue;
    }
    emitter.repairCourt(p, periodPlays.slice(periodPlays.indexOf(p) + 1));
    emitter.play(p);
  }
  emitter.events.push({ type: 'game_end' });

  // With person ids the roster is the people the plays name; without, the names the text prints.
  const withIds = game.rows.some((r) => r.people);
  const named: Roster = { home: new Set(), visitor: new Set() };
  for (const p of plays) for (const person of slotsOf(p)) if (person) named[person.side].add(person.name);
  const rosters = withIds ? named : roster;
  return {
    events: emitter.events,
    rosters: { home: [...rosters.home].sort(), visitor: [...rosters.visitor].sort() },
    unmapped,
    warnings,
  };
}
