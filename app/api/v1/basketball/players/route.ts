import { z } from 'zod';
import { listPlayersContract } from '@/lib/api/contracts/basketball';
import { createPlayerContract } from '@/lib/api/contracts/basketball-live';
import { decodeCursor, pageOf } from '@/lib/api/pagination';
import { apiRoute } from '@/lib/api/route';
import { viewerOf } from '@/lib/auth/principal';
import { listPlayers } from '@/lib/basketball/api-queries';
import { withTeams } from '@/lib/basketball/player-view';
import { refuseImportedTeams } from '@/lib/basketball/scoring/confirmation';
import { createPlayer, requireTeams } from '@/lib/basketball/scoring/entities';
import { hiddenMinorIds, maskMinors, privateIfMinors } from '@/lib/leagues/privacy';
import { leagueCacheHeaders, resolveLeague } from '@/lib/leagues/queries';

export const GET = apiRoute(listPlayersContract, async ({ db, principal, query }) => {
  const lg = await resolveLeague(db, 'basketball', query.league, viewerOf(principal));
  const after = decodeCursor(query.cursor, z.tuple([z.number().int()]));
  const rows = await listPlayers(
    db,
    { leagueId: lg.id, search: query.search, teamIds: query.team_ids, seasons: query.seasons },
    { after: after?.[0] ?? null, limit: query.per_page + 1 },
  );
  const page = pageOf(rows, query.per_page, (r) => [r.id]);
  const viewer = viewerOf(principal);
  // A search by name must not tell that a hidden minor has it: those are left out, not just masked.
  const hidden = query.search
    ? await hiddenMinorIds(
        db,
        viewer,
        page.data.map((p) => p.id),
      )
    : new Set<number>();
  const shown = await maskMinors(
    db,
    viewer,
    page.data.filter((p) => !hidden.has(p.id)),
    (p) => p.id,
    (p, mask) => ({ ...p, name: mask(p.name) }),
  );
  return {
    headers: privateIfMinors(leagueCacheHeaders(lg), lg, viewerOf(principal)),
    data: await withTeams(db, shown),
    meta: page.meta,
  };
});

export const POST = apiRoute(createPlayerContract, async ({ db, user, body, requestId, ip, authorize }) => {
  await requireTeams(db, [body.team_id]);
  await authorize({ kind: 'teams', teamIds: [body.team_id] });
  await refuseImportedTeams(db, user, [body.team_id]);
  const { player, season, jerseyNumber } = await createPlayer(db, { userId: user.id, requestId, ip }, body);
  return {
    data: {
      id: player.id,
      first_name: body.first_name,
      last_name: body.last_name,
      name: player.name,
      position: player.position,
      team_id: body.team_id,
      season,
      jersey_number: jerseyNumber,
    },
  };
});

export { preflight as OPTIONS } from '@/lib/api/preflight';
