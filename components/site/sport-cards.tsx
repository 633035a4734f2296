import Link from 'next/link';

const sports = [
  { href: '/basketball', title: 'Basketball', text: 'Standings, box scores, season averages and live play-by-play.' },
  { href: '/golf', title: 'Golf', text: 'Hole-by-hole scorecards, round analytics and World Handicap System indexes.' },
  { href: '/football', title: 'Football', text: 'Planned: play tracking with situational filters and efficiency analytics.' },
  {
    href: '/predictions',
    title: 'Predictions',
    text: 'Who wins tonight and by how much, from trained models with their track record.',
  },
];

export function SportCards() {
  return (
    <ul className="grid gap-3 sm:grid-cols-2 lg:grid-cols-4">
      {sports.map((s) => (
        <li key={s.href}>
          <Link
            href={s.href}
            className="block h-full rounded-xl border border-zinc-200 bg-white p-4 transition hover:border-brand-500 hover:shadow-sm dark:border-zinc-800 dark:bg-zinc-900"
          >
            <h2 className="font-semibold">{s.title}</h2>
            <p className="mt-1 text-sm text-zinc-600 dark:text-zinc-400">{s.text}</p>
          </Link>
        </li>
      ))}
    </ul>
  );
}
