import { describe, expect, it } from 'vitest';
import { joinFiveThirtyEight, parseFiveThirtyEight } from './fivethirtyeight';

const csv = `season,date,team1,team2,prob1,prob1_outcome,prob2,prob2_outcome
2019,2019-04-10,Trail Blazers,Kings,0.6,1,0.4,0
2019,2019-04-10,Clippers,Jazz,0.45,0,0.55,1
2019,2019-04-10,Nets,Heat,0.7,1,0.3,0
`;

describe('joining FiveThirtyEight forecasts', () => {
  it('matches by date and both nicknames, two-word nicknames included; a different date or venue does not join', () => {
    const published = parseFiveThirtyEight(csv);
    const joined = joinFiveThirtyEight(
      [
        { gameId: 1, date: '2019-04-10', homeName: 'Portland Trail Blazers', awayName: 'Sacramento Kings', y: 1 },
        { gameId: 2, date: '2019-04-10', homeName: 'LA Clippers', awayName: 'Utah Jazz', y: 0 },
        { gameId: 3, date: '2019-04-09', homeName: 'Brooklyn Nets', awayName: 'Miami Heat', y: 1 },
        { gameId: 4, date: '2019-04-10', homeName: 'Miami Heat', awayName: 'Brooklyn Nets', y: 1 },
      ],
      published,
    );
    expect([...joined.entries()]).toEqual([
      [1, { p: 0.6, y: 1 }],
      [2, { p: 0.45, y: 0 }],
    ]);
  });
});
