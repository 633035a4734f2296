// What a digest mail says: one line per notification (the same words as the inbox on /my), each
// linking to its game, player or round, and a link to the setting that stops them. Plain text for
// every client, and a simple HTML part with the same content.
import type { DigestFrequency } from '@/drizzle/schema';
import type { NotificationView } from './inbox';
import { describeNotification } from './notification-text';

/** At most this many lines: the rest are a link away, on /my. */
export const DIGEST_MAX_ITEMS = 50;

export interface DigestMail {
  subject: string;
  text: string;
  html: string;
}

const escapeHtml = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');

export const digestSettingsUrl = (baseUrl: string) => `${baseUrl.replace(/\/+$/, '')}/my#email-digest`;

export function renderDigest(input: {
  name: string;
  frequency: Exclude<DigestFrequency, 'off'>;
  notifications: NotificationView[];
  baseUrl: string;
}): DigestMail {
  const base = input.baseUrl.replace(/\/+$/, '');
  const shown = input.notifications.slice(0, DIGEST_MAX_ITEMS);
  const more = input.notifications.length - shown.length;
  const lines = shown.map((n) => {
    const { text, href } = describeNotification(n);
    return { text, url: href ? `${base}${href}` : null };
  });
  const count = input.notifications.length;
  const subject = `Statline: ${count} ${count === 1 ? 'update' : 'updates'} from what you follow`;
  const settings = digestSettingsUrl(base);
  const text = [
    `Hi ${input.name},`,
    '',
    'New in what you follow on Statline:',
    '',
    ...lines.flatMap((l) => [`- ${l.text}`, ...(l.url ? [`  ${l.url}`] : [])]),
    ...(more > 0 ? ['', `…and ${more} more: ${base}/my`] : []),
    '',
    `You get this ${input.frequency} digest because you asked for it. Change or turn it off: ${settings}`,
  ].join('\n');
  const items = lines
    .map((l) => `<li>${l.url ? `<a href="${escapeHtml(l.url)}">${escapeHtml(l.text)}</a>` : escapeHtml(l.text)}</li>`)
    .join('');
  const html = [
    '<!doctype html><html><body style="font-family:sans-serif">',
    `<p>Hi ${escapeHtml(input.name)},</p>`,
    '<p>New in what you follow on Statline:</p>',
    `<ul>${items}</ul>`,
    more > 0 ? `<p>…and <a href="${escapeHtml(`${base}/my`)}">${more} more</a>.</p>` : '',
    `<p style="color:#666;font-size:small">You get this ${input.frequency} digest because you asked for it. `,
    `<a href="${escapeHtml(settings)}">Change or turn it off</a>.</p>`,
    '</body></html>',
  ].join('');
  return { subject, text, html };
}
