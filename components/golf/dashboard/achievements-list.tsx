// The golfer's notifications: every achievement, newest first, each linked to the round that earned it.
import Link from 'next/link';
import { describeAchievement } from '@/lib/golf/client/achievements';

export interface AchievementItem {
  id: string;
  kind: string;
  round_id: string;
  date: string;
  gross: number | null;
  previous: number | null;
  course: { name: string };
}

export function AchievementsList({ items }: { items: AchievementItem[] }) {
  if (items.length === 0)
    return (
      <p className="text-sm text-zinc-600 dark:text-zinc-400">Nothing yet: personal bests and first birdies show up here.</p>
    );
  return (
    <ul className="space-y-2" data-testid="achievements">
      {[...items].reverse().map((a) => {
        const { title, detail } = describeAchievement(a);
        return (
          <li key={a.id}>
            <Link
              href={`/golf/rounds/${a.round_id}`}
              className="flex min-h-12 items-center justify-between gap-3 rounded-lg bg-amber-50 px-3 py-2 text-sm text-amber-950 hover:bg-amber-100 dark:bg-amber-950 dark:text-amber-100"
            >
              <span>
                <strong>{title}</strong> · {detail}
              </span>
              <span className="shrink-0 text-xs opacity-70">{a.date}</span>
            </Link>
          </li>
        );
      })}
    </ul>
  );
}
