// Which football file is which, from its header line: the importers take sets (Big Data Bowl: games,
// players, plays; nflscrapR: games and play-by-play), and a user names files in any order.
export type FootballFileKind = 'bdb-games' | 'bdb-players' | 'bdb-plays' | 'nflscrapr-games' | 'nflscrapr-plays';

export function footballFileKind(headerLine: string): FootballFileKind | null {
  const columns = new Set(
    headerLine
      .replace(/^\uFEFF/, '')
      .split(',')
      .map((c) => c.trim().replace(/^"|"$/g, '')),
  );
  const has = (...names: string[]) => names.every((n) => columns.has(n));
  if (has('gameId', 'playId', 'possessionTeam', 'PlayResult')) return 'bdb-plays';
  if (has('gameId', 'gameDate', 'homeTeamAbbr', 'HomeScore')) return 'bdb-games';
  if (has('nflId', 'FirstName', 'LastName')) return 'bdb-players';
  if (has('play_id', 'game_id', 'posteam', 'play_type', 'epa')) return 'nflscrapr-plays';
  if (has('game_id', 'home_team', 'away_team', 'home_score', 'away_score', 'season')) return 'nflscrapr-games';
  return null;
}
