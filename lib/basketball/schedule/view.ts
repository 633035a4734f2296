// A schedule game as the API writes it (snake_case).
import type { ScheduleGame } from './queries';

export function scheduleGameJson(g: ScheduleGame) {
  return {
    id: g.id,
    league_id: g.leagueId,
    date: g.date,
    starts_at: g.startsAt?.toISOString() ?? null,
    venue: g.venue,
    status: g.status,
    home_team: g.home,
    visitor_team: g.visitor,
    home_score: g.homeScore,
    visitor_score: g.visitorScore,
  };
}
