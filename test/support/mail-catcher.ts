/** A real SMTP server on loopback that keeps what it receives, for tests of outgoing mail. */
import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';

export interface CaughtMail {
  /** The envelope sender (MAIL FROM), where reports of undelivered mail would go. */
  from: string;
  to: string[];
  raw: string;
}

/**
 * Listens on `port` (any free one by default), so a test can bring a down server back up.
 * `refuse` names addresses it answers 550 at RCPT TO, as a server without that mailbox does.
 */
export async function startMailCatcher(
  port = 0,
  options: { refuse?: (address: string) => boolean } = {},
) {
  const received: CaughtMail[] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onRcptTo(address, _session, callback) {
      if (!options.refuse?.(address.address)) return callback();
      const error = Object.assign(new Error('5.1.1 No such mailbox here'), { responseCode: 550 });
      callback(error);
    },
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('end', () => {
        received.push({
          from: session.envelope.mailFrom ? session.envelope.mailFrom.address : '',
          to: session.envelope.rcptTo.map((rcpt) => rcpt.address),
          raw: Buffer.concat(chunks).toString('utf8'),
        });
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  const address = server.server.address() as AddressInfo;
  return {
    url: `smtp://127.0.0.1:${address.port}`,
    received,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** The activation link in a caught message (quoted-printable soft breaks undone). */
export function activationToken(mail: CaughtMail) {
  const text = mail.raw.replace(/=\r?\n/g, '').replace(/=3D/g, '=');
  const match = /activate\?token=([\w%-]+)/.exec(text);
  return match?.[1] ? decodeURIComponent(match[1]) : null;
}

/** A caught message's raw text with quoted-printable undone (ASCII and UTF-8 alike). */
export function decodedRaw(mail: CaughtMail) {
  const bytes = mail.raw
    .replace(/=\r?\n/g, '')
    .replace(/=([0-9A-F]{2})/g, (_, hex: string) => String.fromCharCode(Number.parseInt(hex, 16)));
  return Buffer.from(bytes, 'latin1').toString('utf8');
}
