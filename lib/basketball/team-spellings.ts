// How results files name NBA teams: the full name or the abbreviation, as stats.nba.com or
// Basketball-Reference write them, in any season since the franchises took their present homes
// (BKN/BRK, CHA/CHO, PHX/PHO, and the names a franchise had before: NJN, SEA, NOH, NOK, VAN, CHH).
// Each spelling leads to the franchise's stats.nba.com TEAM_ID, which is how imported teams are keyed.
import { type Franchise, franchiseById, franchises } from './franchises';

interface Era {
  teamId: string;
  abbreviations: string[];
  name: string;
  /** Seasons (start years) the franchise played as this name; open ends are null. */
  from: number | null;
  to: number | null;
}

const era = (
  teamId: string,
  abbreviations: string[],
  name: string,
  from: number | null = null,
  to: number | null = null,
): Era => ({
  teamId,
  abbreviations,
  name,
  from,
  to,
});

// Former names and the spellings of both sources; the present ones come from `franchises`.
const formerEras: Era[] = [
  era('1610612751', ['NJN'], 'New Jersey Nets', null, 2011),
  era('1610612760', ['SEA'], 'Seattle SuperSonics', null, 2007),
  era('1610612740', ['NOH'], 'New Orleans Hornets', 2002, 2004),
  era('1610612740', ['NOK'], 'New Orleans/Oklahoma City Hornets', 2005, 2006),
  era('1610612740', ['NOH'], 'New Orleans Hornets', 2007, 2012),
  era('1610612766', ['CHA'], 'Charlotte Bobcats', 2004, 2013),
  era('1610612766', ['CHH'], 'Charlotte Hornets', null, 2001),
  era('1610612763', ['VAN'], 'Vancouver Grizzlies', null, 2000),
  era('1610612746', ['LAC'], 'Los Angeles Clippers', null, 2014),
  era('1610612764', ['WSB'], 'Washington Bullets', null, 1996),
];

const presentEra = (f: Franchise): Era => {
  const since: Record<string, number> = {
    '1610612751': 2012,
    '1610612760': 2008,
    '1610612740': 2013,
    '1610612766': 2014,
    '1610612746': 2015,
    '1610612763': 2001,
    '1610612764': 1997,
  };
  return era(f.teamId, [...new Set([f.abbreviation, f.bref])], f.name, since[f.teamId] ?? null, null);
};

const eras = [...franchises.map(presentEra), ...formerEras];
const key = (s: string) => s.trim().toLowerCase().replace(/\s+/g, ' ');
const bySpelling = new Map<string, string>();
for (const e of eras) for (const s of [e.name, ...e.abbreviations]) bySpelling.set(key(s), e.teamId);

export interface SpelledTeam {
  /** stats.nba.com TEAM_ID: the imported team's source id. */
  teamId: string;
  /** The name and abbreviation the franchise had that season (stats.nba.com's abbreviation). */
  name: string;
  abbreviation: string;
}

/** The NBA franchise a spelling names, with its name in `season`; null for a spelling no NBA source uses. */
export function nbaTeamBySpelling(spelling: string, season: number): SpelledTeam | null {
  const teamId = bySpelling.get(key(spelling));
  if (!teamId) return null;
  const inSeason = eras.find(
    (e) => e.teamId === teamId && (e.from === null || season >= e.from) && (e.to === null || season <= e.to),
  );
  const present = franchiseById.get(teamId);
  const name = inSeason?.name ?? present?.name ?? spelling;
  // stats.nba.com's spelling: the first of an era's abbreviations (Basketball-Reference's follows it).
  const abbreviation = inSeason?.abbreviations[0] ?? present?.abbreviation ?? spelling.toUpperCase();
  return { teamId, name, abbreviation };
}
