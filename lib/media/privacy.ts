// Who may see a medium: what the leagues say of its team (members-only leagues) and of its player
// (a minor's photo reaches only their team's people, as their name does: lib/leagues/privacy.ts).
import { inArray } from 'drizzle-orm';
import { bbTeams, type Media } from '@/drizzle/schema';
import type { Db } from '@/lib/db/client';
import { hiddenMinorIds, type PrivacyViewer } from '@/lib/leagues/privacy';
import { mayViewLeagueOf } from '@/lib/leagues/queries';

/** The media among `rows` the viewer may see, in their order. */
export async function visibleMedia(db: Db, viewer: PrivacyViewer, rows: Media[]): Promise<Media[]> {
  if (rows.length === 0 || viewer?.role === 'admin') return rows;
  const hidden = await hiddenMinorIds(
    db,
    viewer,
    rows.flatMap((r) => (r.playerId === null ? [] : [r.playerId])),
  );
  // One query for the teams' leagues, then one visibility check per league (most lists have one).
  const teams = await db
    .select({ id: bbTeams.id, leagueId: bbTeams.leagueId })
    .from(bbTeams)
    .where(inArray(bbTeams.id, [...new Set(rows.map((r) => r.teamId))]));
  const leagueShown = new Map<number, boolean>();
  for (const leagueId of new Set(teams.map((t) => t.leagueId))) {
    leagueShown.set(leagueId, await mayViewLeagueOf(db, leagueId, viewer));
  }
  const teamShown = new Map(teams.map((t) => [t.id, leagueShown.get(t.leagueId) === true]));
  return rows.filter((r) => !(r.playerId !== null && hidden.has(r.playerId)) && teamShown.get(r.teamId) === true);
}

/** The medium when the viewer may see it, else undefined (answered as "not found"). */
export async function visibleMedium(db: Db, viewer: PrivacyViewer, row: Media | undefined): Promise<Media | undefined> {
  return row ? (await visibleMedia(db, viewer, [row]))[0] : undefined;
}
