/**
 * Where returned mail comes back: an SMTP listener (ROSTER_BOUNCES_LISTEN) for the address
 * outgoing mail names as its envelope sender (ROSTER_BOUNCE_ADDRESS), so a mail server that
 * accepted an email and could not deliver it sends its report here. Every message is accepted
 * (answering a report with an error would only make more mail); a report that matches a sent
 * email marks it bounced. When the database cannot be reached the answer is a temporary
 * failure, so the sending server tries again later and no report is lost.
 */
import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';
import type { Db } from '../../db/client.js';
import { readDeliveryReport } from './read-delivery-report.js';
import { recordBounce } from './record-bounce.js';

/** A report is a few kilobytes; anything much larger is not one. */
const MAX_REPORT_BYTES = 1024 * 1024;

export interface BounceListener {
  port: number;
  close(): Promise<void>;
}

const temporaryFailure = () =>
  Object.assign(new Error('Please try again later'), { responseCode: 451 });

/** Reads one report and records what it says; answers how many sent emails it matched. */
export async function takeDeliveryReport(db: Db, raw: Buffer) {
  // Mail that cannot be read as a report is taken and dropped: refusing it would bring it back.
  const failures = await readDeliveryReport(raw).catch(() => []);
  let matched = 0;
  for (const failure of failures) if (await recordBounce(db, failure)) matched++;
  return matched;
}

export async function startBounceListener(
  db: Db,
  listen: { host: string; port: number },
): Promise<BounceListener> {
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['AUTH', 'STARTTLS'],
    size: MAX_REPORT_BYTES,
    logger: false,
    banner: 'Roster delivery reports',
    onData(stream, _session, callback) {
      const chunks: Buffer[] = [];
      let bytes = 0;
      stream.on('data', (chunk: Buffer) => {
        bytes += chunk.length;
        if (bytes <= MAX_REPORT_BYTES) chunks.push(chunk);
      });
      stream.on('end', () => {
        if (stream.sizeExceeded) return callback(null);
        takeDeliveryReport(db, Buffer.concat(chunks)).then(
          () => callback(null),
          (error: unknown) => {
            console.error(
              `A delivery report could not be recorded: ${error instanceof Error ? error.message : String(error)}`,
            );
            callback(temporaryFailure());
          },
        );
      });
    },
  });
  server.on('error', (error) => console.error(`Delivery report listener: ${error.message}`));
  await new Promise<void>((resolve, reject) => {
    server.server.once('error', reject);
    server.listen(listen.port, listen.host, () => resolve());
  });
  const { port } = server.server.address() as AddressInfo;
  return { port, close: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}
