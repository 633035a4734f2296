'use client';

// Correcting a logged play: the same choices as entering it (who, made or missed, two or three,
// which foul, who came in and out), sent as a correction that stands in the play's place.
import { useState } from 'react';
import type { z } from 'zod';
import { Button } from '@/components/ui/button';
import { type FoulKind, foulKind, type LiveEvent, type playData } from '@/lib/basketball/live/events';
import type { Side } from '@/lib/basketball/live/state';
import { byJersey, type GameTeam, jerseyLabel } from './types';

type Replacement = z.infer<typeof playData>;

const field = 'block min-h-11 w-full rounded-md border border-zinc-300 bg-white px-2 dark:border-zinc-700 dark:bg-zinc-900';

export function PlayEditor({
  play,
  teams,
  onSave,
  onCancel,
}: {
  play: LiveEvent;
  teams: Record<Side, GameTeam>;
  onSave: (replacement: Replacement) => void;
  onCancel: () => void;
}) {
  const [data, setData] = useState<Record<string, unknown>>({ ...play.data });
  const team = teams.home.teamId === data.team_id ? teams.home : teams.visitor;
  const players = [...team.players].sort(byJersey);
  const set = (patch: Record<string, unknown>) => setData((d) => ({ ...d, ...patch }));
  const who = (key: string, label: string, teamAllowed = false) => (
    <label className="block text-sm">
      {label}
      <select
        className={field}
        value={data[key] === null ? '' : String(data[key])}
        onChange={(e) => set({ [key]: e.target.value === '' ? null : Number(e.target.value) })}
      >
        {teamAllowed ? <option value="">{team.abbreviation} (team)</option> : null}
        {players.map((p) => (
          <option key={p.id} value={p.id}>
            {jerseyLabel(p)} {p.name}
          </option>
        ))}
      </select>
    </label>
  );
  const toggle = (key: string, label: string) => (
    <label className="flex min-h-11 items-center gap-2 text-sm">
      <input type="checkbox" className="size-5" checked={data[key] === true} onChange={(e) => set({ [key]: e.target.checked })} />
      {label}
    </label>
  );
  return (
    <form
      className="space-y-3 rounded-lg border border-brand-600 p-3"
      data-testid="play-editor"
      onSubmit={(e) => {
        e.preventDefault();
        const out = { ...data };
        // An assist needs a make and a block a miss: a changed result drops the credit that no longer fits.
        if (play.type === 'field_goal') {
          if (!out.made) delete out.assist_player_id;
          if (out.made) delete out.block_player_id;
        }
        onSave({ type: play.type, ...out } as Replacement);
      }}
    >
      <h3 className="text-sm font-semibold">Edit play</h3>
      {play.type === 'substitution' ? (
        <>
          {who('player_in_id', 'In')}
          {who('player_out_id', 'Out')}
        </>
      ) : (
        who('player_id', 'Player', play.type !== 'field_goal' && play.type !== 'free_throw')
      )}
      {play.type === 'field_goal' ? (
        <>
          {toggle('made', 'Made')}
          <label className="block text-sm">
            Points
            <select className={field} value={String(data.points)} onChange={(e) => set({ points: Number(e.target.value) })}>
              <option value="2">2</option>
              <option value="3">3</option>
            </select>
          </label>
        </>
      ) : null}
      {play.type === 'free_throw' ? toggle('made', 'Made') : null}
      {play.type === 'rebound' ? toggle('offensive', 'Offensive') : null}
      {play.type === 'foul' ? (
        <label className="block text-sm">
          Kind
          <select className={field} value={String(data.kind)} onChange={(e) => set({ kind: e.target.value as FoulKind })}>
            {foulKind.options.map((k) => (
              <option key={k} value={k}>
                {k}
              </option>
            ))}
          </select>
        </label>
      ) : null}
      <div className="flex gap-2">
        <Button type="submit" className="min-h-12 flex-1">
          Save
        </Button>
        <Button type="button" variant="secondary" className="min-h-12 flex-1" onClick={onCancel}>
          Cancel
        </Button>
      </div>
    </form>
  );
}
