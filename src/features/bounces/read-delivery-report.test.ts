import { describe, expect, it } from 'vitest';
import { deliveryReport } from '../../../test/support/delivery-report.js';
import { readDeliveryReport } from './read-delivery-report.js';

describe('readDeliveryReport', () => {
  it('reads the returned Message-ID, each failed recipient and the folded reason', async () => {
    const raw = deliveryReport({
      messageId: '<abc@roster.test>',
      recipients: [
        { address: 'gone@learner.test', action: 'failed', status: '5.1.1' },
        { address: 'slow@learner.test', action: 'delayed', status: '4.4.1' },
        { address: 'full@learner.test', action: 'failed', status: '5.2.2' },
      ],
    });
    expect(await readDeliveryReport(raw)).toEqual([
      {
        messageId: '<abc@roster.test>',
        recipient: 'gone@learner.test',
        reason: '5.1.1 550 5.1.1 <gone@learner.test>: Recipient address rejected: User unknown',
      },
      {
        messageId: '<abc@roster.test>',
        recipient: 'full@learner.test',
        reason: '5.2.2 550 5.2.2 <full@learner.test>: Recipient address rejected: User unknown',
      },
    ]);
  });

  it('reads the whole returned message as well as its headers alone', async () => {
    const raw = deliveryReport({
      messageId: '<whole@roster.test>',
      recipients: [{ address: 'gone@learner.test', action: 'failed', status: '5.1.1' }],
      returned: 'message/rfc822',
    });
    const [failure] = await readDeliveryReport(raw);
    expect(failure?.messageId).toBe('<whole@roster.test>');
  });

  it('finds nothing in mail that is not a delivery report', async () => {
    const plain =
      'From: a@b.test\r\nTo: c@d.test\r\nSubject: Out of office\r\n\r\nBack Monday.\r\n';
    expect(await readDeliveryReport(plain)).toEqual([]);
    expect(await readDeliveryReport('\u0000\u0001 not mail at all')).toEqual([]);
  });
});
