'use client';

import { clockFromBox } from '@/lib/basketball/client/clock-model';
import { playMeta } from '@/lib/basketball/client/feed-lines';
import { flowPoints, type PlayJson, shotsOf } from '@/lib/basketball/client/plays';
import { scoreboardFromBox } from '@/lib/basketball/client/scoreboard';
// The spectator's page body: scoreboard, game flow, shot chart, both box scores and the feed,
// kept current by the game's event stream without a reload.
import { formatClock } from '@/lib/basketball/live/clock';
import { type RuleSetName, ruleSets } from '@/lib/basketball/live/rules';
import type { BoxscoreView } from '@/lib/basketball/scoring/views';
import { ConnectionBadge } from './connection-badge';
import { GameClock } from './game-clock';
import { GameFlowChart } from './game-flow-chart';
import { LiveBoxScore } from './live-box-score';
import { PlayFeed } from './play-feed';
import { Scoreboard } from './scoreboard';
import { ShotChart } from './shot-chart';
import { useLiveGame } from './use-live-game';

export function LiveGame({
  gameId,
  initialBox,
  initialPlays,
}: {
  gameId: number;
  initialBox: BoxscoreView;
  initialPlays: PlayJson[];
}) {
  const { box, plays, connection, serverOffsetMs } = useLiveGame(gameId, initialBox, initialPlays);
  const home = box.game.home_team;
  const visitor = box.game.visitor_team;
  const names = new Map(box.teams.flatMap((t) => t.players.map((p) => [p.player_id, p.name] as const)));
  const rules = ruleSets[box.game.rule_set as RuleSetName] ?? ruleSets.nba;
  const info = (teamId: number) => (teamId === home.id ? home : visitor);
  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <h1 className="text-2xl font-bold tracking-tight">
          {visitor.full_name} @ {home.full_name}
        </h1>
        <ConnectionBadge state={connection} />
      </div>
      <Scoreboard model={scoreboardFromBox(box)} />
      <GameClock clock={clockFromBox(box)} serverOffsetMs={serverOffsetMs} />
      <div className="grid gap-6 lg:grid-cols-2">
        <GameFlowChart points={flowPoints(plays)} home={home.abbreviation} visitor={visitor.abbreviation} />
        <ShotChart
          shots={shotsOf(plays)}
          teams={[
            { teamId: visitor.id, abbreviation: visitor.abbreviation, color: '#dc2626' },
            { teamId: home.id, abbreviation: home.abbreviation, color: '#2563eb' },
          ]}
          playerName={(id) => names.get(id) ?? `#${id}`}
        />
      </div>
      {box.teams.map((t) => (
        <LiveBoxScore key={t.team_id} team={t} name={info(t.team_id).full_name} abbreviation={info(t.team_id).abbreviation} />
      ))}
      <section className="space-y-2">
        <h2 className="text-lg font-semibold">Play-by-play</h2>
        <PlayFeed
          testId="live-feed"
          lines={[...plays].reverse().map((p) => ({
            key: String(p.seq),
            text: `${p.description}${p.corrected_by ? ' (edited)' : ''}`,
            meta: `${p.clock ? `${formatClock(p.clock.remaining_ms)} · ` : ''}${playMeta(rules, p, { home: home.abbreviation, visitor: visitor.abbreviation })}`,
            voided: p.voided,
          }))}
        />
      </section>
    </div>
  );
}
