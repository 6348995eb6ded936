/** The activation email: plain text and escaped HTML, never the incumbent's wording. */
const escapeHtml = (value: string) =>
  value.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);

export function activationEmail(input: {
  firstName: string;
  organisation: string;
  link: string;
  expiresDays: number;
}) {
  const subject = 'Activate your Roster account';
  const text = [
    `Hello ${input.firstName},`,
    '',
    `${input.organisation} has created a Roster account for you.`,
    'Open this link to choose your password and activate your account:',
    input.link,
    '',
    `The link works once and expires in ${input.expiresDays} days. If it has expired, ask your training provider to send a new one.`,
  ].join('\n');
  const html = `<p>Hello ${escapeHtml(input.firstName)},</p>
<p>${escapeHtml(input.organisation)} has created a Roster account for you.</p>
<p><a href="${escapeHtml(input.link)}">Activate your account</a></p>
<p>The link works once and expires in ${input.expiresDays} days. If it has expired, ask your training provider to send a new one.</p>`;
  return { subject, text, html };
}

/** The activation link in an activation email's text (the operator's command line prints it). */
export const activationLinkIn = (text: string) =>
  text.match(/https?:\/\/\S+\/activate\?token=[\w-]+/)?.[0];
