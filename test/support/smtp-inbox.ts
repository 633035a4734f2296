// A real SMTP server on an ephemeral port that keeps every message it receives, for tests of the
// mail Statline sends (point SMTP_URL at `url`).
import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';

export interface ReceivedMail {
  to: string[];
  raw: string;
  /** The text body (a multipart mail's text part), decoded from quoted-printable or base64 when the mail used either. */
  text: string;
}

export interface SmtpInbox {
  url: string;
  messages: ReceivedMail[];
  /** The first message to `address` not yet taken by `next` (waits up to `ms`). */
  next(address: string, ms?: number): Promise<ReceivedMail>;
  close(): Promise<void>;
}

function decodeBody(raw: string): string {
  const split = raw.indexOf('\r\n\r\n');
  const head = raw.slice(0, split);
  const body = raw.slice(split + 4);
  // multipart/alternative (text and HTML): the text part.
  const boundary = head.match(/boundary="?([^";\r\n]+)"?/i)?.[1];
  if (boundary && /content-type:\s*multipart\//i.test(head)) {
    const text = body.split(`--${boundary}`).find((part) => /content-type:\s*text\/plain/i.test(part));
    return text ? decodeBody(text.replace(/^\r\n/, '').replace(/\r\n$/, '')) : body;
  }
  if (/content-transfer-encoding:\s*quoted-printable/i.test(head)) {
    return body
      .replace(/=\r?\n/g, '')
      .replace(/=([0-9A-F]{2})/g, (_, hex: string) => String.fromCharCode(Number.parseInt(hex, 16)));
  }
  if (/content-transfer-encoding:\s*base64/i.test(head)) return Buffer.from(body.replace(/\s+/g, ''), 'base64').toString('utf8');
  return body;
}

export async function startSmtpInbox(): Promise<SmtpInbox> {
  const messages: ReceivedMail[] = [];
  const waiters: (() => void)[] = [];
  const taken = new Map<string, number>();
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    onData(stream, session, done) {
      const chunks: Buffer[] = [];
      stream.on('data', (c: Buffer) => chunks.push(c));
      stream.on('end', () => {
        const raw = Buffer.concat(chunks).toString('utf8');
        messages.push({ to: session.envelope.rcptTo.map((r) => r.address.toLowerCase()), raw, text: decodeBody(raw) });
        for (const wake of waiters.splice(0)) wake();
        done();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.server.address() as AddressInfo;
  return {
    url: `smtp://127.0.0.1:${port}`,
    messages,
    async next(address, ms = 5000) {
      const to = address.toLowerCase();
      const deadline = Date.now() + ms;
      for (;;) {
        const index = taken.get(to) ?? 0;
        const found = messages.filter((m) => m.to.includes(to))[index];
        if (found) {
          taken.set(to, index + 1);
          return found;
        }
        if (Date.now() > deadline) throw new Error(`no mail to ${address} within ${ms} ms`);
        await new Promise<void>((resolve) => {
          waiters.push(resolve);
          setTimeout(resolve, 100);
        });
      }
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
