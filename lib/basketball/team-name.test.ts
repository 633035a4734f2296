import { describe, expect, it } from 'vitest';
import { teamFullName } from './team-name';

describe('teamFullName', () => {
  it.each([
    ['Boston', 'Celtics', 'Boston Celtics'],
    ['Statline Valley', 'Valley Owls', 'Statline Valley Owls'],
    ['Boston', 'Boston Celtics', 'Boston Celtics'],
    ['Los Angeles', 'los angeles Sparks', 'los angeles Sparks'],
    ['Port Statline', 'Harbor Hawks', 'Port Statline Harbor Hawks'],
    [undefined, 'Owls', 'Owls'],
    ['  ', ' Owls  U12 ', 'Owls U12'],
    // Only a whole tail of the city counts: "Vall" is not "Valley".
    ['Statline Valley', 'Vall Owls', 'Statline Valley Vall Owls'],
  ])('%s + %s → %s', (city, name, full) => {
    expect(teamFullName(city, name)).toBe(full);
  });
});
