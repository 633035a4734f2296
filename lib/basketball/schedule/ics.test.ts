import ical, { type VEvent } from 'node-ical';
import { describe, expect, it } from 'vitest';
import { scheduleCalendar } from './ics';

const team = (id: number, name: string) => ({ id, name, abbreviation: name.slice(0, 3).toUpperCase() });

describe('scheduleCalendar', () => {
  it('writes an empty feed that still parses, its name escaped', () => {
    const text = scheduleCalendar([], { name: 'Owls, Hawks; and Foxes', origin: 'https://stats.example.org' });
    expect(text).toContain('X-WR-CALNAME:Owls\\, Hawks\\; and Foxes');
    expect(Object.values(ical.sync.parseICS(text)).filter((c) => c?.type === 'VEVENT')).toEqual([]);
  });

  it('makes a timed game a two-hour event and an untimed one all day', () => {
    const base = { leagueId: 1, venue: null, status: 'scheduled' as const, homeScore: null, visitorScore: null };
    const text = scheduleCalendar(
      [
        {
          ...base,
          id: 7,
          date: '2030-01-12',
          startsAt: new Date('2030-01-12T16:00:00Z'),
          home: team(1, 'Owls'),
          visitor: team(2, 'Hawks'),
        },
        { ...base, id: 8, date: '2030-01-31', startsAt: null, home: team(2, 'Hawks'), visitor: team(1, 'Owls') },
      ],
      { name: 'League', origin: 'https://stats.example.org:8443' },
    );
    const events = ical.sync.parseICS(text);
    const timed = events['bb-game-7@stats.example.org'] as VEvent;
    expect((timed.end?.getTime() ?? 0) - timed.start.getTime()).toBe(2 * 3600_000);
    const allDay = events['bb-game-8@stats.example.org'] as VEvent;
    expect(allDay.datetype).toBe('date');
    expect(text).toContain('DTEND;VALUE=DATE:20300201');
  });
});
