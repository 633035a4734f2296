// Finished rounds that are not in the record, and why (an unrated tee, an incomplete card…).
import Link from 'next/link';

export function NotPostedList({ rounds }: { rounds: { round_id: string; date: string; course: string; reason: string }[] }) {
  if (rounds.length === 0) return null;
  return (
    <section className="space-y-2">
      <h2 className="text-lg font-semibold">Not posted</h2>
      <ul className="space-y-1 text-sm" data-testid="not-posted">
        {rounds.map((r) => (
          <li key={r.round_id}>
            <Link href={`/golf/rounds/${r.round_id}`} className="text-brand-700 underline underline-offset-2 dark:text-brand-500">
              {r.date}
            </Link>{' '}
            {r.course}: <span className="text-zinc-600 dark:text-zinc-400">{r.reason}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}
