import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { connection } from 'next/server';
import { LiveGame } from '@/components/basketball/live/live-game';
import { getGame } from '@/lib/basketball/api-queries';
import { pageReader, readerMaySeeLeagueOf } from '@/lib/basketball/page-league';
import { gamePlays } from '@/lib/basketball/scoring/plays';
import { loadLiveGame } from '@/lib/basketball/scoring/read';
import { getDb } from '@/lib/db';

// A shared link shows who is playing, not just "Live game".
export async function generateMetadata({ params }: { params: Promise<{ id: string }> }): Promise<Metadata> {
  const id = Number((await params).id);
  const found = Number.isInteger(id) && id > 0 ? await getGame(await getDb(), id) : null;
  const shown = found && (await readerMaySeeLeagueOf(found.game.leagueId));
  return { title: shown ? `Live: ${found.game.away.name} @ ${found.game.home.name}` : 'Live game' };
}

// Public and shareable: the first paint is the server's box score and feed; the stream takes over.
export default async function LiveGamePage({ params }: { params: Promise<{ id: string }> }) {
  await connection();
  const id = Number((await params).id);
  const db = await getDb();
  const live = Number.isInteger(id) && id > 0 ? await loadLiveGame(db, id, await pageReader()) : null;
  if (!live || !(await readerMaySeeLeagueOf(live.game.leagueId))) notFound();
  const plays = await gamePlays(db, live);
  return <LiveGame gameId={id} initialBox={live.boxscore()} initialPlays={plays} />;
}
