// Which balldontlie path a request is for: one Statline serves, one it knowingly does not (odds,
// injuries, advanced stats, other sports), or nothing balldontlie has.
export const servedPaths = [
  'teams',
  'teams/{id}',
  'players',
  'players/active',
  'players/{id}',
  'games',
  'games/{id}',
  'stats',
  'season_averages',
  'standings',
  'box_scores',
  'box_scores/live',
  'leaders',
] as const;

export type Endpoint =
  | 'teams'
  | 'team'
  | 'players'
  | 'activePlayers'
  | 'player'
  | 'games'
  | 'game'
  | 'stats'
  | 'seasonAverages'
  | 'standings'
  | 'boxScores'
  | 'liveBoxScores'
  | 'leaders';

export type PathMatch = { kind: 'served'; endpoint: Endpoint; id?: string } | { kind: 'not_served'; message: string };

const fixed: Record<string, Endpoint> = {
  teams: 'teams',
  players: 'players',
  'players/active': 'activePlayers',
  games: 'games',
  stats: 'stats',
  season_averages: 'seasonAverages',
  standings: 'standings',
  box_scores: 'boxScores',
  'box_scores/live': 'liveBoxScores',
  leaders: 'leaders',
};
const byId: Record<string, Endpoint> = { teams: 'team', players: 'player', games: 'game' };

// Paths of balldontlie's NBA API (and SDK) that Statline has no data for.
const knownUnserved: Record<string, string> = {
  odds: 'betting odds',
  player_injuries: 'injury reports',
  'stats/advanced': 'advanced stats',
  'box_scores/advanced': 'advanced box scores',
  plays: 'play-by-play',
  lineups: 'lineups',
  player_props: 'player props',
};

const served = `Statline serves balldontlie's ${servedPaths.map((p) => `/nba/v1/${p}`).join(', ')}.`;

export function matchPath(segments: string[]): PathMatch {
  const path = `/${segments.join('/')}`;
  const [sport, version, ...rest] = segments;
  if (sport !== 'nba') {
    return {
      kind: 'not_served',
      message: `${path} is not supported by Statline: it serves balldontlie's NBA API only. ${served}`,
    };
  }
  const tail = rest.join('/');
  if (version === 'v1') {
    const endpoint = fixed[tail];
    if (endpoint) return { kind: 'served', endpoint };
    const [head, id, ...more] = rest;
    const single = head ? byId[head] : undefined;
    if (single && id && more.length === 0 && id !== 'active') return { kind: 'served', endpoint: single, id };
  }
  const what = version === 'v1' ? knownUnserved[tail] : undefined;
  return {
    kind: 'not_served',
    message: `${path} ${what ? `(${what}) ` : ''}is not supported by Statline${what ? ', which holds no such data' : ''}. ${served}`,
  };
}
