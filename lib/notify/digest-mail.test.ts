import { describe, expect, it } from 'vitest';
import { DIGEST_MAX_ITEMS, renderDigest } from './digest-mail';
import type { NotificationView } from './inbox';

const note = (id: number, away = 'Away'): NotificationView => ({
  id,
  kind: 'game_ended',
  payload: { game_id: id, home: { name: 'Home', score: 70 }, away: { name: away, score: 60 } },
  read: false,
  created_at: '2026-01-01T00:00:00.000Z',
});

describe('renderDigest', () => {
  it('lists each notification with its link, in text and HTML, with the settings link', () => {
    const mail = renderDigest({
      name: 'Sam',
      frequency: 'daily',
      notifications: [note(1), note(2)],
      baseUrl: 'https://s.example/',
    });
    expect(mail.subject).toBe('Statline: 2 updates from what you follow');
    expect(mail.text).toContain('- Final: Away 60, Home 70\n  https://s.example/basketball/games/1');
    expect(mail.text).toContain('https://s.example/my#email-digest');
    expect(mail.html).toContain('<a href="https://s.example/basketball/games/2">Final: Away 60, Home 70</a>');
  });

  it('escapes names in the HTML and lists at most the cap, linking to the rest', () => {
    const many = Array.from({ length: DIGEST_MAX_ITEMS + 3 }, (_, i) => note(i + 1, '<b>Bad & Co</b>'));
    const mail = renderDigest({ name: 'A <script>', frequency: 'weekly', notifications: many, baseUrl: 'https://s.example' });
    expect(mail.html).not.toContain('<b>Bad');
    expect(mail.html).toContain('&lt;b&gt;Bad &amp; Co&lt;/b&gt;');
    expect(mail.html).not.toContain('<script>');
    expect(mail.text).toContain('…and 3 more: https://s.example/my');
    expect(mail.text.match(/^- /gm)).toHaveLength(DIGEST_MAX_ITEMS);
  });
});
