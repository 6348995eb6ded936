/** Sends what the outbox holds, over SMTP when SMTP_URL is set; otherwise mail stays in the outbox. */
import nodemailer from 'nodemailer';

export interface OutgoingMail {
  to: string;
  subject: string;
  text: string;
  html: string;
  /** Fixed before the first try, so every resend of one message carries the same one. */
  messageId?: string;
}

export interface Mailer {
  readonly enabled: boolean;
  send(mail: OutgoingMail): Promise<void>;
}

/**
 * Each SMTP step (connect, greeting, any quiet socket) gives up after `timeoutMs`: a server
 * that accepts and never answers costs one try 10 s, not the queue.
 */
export function createMailer(
  smtpUrl: string | undefined,
  options: { from?: string; timeoutMs?: number } = {},
): Mailer {
  if (!smtpUrl) return { enabled: false, send: async () => {} };
  const timeoutMs = options.timeoutMs ?? 10_000;
  const transport = nodemailer.createTransport({
    url: smtpUrl,
    connectionTimeout: timeoutMs,
    greetingTimeout: timeoutMs,
    socketTimeout: timeoutMs,
  });
  const from = options.from ?? 'Roster <no-reply@roster.local>';
  return {
    enabled: true,
    async send(mail) {
      await transport.sendMail({ from, ...mail });
    },
  };
}
