/** The self-unlock email: plain text and escaped HTML. */
const escapeHtml = (value: string) =>
  value.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);

export function unlockEmail(input: {
  firstName: string;
  organisation: string;
  link: string;
  expiresMinutes: number;
}) {
  const subject = 'Unlock your Roster account';
  const closing = `The link works once and expires in ${input.expiresMinutes} minutes. If you did not ask for it, ignore this email: your account stays locked, and your administrator can unlock it.`;
  const text = [
    `Hello ${input.firstName},`,
    '',
    `Your ${input.organisation} account on Roster was locked after too many failed sign-ins.`,
    'Open this link to unlock it, then sign in with your password:',
    input.link,
    '',
    closing,
  ].join('\n');
  const html = `<p>Hello ${escapeHtml(input.firstName)},</p>
<p>Your ${escapeHtml(input.organisation)} account on Roster was locked after too many failed sign-ins.</p>
<p><a href="${escapeHtml(input.link)}">Unlock your account</a>, then sign in with your password.</p>
<p>${escapeHtml(closing)}</p>`;
  return { subject, text, html };
}
