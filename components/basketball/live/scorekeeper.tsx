'use client';

// The scorer's screen. Every tap becomes an event with its own id in this device's outbox; the
// screen shows the server's log with the outbox played on top, so it answers at once, offline too.
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { clockFromState } from '@/lib/basketball/client/clock-model';
import { isThree } from '@/lib/basketball/client/court';
import { scorerFeed } from '@/lib/basketball/client/feed-lines';
import { mergeEvents, planUndo, projectGame, type ServerEvent, settledPrefix } from '@/lib/basketball/client/local-game';
import { type StoredEventJson, withData } from '@/lib/basketball/client/outbox';
import { scoreboardFromState } from '@/lib/basketball/client/scoreboard';
import type { LiveEvent } from '@/lib/basketball/live/events';
import { describePlay } from '@/lib/basketball/live/feed';
import { check } from '@/lib/basketball/live/reducer';
import { ruleSets } from '@/lib/basketball/live/rules';
import { type GameSetup, otherSide, type Side } from '@/lib/basketball/live/state';
import { newEventId } from '@/lib/offline/event-id';
import { syncStatus } from '@/lib/offline/sync-status';
import { ActionPad } from './action-pad';
import { FollowUp, type Prompt } from './follow-up';
import { GameClock } from './game-clock';
import { GameControls } from './game-controls';
import { JerseyButton, PlayerGrid } from './jersey-button';
import { runAction } from './play-actions';
import { PlayEditor } from './play-editor';
import { PlayFeed } from './play-feed';
import { Scoreboard } from './scoreboard';
import { ScorerNotices } from './scorer-notices';
import { type ShotLocation, ShotPicker } from './shot-picker';
import { StartersPicker } from './starters-picker';
import { SyncBadge } from './sync-badge';
import { TeamBar } from './team-bar';
import { byJersey, type GameTeam, type RosterPlayer } from './types';
import { useGameOutbox } from './use-game-outbox';
import { useGameStream } from './use-game-stream';

// `at`, the server's time of the append, is what a running game clock is read against.
const toServerEvent = (e: StoredEventJson) =>
  ({ id: e.id, seq: e.seq, at: e.created_at ? Date.parse(e.created_at) : undefined, type: e.type, data: e.data }) as ServerEvent;

