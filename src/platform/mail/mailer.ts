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

/**
 * The receiving server refused the address or the message for good (an SMTP 5xx answer to
 * RCPT TO or DATA): trying again would get the same answer, so the message is not retried.
 */
export class MailRefused extends Error {
  constructor(readonly response: string) {
    super(response);
    this.name = 'MailRefused';
  }
}

/** Nodemailer's error for an answer of the receiving server to the envelope or the message. */
function refusal(error: unknown): MailRefused | null {
  if (typeof error !== 'object' || error === null) return null;
  const { code, responseCode, response } = error as Record<string, unknown>;
  if (code !== 'EENVELOPE' && code !== 'EMESSAGE') return null;
  if (typeof responseCode !== 'number' || responseCode < 500 || responseCode > 599) return null;
  return new MailRefused(typeof response === 'string' ? response : String(responseCode));
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
  options: {
    from?: string;
    timeoutMs?: number;
    /** The envelope sender: where reports of undelivered mail go (bounce-listener.ts). */
    returnPath?: string;
  } = {},
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
      try {
        const envelope = options.returnPath ? { from: options.returnPath, to: mail.to } : undefined;
        await transport.sendMail({ from, ...mail, envelope });
      } catch (error) {
        throw refusal(error) ?? error;
      }
    },
  };
}
