/**
 * The activation email: the tenant's wording (email-templates) filled in for one person, plain
 * text and escaped HTML; the link is always the server's.
 */
import { renderTemplate } from '../../domain/email-template.js';

export function activationEmail(
  template: { subject: string; body: string },
  input: {
    firstName: string;
    surname: string;
    organisation: string;
    link: string;
    expiresDays: number;
  },
) {
  return renderTemplate(template, {
    firstName: input.firstName,
    surname: input.surname,
    organisationName: input.organisation,
    activationLink: input.link,
    expiresDays: String(input.expiresDays),
  });
}

/** The activation link in an activation email's text (the operator's command line prints it). */
export const activationLinkIn = (text: string) =>
  text.match(/https?:\/\/\S+\/activate\?token=[\w-]+/)?.[0];
