import type { Metadata } from 'next';

export const metadata: Metadata = { title: 'About & data sources' };

export default function AboutPage() {
  return (
    <article className="prose max-w-2xl space-y-4 dark:prose-invert">
      <h1 className="text-2xl font-bold tracking-tight">About Statline</h1>
      <p>
        Statline is an open, self-hostable statistics platform for basketball and golf. American football and predictions are
        planned.
      </p>
      <h2 className="text-lg font-semibold">Demo data sources</h2>
      <ul className="list-disc space-y-2 pl-5 text-sm">
        <li>
          NBA team game logs, regular seasons 2004-05 to 2018-19 (stats.nba.com LeagueGameLog, via the{' '}
          <code>ryanvmenezes/lawlers-law</code> repository). MIT License, Copyright (c) 2019 Ryan Menezes.
        </li>
        <li>
          NBA player game logs, 2024-10-22 to 2024-12-31, from the <code>4Delgo4/24-25-Nba-Stats-Data-Cleaning</code> repository
          (originally from Kaggle; no license stated; some player-games are missing upstream). The source has no venues or final
          scores, so those games show the winner only.
        </li>
        <li>
          Golf course cards for Baltusrol, El Camaleon and Glen Abbey (tournament tees, from pgatour.com via the{' '}
          <code>brendansudol/pga-golf-data</code> repository; no license stated) and Sedgefield Country Club&apos;s pars (derived
          from the <code>djbrown227/golf_data_holebyhole</code> 2024 Wyndham Championship scores; no license stated; location from
          OpenGolfAPI, ODbL 1.0). None publishes a course rating, so these tees are unrated. Statline Links is fictional.
        </li>
      </ul>
    </article>
  );
}
