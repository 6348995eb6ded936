/**
 * Email templates: plain text with `{{placeholders}}` an administrator writes, filled in by the
 * server for each person. The text version keeps the wording as typed; the HTML version escapes
 * everything (the wording and every value), so nothing typed becomes markup. A link placeholder
 * becomes an anchor whose address only the server supplies. No I/O, no zod.
 */

/** The longest subject and body a template or a message may have. */
export const MESSAGE_SUBJECT_MAX = 200;
export const MESSAGE_BODY_MAX = 10_000;

export const TEMPLATE_PLACEHOLDERS = {
  firstName: 'their first name',
  surname: 'their surname',
  organisationName: 'the name of your organisation',
  activationLink: 'their own activation link (filled in by Roster)',
  expiresDays: 'how many days the activation link works',
} as const;
export type TPlaceholder = keyof typeof TEMPLATE_PLACEHOLDERS;

/** What each kind of email may say, and what its body must say. */
export const TEMPLATE_RULES = {
  activation: {
    allowed: ['firstName', 'surname', 'organisationName', 'activationLink', 'expiresDays'],
    requiredInBody: ['activationLink'],
    notInSubject: ['activationLink'],
  },
  message: {
    allowed: ['firstName', 'surname', 'organisationName'],
    requiredInBody: [],
    notInSubject: [],
  },
} as const satisfies Record<
  string,
  { allowed: TPlaceholder[]; requiredInBody: TPlaceholder[]; notInSubject: TPlaceholder[] }
>;
export type TTemplateKind = keyof typeof TEMPLATE_RULES;

const PLACEHOLDER = /\{\{\s*([A-Za-z]+)\s*\}\}/g;
const LINKS: ReadonlySet<string> = new Set<TPlaceholder>(['activationLink']);

const named = (name: string) => `{{${name}}}`;

/** The placeholder names a text uses, in order, repeats included. */
export const placeholdersIn = (text: string) => [...text.matchAll(PLACEHOLDER)].map((m) => m[1]);

/** What is wrong with a subject and body for this kind of email, by field; empty when fine. */
export function templateProblems(
  kind: TTemplateKind,
  template: { subject: string; body: string },
): Partial<Record<'subject' | 'body', string>> {
  const rules = TEMPLATE_RULES[kind];
  const allowed: readonly string[] = rules.allowed;
  const problems: Partial<Record<'subject' | 'body', string>> = {};
  const list = allowed.map(named).join(', ');
  for (const field of ['subject', 'body'] as const) {
    const unknown = placeholdersIn(template[field]).find((name) => !allowed.includes(name ?? ''));
    if (unknown !== undefined)
      problems[field] = `${named(unknown)} is not a placeholder Roster knows: use ${list}.`;
  }
  const inSubject = placeholdersIn(template.subject);
  const banned = rules.notInSubject.find((name) => inSubject.includes(name));
  if (banned && !problems.subject)
    problems.subject = `Keep ${named(banned)} out of the subject: put it in the body.`;
  const inBody = placeholdersIn(template.body);
  const missing = rules.requiredInBody.find((name) => !inBody.includes(name));
  if (missing && !problems.body)
    problems.body = `The body must contain ${named(missing)}: Roster puts each person's own link there.`;
  return problems;
}

const escapeHtml = (value: string) =>
  value.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);

const fill = (text: string, values: Partial<Record<TPlaceholder, string>>) =>
  text.replace(PLACEHOLDER, (whole, name: string) => values[name as TPlaceholder] ?? whole);

/** One paragraph of HTML: wording escaped, values escaped, link placeholders as anchors. */
function htmlParagraph(text: string, values: Partial<Record<TPlaceholder, string>>) {
  let html = '';
  let last = 0;
  for (const match of text.matchAll(PLACEHOLDER)) {
    const name = match[1] as TPlaceholder;
    const value = values[name];
    html += escapeHtml(text.slice(last, match.index));
    if (value === undefined) html += escapeHtml(match[0]);
    else if (LINKS.has(name)) html += `<a href="${escapeHtml(value)}">${escapeHtml(value)}</a>`;
    else html += escapeHtml(value);
    last = match.index + match[0].length;
  }
  html += escapeHtml(text.slice(last));
  return `<p>${html.replace(/\r?\n/g, '<br>\n')}</p>`;
}

/** The email for one person: subject and text filled in, HTML escaped throughout. */
export function renderTemplate(
  template: { subject: string; body: string },
  values: Partial<Record<TPlaceholder, string>>,
) {
  const subject = fill(template.subject, values).replace(/\s+/g, ' ').trim();
  const text = fill(template.body, values);
  const html = template.body
    .trim()
    .split(/(?:\r?\n[ \t]*){2,}/)
    .map((paragraph) => htmlParagraph(paragraph, values))
    .join('\n');
  return { subject, text, html };
}
