// FiveThirtyEight's NBA Elo (https://fivethirtyeight.com/features/how-we-calculate-nba-elo-ratings/):
// K = 20, home court worth 100 points, a margin-of-victory multiplier that damps blowouts by
// favourites, and 75% of a rating carried into the next season (the rest reverts to 1505). Pure.

export const ELO = { k: 20, homeCourt: 100, start: 1500, seasonMean: 1505, carryOver: 0.75 } as const;

/** The home team's win probability for a rating gap (home minus visitor, before the home-court bonus). */
export function eloWinProbability(homeMinusAway: number): number {
  return 1 / (1 + 10 ** (-(homeMinusAway + ELO.homeCourt) / 400));
}

/** 538's point spread from an Elo gap: 28 Elo points per point of margin. */
export function eloMargin(homeMinusAway: number): number {
  return (homeMinusAway + ELO.homeCourt) / 28;
}

/**
 * ((MOV+3)^0.8) / (7.5 + 0.006 × d), d the winner's rating minus the loser's with home court
 * included: a favourite that wins big gains less than an underdog that does.
 */
export function movMultiplier(margin: number, winnerMinusLoser: number): number {
  return (Math.abs(margin) + 3) ** 0.8 / (7.5 + 0.006 * winnerMinusLoser);
}

/** The rating change of the home team after a game (the visitor's is its negative). */
export function eloShift(homeElo: number, awayElo: number, homeScore: number, awayScore: number): number {
  const gap = homeElo + ELO.homeCourt - awayElo;
  const expected = 1 / (1 + 10 ** (-gap / 400));
  const homeWon = homeScore > awayScore;
  const multiplier = movMultiplier(homeScore - awayScore, homeWon ? gap : -gap);
  return ELO.k * multiplier * ((homeWon ? 1 : 0) - expected);
}

/** A rating carried into a new season. */
export function eloCarryOver(elo: number): number {
  return ELO.carryOver * elo + (1 - ELO.carryOver) * ELO.seasonMean;
}

/** Ratings per team, season-aware: a team's first game of a season starts from its carried-over rating. */
export class EloBook {
  private readonly ratings = new Map<number, { elo: number; season: number }>();

  rating(teamId: number, season: number): number {
    const r = this.ratings.get(teamId);
    if (!r) return ELO.start;
    return r.season === season ? r.elo : eloCarryOver(r.elo);
  }

  record(game: { season: number; homeTeamId: number; awayTeamId: number; homeScore: number; awayScore: number }): void {
    const home = this.rating(game.homeTeamId, game.season);
    const away = this.rating(game.awayTeamId, game.season);
    const shift = eloShift(home, away, game.homeScore, game.awayScore);
    this.ratings.set(game.homeTeamId, { elo: home + shift, season: game.season });
    this.ratings.set(game.awayTeamId, { elo: away - shift, season: game.season });
  }
}
