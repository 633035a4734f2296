// Which importer a file needs, from its header (CSV) or its first character (our JSON export).
export type BasketballFormat = 'team-game-log' | 'player-game-log' | 'statline-json';

export function detectFormat(head: string): BasketballFormat | null {
  const first = head.trimStart();
  if (first.startsWith('{')) return 'statline-json';
  const header =
    first
      .split(/\r?\n/, 1)[0]
      ?.split(',')
      .map((c) => c.trim().replace(/^"|"$/g, '')) ?? [];
  if (['SEASON_ID', 'TEAM_ID', 'GAME_ID', 'MATCHUP', 'PTS'].every((c) => header.includes(c))) return 'team-game-log';
  if (['Player', 'Tm', 'Opp', 'Res', 'MP', 'PTS', 'Data'].every((c) => header.includes(c))) return 'player-game-log';
  return null;
}
