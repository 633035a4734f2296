// The 30 NBA franchises: stats.nba.com TEAM_ID (stable across relocations and renames), current
// abbreviation and name, Basketball-Reference abbreviation, conference and division (2004-05 on).
export interface Franchise {
  teamId: string;
  abbreviation: string;
  bref: string;
  name: string;
  conference: 'East' | 'West';
  division: string;
}

const f = (
  teamId: string,
  abbreviation: string,
  name: string,
  conference: 'East' | 'West',
  division: string,
  bref = abbreviation,
) => ({
  teamId,
  abbreviation,
  bref,
  name,
  conference,
  division,
});

export const franchises: Franchise[] = [
  f('1610612737', 'ATL', 'Atlanta Hawks', 'East', 'Southeast'),
  f('1610612738', 'BOS', 'Boston Celtics', 'East', 'Atlantic'),
  f('1610612751', 'BKN', 'Brooklyn Nets', 'East', 'Atlantic', 'BRK'),
  f('1610612766', 'CHA', 'Charlotte Hornets', 'East', 'Southeast', 'CHO'),
  f('1610612741', 'CHI', 'Chicago Bulls', 'East', 'Central'),
  f('1610612739', 'CLE', 'Cleveland Cavaliers', 'East', 'Central'),
  f('1610612742', 'DAL', 'Dallas Mavericks', 'West', 'Southwest'),
  f('1610612743', 'DEN', 'Denver Nuggets', 'West', 'Northwest'),
  f('1610612765', 'DET', 'Detroit Pistons', 'East', 'Central'),
  f('1610612744', 'GSW', 'Golden State Warriors', 'West', 'Pacific'),
  f('1610612745', 'HOU', 'Houston Rockets', 'West', 'Southwest'),
  f('1610612754', 'IND', 'Indiana Pacers', 'East', 'Central'),
  f('1610612746', 'LAC', 'LA Clippers', 'West', 'Pacific'),
  f('1610612747', 'LAL', 'Los Angeles Lakers', 'West', 'Pacific'),
  f('1610612763', 'MEM', 'Memphis Grizzlies', 'West', 'Southwest'),
  f('1610612748', 'MIA', 'Miami Heat', 'East', 'Southeast'),
  f('1610612749', 'MIL', 'Milwaukee Bucks', 'East', 'Central'),
  f('1610612750', 'MIN', 'Minnesota Timberwolves', 'West', 'Northwest'),
  f('1610612740', 'NOP', 'New Orleans Pelicans', 'West', 'Southwest'),
  f('1610612752', 'NYK', 'New York Knicks', 'East', 'Atlantic'),
  f('1610612760', 'OKC', 'Oklahoma City Thunder', 'West', 'Northwest'),
  f('1610612753', 'ORL', 'Orlando Magic', 'East', 'Southeast'),
  f('1610612755', 'PHI', 'Philadelphia 76ers', 'East', 'Atlantic'),
  f('1610612756', 'PHX', 'Phoenix Suns', 'West', 'Pacific', 'PHO'),
  f('1610612757', 'POR', 'Portland Trail Blazers', 'West', 'Northwest'),
  f('1610612758', 'SAC', 'Sacramento Kings', 'West', 'Pacific'),
  f('1610612759', 'SAS', 'San Antonio Spurs', 'West', 'Southwest'),
  f('1610612761', 'TOR', 'Toronto Raptors', 'East', 'Atlantic'),
  f('1610612762', 'UTA', 'Utah Jazz', 'West', 'Northwest'),
  f('1610612764', 'WAS', 'Washington Wizards', 'East', 'Southeast'),
];

export const franchiseById = new Map(franchises.map((x) => [x.teamId, x]));
export const franchiseByBref = new Map(franchises.map((x) => [x.bref, x]));
