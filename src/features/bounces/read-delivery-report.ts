/**
 * Reads a delivery status notification (RFC 3464: a multipart/report of report-type
 * delivery-status, what a mail server sends back when it cannot deliver a message it had
 * accepted). postal-mime splits the MIME parts; each block of the machine-readable
 * delivery-status part is a header block, which it reads too.
 */
import PostalMime from 'postal-mime';

/** One recipient the report says the message failed for, for good. */
export interface DeliveryFailure {
  /** The Message-ID of the message that came back, as Roster fixed it before sending. */
  messageId: string;
  /** The address the report names (Final-Recipient), when it names one. */
  recipient: string | null;
  /** The status code and the receiving server's words, e.g. "5.1.1 550 User unknown". */
  reason: string;
}

const headerBlock = async (block: string) => {
  const { headers } = await PostalMime.parse(`${block.trim()}\n\n`);
  return new Map(headers.map((header) => [header.key, header.value.trim()]));
};

/** `rfc822; someone@example.test` → `someone@example.test`. */
const addressOf = (typed: string | undefined) => typed?.split(';').pop()?.trim() || null;

/** The report's failures, or none when the message is not a delivery status notification. */
export async function readDeliveryReport(raw: Buffer | string): Promise<DeliveryFailure[]> {
  const email = await PostalMime.parse(raw, { attachmentEncoding: 'utf8' });
  const part = (type: string) =>
    email.attachments.find((attachment) => attachment.mimeType.toLowerCase() === type);
  const status = part('message/delivery-status');
  const returned = part('text/rfc822-headers') ?? part('message/rfc822');
  if (!status || !returned) return [];
  const { messageId } = await PostalMime.parse(`${String(returned.content).trim()}\n\n`);
  if (!messageId) return [];
  // The first block is about the message; each later one about one recipient.
  const [, ...recipients] = String(status.content).split(/\r?\n\s*\r?\n/);
  const failures: DeliveryFailure[] = [];
  for (const block of recipients) {
    if (block.trim() === '') continue;
    const fields = await headerBlock(block);
    if (fields.get('action')?.toLowerCase() !== 'failed') continue;
    const diagnostic = fields.get('diagnostic-code')?.replace(/^smtp;\s*/i, '') ?? '';
    failures.push({
      messageId: messageId.trim(),
      recipient: addressOf(fields.get('final-recipient') ?? fields.get('original-recipient')),
      reason: [fields.get('status'), diagnostic].filter(Boolean).join(' ').slice(0, 500),
    });
  }
  return failures;
}
