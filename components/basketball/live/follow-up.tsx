'use client';

// A second question after a tap: who assisted, who blocked, which foul, who comes in. Questions
// that are optional answer themselves ("No assist") after a few seconds, so scoring never stalls.
import { useEffect, useRef } from 'react';
import { JerseyButton, PlayerGrid } from './jersey-button';
import type { RosterPlayer } from './types';

export interface PromptChoice {
  key: string;
  label: string;
  player?: RosterPlayer;
  onPick: () => void;
}

export interface Prompt {
  /** New for every question, so a new question restarts its countdown. */
  id: string;
  title: string;
  choices: PromptChoice[];
  skip: { label: string; onPick: () => void };
  autoMs?: number;
}

export function FollowUp({ prompt }: { prompt: Prompt }) {
  const skip = useRef(prompt.skip.onPick);
  useEffect(() => {
    skip.current = prompt.skip.onPick;
  });
  useEffect(() => {
    if (!prompt.autoMs) return;
    const timer = setTimeout(() => skip.current(), prompt.autoMs);
    return () => clearTimeout(timer);
  }, [prompt.autoMs]);

  const players = prompt.choices.filter((c) => c.player);
  const others = prompt.choices.filter((c) => !c.player);
  return (
    <section
      aria-label={prompt.title}
      data-testid="follow-up"
      className="space-y-3 rounded-xl border-2 border-brand-500 bg-white p-3 dark:bg-zinc-900"
    >
      <h2 className="text-base font-semibold">{prompt.title}</h2>
      {players.length > 0 ? (
        <PlayerGrid label={prompt.title}>
          {players.map((c) =>
            c.player ? <JerseyButton key={c.key} player={c.player} onClick={c.onPick} testId={`choice-${c.player.id}`} /> : null,
          )}
        </PlayerGrid>
      ) : null}
      {others.length > 0 ? (
        <div className="grid grid-cols-2 gap-2 sm:grid-cols-3">
          {others.map((c) => (
            <button
              key={c.key}
              type="button"
              onClick={c.onPick}
              className="min-h-12 rounded-lg border border-zinc-300 bg-white text-sm font-medium capitalize hover:bg-zinc-100 dark:border-zinc-700 dark:bg-zinc-900 dark:hover:bg-zinc-800"
            >
              {c.label}
            </button>
          ))}
        </div>
      ) : null}
      <button
        type="button"
        onClick={prompt.skip.onPick}
        className="relative min-h-12 w-full overflow-hidden rounded-lg border border-zinc-300 text-sm font-medium dark:border-zinc-700"
      >
        {prompt.autoMs ? (
          <span
            aria-hidden
            key={prompt.id}
            className="absolute inset-y-0 left-0 bg-zinc-200 dark:bg-zinc-800"
            style={{ animation: `statline-countdown ${prompt.autoMs}ms linear forwards` }}
          />
        ) : null}
        <span className="relative">{prompt.skip.label}</span>
      </button>
      <style>{'@keyframes statline-countdown { from { width: 100% } to { width: 0% } }'}</style>
    </section>
  );
}
