// Who may see a medium: what the leagues say of its team (members-only leagues) and of its player
// (a minor's photo reaches only their team's people, as their name does: lib/leagues/privacy.ts).
import { eq } from 'drizzle-orm';
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
  const leagueOf = new Map<number, boolean>();
  const out: Media[] = [];
  for (const r of rows) {
    if (r.playerId !== null && hidden.has(r.playerId)) continue;
    if (!leagueOf.has(r.teamId)) {
      const [team] = await db.select({ leagueId: bbTeams.leagueId }).from(bbTeams).where(eq(bbTeams.id, r.teamId));
      leagueOf.set(r.teamId, team !== undefined && (await mayViewLeagueOf(db, team.leagueId, viewer)));
    }
    if (leagueOf.get(r.teamId)) out.push(r);
  }
  return out;
}

/** The medium when the viewer may see it, else undefined (answered as "not found"). */
export async function visibleMedium(db: Db, viewer: PrivacyViewer, row: Media | undefined): Promise<Media | undefined> {
  return row ? (await visibleMedia(db, viewer, [row]))[0] : undefined;
}
