// Which importer a file needs, from its header (CSV) or its first character (our JSON export).
import { sniffCsvFormat } from '@/lib/csv';

export type BasketballFormat = 'team-game-log' | 'player-game-log' | 'results' | 'statline-json';

const requiredColumns = {
  'team-game-log': ['SEASON_ID', 'TEAM_ID', 'GAME_ID', 'MATCHUP', 'PTS'],
  'player-game-log': ['Player', 'Tm', 'Opp', 'Res', 'MP', 'PTS', 'Data'],
  results: ['date', 'season', 'home_team', 'visitor_team', 'home_team_score', 'visitor_team_score'],
} as const;

export function detectFormat(head: string): BasketballFormat | null {
  if (head.trimStart().startsWith('{')) return 'statline-json';
  return sniffCsvFormat(head, requiredColumns);
}
