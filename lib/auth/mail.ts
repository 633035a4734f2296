// Outgoing mail through SMTP_URL (nodemailer). One transport per process, made on first use.
import { createTransport, type Transporter } from 'nodemailer';
import { env } from '@/lib/env';

const KEY = Symbol.for('statline.mail');
type Holder = { [KEY]?: { url: string; transport: Transporter } };

/** Whether mail can be sent at all (SMTP_URL is set). */
export function mailConfigured(): boolean {
  return env().SMTP_URL !== undefined;
}

export interface MailMessage {
  to: string;
  subject: string;
  text: string;
  /** An HTML alternative to the text. */
  html?: string;
  headers?: Record<string, string>;
}

export async function sendMail(message: MailMessage): Promise<void> {
  const url = env().SMTP_URL;
  if (!url) throw new Error('SMTP_URL is not set');
  const g = globalThis as Holder;
  // Rebuilt when the URL changes (tests point each file at its own server).
  if (g[KEY]?.url !== url) g[KEY] = { url, transport: createTransport(url) };
  await g[KEY].transport.sendMail({ from: env().MAIL_FROM, ...message });
}
