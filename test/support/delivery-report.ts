/** A delivery status notification as a mail server writes one (RFC 3464), for tests. */
export interface ReportedRecipient {
  address: string;
  action: 'failed' | 'delayed' | 'delivered';
  status: string;
}

export function deliveryReport(report: {
  messageId: string;
  recipients: ReportedRecipient[];
  /** How the returned message is attached: its headers alone (the default) or all of it. */
  returned?: 'text/rfc822-headers' | 'message/rfc822';
}) {
  const blocks = report.recipients.map((r) =>
    [
      `Final-Recipient: rfc822; ${r.address}`,
      `Action: ${r.action}`,
      `Status: ${r.status}`,
      `Diagnostic-Code: smtp; 550 ${r.status} <${r.address}>:`,
      ' Recipient address rejected: User unknown',
    ].join('\r\n'),
  );
  return [
    'From: Mail Delivery System <MAILER-DAEMON@mx.learner.test>',
    'To: bounces@roster.test',
    'Subject: Undelivered Mail Returned to Sender',
    'MIME-Version: 1.0',
    'Content-Type: multipart/report; report-type=delivery-status; boundary="report"',
    '',
    '--report',
    'Content-Type: text/plain; charset=us-ascii',
    '',
    'I am sorry to have to tell you that your message could not be delivered.',
    '--report',
    'Content-Type: message/delivery-status',
    '',
    'Reporting-MTA: dns; mx.learner.test',
    '',
    blocks.join('\r\n\r\n'),
    '',
    '--report',
    `Content-Type: ${report.returned ?? 'text/rfc822-headers'}`,
    '',
    `Message-ID: ${report.messageId}`,
    'From: Roster <no-reply@roster.local>',
    'Subject: Activate your account',
    ...(report.returned === 'message/rfc822' ? ['', 'Hello, please activate.'] : []),
    '--report--',
    '',
  ].join('\r\n');
}
