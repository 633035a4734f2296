import type { Metadata } from 'next';

export const metadata: Metadata = { title: 'About & data sources' };

export default function AboutPage() {
  return (
    <article className="prose max-w-2xl space-y-4 dark:prose-invert">
      <h1 className="text-2xl font-bold tracking-tight">About Statline</h1>
      <p>Statline is an open, self-hostable statistics platform for basketball, golf and American football.</p>
      <h2 className="text-lg font-semibold">Demo data sources</h2>
      <ul className="list-disc space-y-2 pl-5 text-sm">
        <li>
          NBA team game logs, regular seasons 2016-17 to 2018-19 (stats.nba.com LeagueGameLog, via the{' '}
          <code>ryanvmenezes/lawlers-law</code> repository). MIT License, Copyright (c) 2019 Ryan Menezes.
        </li>
        <li>
          NBA player game logs, 2024-10-22 to 2024-12-31, from the <code>4Delgo4/24-25-Nba-Stats-Data-Cleaning</code> repository
          (originally from Kaggle; no license stated; some player-games are missing upstream). The source has no venues or final
          scores, so those games show the winner only.
        </li>
      </ul>
    </article>
  );
}
