// What the /predictions page shows: the league's teams to pick from, its game models with their
// walk-forward record, and (when two teams are picked) every loaded model's answer on the matchup.
import type { Db } from '@/lib/db/client';
import { isDomainError } from '@/lib/errors';
import { defaultLeague, type Viewer } from '@/lib/leagues/queries';
import { modelReplica } from '@/lib/models/replica';
import { listVersionRows, modelVersionViews } from '@/lib/models/view';
import { loadLeagueTeams } from './load';
import { GAME_TASK } from './model-kinds';
import { requireVisibleLeague, today } from './requests';
import { compareMatchup } from './serve';

const whole = (v: string | undefined) => (v && /^\d+$/.test(v) ? Number(v) : undefined);

export async function predictionsPageData(db: Db, viewer: Viewer, q: { home?: string; visitor?: string; date?: string }) {
  const league = await defaultLeague(db, 'basketball');
  if (!league) return null;
  const teams = (await loadLeagueTeams(db, league.id)).sort((a, b) => a.name.localeCompare(b.name));
  const models = await modelVersionViews(
    db,
    await listVersionRows(db, { task: GAME_TASK, leagueId: league.id }),
    await modelReplica(db),
  );
  const date = q.date && /^\d{4}-\d{2}-\d{2}$/.test(q.date) ? q.date : today();
  const home = whole(q.home);
  const visitor = whole(q.visitor);
  let matchup: Awaited<ReturnType<typeof compareMatchup>> | null = null;
  let problem: string | null = null;
  if (home !== undefined && visitor !== undefined) {
    try {
      matchup = await compareMatchup(db, { homeTeamId: home, visitorTeamId: visitor, date }, (id) =>
        requireVisibleLeague(db, viewer, id),
      );
    } catch (err) {
      if (!isDomainError(err)) throw err;
      const first = Array.isArray(err.details) ? (err.details[0] as { path?: string; message?: string }) : undefined;
      problem = first?.path ? `${first.path.replace(/_id$/, '').replace('_', ' ')} ${first.message}` : err.message;
    }
  }
  return { league, teams, models, picked: { home, visitor, date }, matchup, problem };
}