export function Scorekeeper({
  gameId,
  setup,
  teams,
  initialEvents,
}: {
  gameId: number;
  setup: GameSetup;
  teams: Record<Side, GameTeam>;
  initialEvents: ServerEvent[];
}) {
  const [events, setEvents] = useState(initialEvents);
  const addEvent = useCallback((e: StoredEventJson) => setEvents((known) => mergeEvents(known, [toServerEvent(e)])), []);
  const outbox = useGameOutbox(gameId, addEvent);
  useGameStream(gameId, initialEvents.at(-1)?.seq ?? 0, addEvent);
  const settled = useMemo(() => settledPrefix(events), [events]);
  const local = useMemo(() => projectGame(setup, settled, outbox.snapshot.items), [setup, settled, outbox.snapshot.items]);
  const { state } = local;

  const roster = useMemo(() => new Map([...teams.home.players, ...teams.visitor.players].map((p) => [p.id, p])), [teams]);
  const names = useMemo(
    () => ({
      player: (id: number) => roster.get(id)?.name ?? `#${id}`,
      team: (id: number) => (id === teams.home.teamId ? teams.home.abbreviation : teams.visitor.abbreviation),
    }),
    [roster, teams],
  );

  const [side, setSide] = useState<Side>('visitor');
  const [selected, setSelected] = useState<number | null>(null);
  const [location, setLocation] = useState<ShotLocation | null>(null);
  const [prompt, setPrompt] = useState<Prompt | null>(null);
  const [notice, setNotice] = useState<{ tone: 'error' | 'info'; text: string } | null>(null);
  const held = useRef<string | null>(null);
  const [editing, setEditing] = useState<ServerEvent | null>(null);
  // The play as it stands: the latest correction in force replaces what was first logged.
  const currentPlay = (e: ServerEvent): LiveEvent => {
    const by = state.log.corrections[e.seq];
    const fix = by === undefined ? undefined : settled.find((c) => c.seq === by);
    if (fix?.type !== 'play_corrected') return e;
    const { type, ...data } = fix.data.replacement;
    return { type, data } as LiveEvent;
  };

  const team = teams[side];
  const oppSide = otherSide(side);
  const onCourt = state.teams[side].onCourt;
  const player = selected !== null && onCourt.includes(selected) ? (roster.get(selected) ?? null) : null;
  // Before the starters are logged anyone on the roster may play, as the server's rules say.
  const available = (s: Side): RosterPlayer[] => {
    const t = state.teams[s];
    return teams[s].players
      .filter((p) => (t.onCourt.length ? t.onCourt.includes(p.id) : !t.fouledOut.includes(p.id)))
      .sort(byJersey);
  };

  const settle = (extra?: Record<string, unknown>) => {
    if (held.current) outbox.release(held.current, withData(extra));
    held.current = null;
    setPrompt(null);
  };

  function record(event: LiveEvent, opts: { held?: boolean } = {}): string | null {
    // Moving on answers any open question with "no".
    settle();
    // Undos and corrections are checked by the replay the server runs (the feed shows a refusal).
    const reason = event.type === 'undo' || event.type === 'play_corrected' ? null : check(state, event);
    if (reason) {
      setNotice({ tone: 'error', text: `Not recorded: ${reason}.` });
      return null;
    }
    setNotice(null);
    const id = newEventId();
    outbox.add({ id, payload: { event }, ...opts });
    return id;
  }

  // Questions answered later must check against the game as it is then, not as it was when asked.
  const latestRecord = useRef(record);
  useEffect(() => {
    latestRecord.current = record;
  });

  function undo() {
    const plan = planUndo(settled, outbox.snapshot.items, outbox.snapshot.inFlight);
    if (plan.kind === 'none') return setNotice({ tone: 'info', text: 'Nothing to undo.' });
    const target =
      plan.kind === 'undo'
        ? settled.find((e) => e.seq === plan.seq)
        : outbox.snapshot.items.find((q) => q.id === plan.id)?.payload.event;
    const what = target ? describePlay(target, names, ruleSets[setup.ruleSet]) : 'the last play';
    if (plan.kind === 'cancel') {
      if (plan.id === held.current) held.current = null;
      setPrompt(null);
      outbox.cancel(plan.id);
    } else {
      settle();
      // An undo of a play not stored yet points at it by id; the outbox fills in its seq once it is stored.
      const seq = plan.kind === 'undo' ? plan.seq : 0;
      const event = { type: 'undo', data: { seq } } as const;
      outbox.add({ id: newEventId(), payload: plan.kind === 'undo-queued' ? { event, undoOf: plan.id } : { event } });
    }
    setNotice({ tone: 'info', text: `Undone: ${what}.` });
  }

  const abbr = { home: teams.home.abbreviation, visitor: teams.visitor.abbreviation };
  const lines = useMemo(
    // Every play, not only the latest: any of them may need correcting.
    () =>
      scorerFeed(
        setup,
        settled,
        local,
        names,
        { home: teams.home.abbreviation, visitor: teams.visitor.abbreviation },
        Number.POSITIVE_INFINITY,
      ),
    [setup, settled, local, names, teams],
  );

  const sync = syncStatus(outbox.snapshot, outbox.online);
  const board = scoreboardFromState(state, { abbreviation: abbr, player: names.player });

  const pad = prompt ? (
    <FollowUp key={prompt.id} prompt={prompt} />
  ) : onCourt.length === 0 ? (
    <StartersPicker
      key={side}
      team={team}
      onConfirm={(ids) => record({ type: 'starters', data: { team_id: team.teamId, player_ids: ids } })}
    />
  ) : (
    <div className="space-y-3">
      <PlayerGrid label={`${team.abbreviation} on the court`}>
        {available(side).map((p) => (
          <JerseyButton key={p.id} player={p} pressed={player?.id === p.id} onClick={() => setSelected(p.id)} />
        ))}
      </PlayerGrid>
      <ActionPad
        disabled={!player}
        highlightThree={location !== null && isThree(location)}
        onAction={(key) => {
          if (!player) return;
          runAction(key, {
            teamId: team.teamId,
            opponentId: teams[oppSide].teamId,
            player,
            teammates: available(side),
            opponents: available(oppSide),
            bench: team.players
              .filter((p) => !onCourt.includes(p.id) && !state.teams[side].fouledOut.includes(p.id))
              .sort(byJersey),
            location: key.startsWith('fg') || key === 'blk' ? location : null,
            record: (event, opts) => latestRecord.current(event, opts),
            ask: (p, heldId) => {
              held.current = heldId ?? null;
              setPrompt({ ...p, id: newEventId() });
            },
            settle,
          });
          if (key.startsWith('fg') || key === 'blk') setLocation(null);
          if (!key.startsWith('ft')) setSelected(null);
        }}
      />
    </div>
  );

  return (
    <div className="space-y-4 pb-8">
      <div className="space-y-2">
        <Scoreboard model={board} />
        <SyncBadge {...sync} />
      </div>
      <ScorerNotices
        notice={notice}
        errors={outbox.snapshot.errors}
        onDismiss={() => {
          setNotice(null);
          outbox.dismissErrors();
        }}
      />
      {state.periodRunning ? <GameClock clock={clockFromState(state)} onRecord={record} /> : null}
      <TeamBar
        teams={teams}
        side={side}
        timeoutsLeft={state.teams[side].timeoutsLeft}
        onSide={(s) => {
          setSide(s);
          setSelected(null);
        }}
        onTimeout={() => record({ type: 'timeout', data: { team_id: team.teamId } })}
        onBenchTechnical={() => record({ type: 'foul', data: { team_id: team.teamId, player_id: null, kind: 'technical' } })}
      />
      {pad}
      <GameControls
        state={state}
        onRecord={record}
        onEndGame={() => {
          if (window.confirm('End the game? The score becomes final.')) record({ type: 'game_end', data: {} });
        }}
        onUndo={undo}
      />
      <details className="rounded-lg border border-zinc-200 p-3 dark:border-zinc-800">
        <summary className="min-h-8 cursor-pointer text-sm font-medium">Shot location{location ? ' (set)' : ''}</summary>
        <div className="pt-2">
          <ShotPicker value={location} onChange={setLocation} />
        </div>
      </details>
      <section className="space-y-2">
        <h2 className="text-sm font-semibold">Plays</h2>
        <PlayFeed
          lines={lines}
          onEdit={(seq) => setEditing(settled.find((e) => e.seq === seq) ?? null)}
          onDelete={(seq) => {
            const target = lines.find((l) => l.key === String(seq));
            if (window.confirm(`Delete "${target?.text ?? `#${seq}`}"? It stays in the log, struck through.`))
              record({ type: 'undo', data: { seq } });
          }}
        />
        {editing ? (
          <PlayEditor
            key={editing.seq}
            play={currentPlay(editing)}
            teams={teams}
            onCancel={() => setEditing(null)}
            onSave={(replacement) => {
              setEditing(null);
              record({ type: 'play_corrected', data: { seq: editing.seq, replacement } } as LiveEvent);
            }}
          />
        ) : null}
      </section>
    </div>
  );
}
