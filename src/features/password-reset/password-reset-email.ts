/** The password reset email: plain text and escaped HTML. */
const escapeHtml = (value: string) =>
  value.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);

export function passwordResetEmail(input: {
  firstName: string;
  organisation: string;
  link: string;
  expiresMinutes: number;
  byAdministrator: boolean;
}) {
  const subject = 'Choose a new Roster password';
  const why = input.byAdministrator
    ? `Your ${input.organisation} administrator asked Roster to send you a link to choose a new password.`
    : `Someone, hopefully you, asked to choose a new password for your ${input.organisation} account on Roster.`;
  const closing = `The link works once and expires in ${input.expiresMinutes} minutes. If you did not ask for it, ignore this email: your password stays as it is.`;
  const text = [
    `Hello ${input.firstName},`,
    '',
    why,
    'Open this link to choose it, then sign in with the new password:',
    input.link,
    '',
    closing,
  ].join('\n');
  const html = `<p>Hello ${escapeHtml(input.firstName)},</p>
<p>${escapeHtml(why)}</p>
<p><a href="${escapeHtml(input.link)}">Choose a new password</a>, then sign in with it.</p>
<p>${escapeHtml(closing)}</p>`;
  return { subject, text, html };
}
