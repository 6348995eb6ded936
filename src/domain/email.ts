/** Message shown when an email address is not in a usable form. */
export const INVALID_EMAIL_MESSAGE =
  'Enter an email address in the correct format, like name@example.co.uk.';

// A pragmatic subset of RFC 5321: what people type and mail servers accept. Quoted local parts
// and IP-literal domains are legal but never seen in practice, and refusing them avoids surprises.
const LOCAL_PART = /^[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*$/;
const DOMAIN_LABEL = /^[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?$/;
const TOP_LEVEL_DOMAIN = /^(?:[A-Za-z]{2,63}|xn--[A-Za-z0-9-]{1,59})$/;

/** True when `s` (after trimming) is a plausible email address a mail server would accept. */
export function isValidEmail(s: string): boolean {
  const email = s.trim();
  if (email.length > 254) return false;
  const at = email.lastIndexOf('@');
  if (at < 1) return false;
  const local = email.slice(0, at);
  const labels = email.slice(at + 1).split('.');
  if (local.length > 64 || !LOCAL_PART.test(local)) return false;
  if (labels.length < 2 || !labels.every((label) => DOMAIN_LABEL.test(label))) return false;
  return TOP_LEVEL_DOMAIN.test(labels[labels.length - 1] ?? '');
}

/**
 * The form an email address is stored in: trimmed, with the domain in lower case. The local
 * part keeps the case the person typed, so it is shown back as they wrote it.
 */
export function normaliseEmail(s: string): string {
  const email = s.trim();
  const at = email.lastIndexOf('@');
  return at < 0 ? email : email.slice(0, at + 1) + email.slice(at + 1).toLowerCase();
}

/**
 * The key two email addresses are compared by (uniqueness per tenant, sign-in): trimmed and
 * wholly lower-case, because no mail provider our learners use treats case as significant.
 */
export function emailKey(s: string): string {
  return s.trim().toLowerCase();
}

/** True when two email addresses are the same address for Roster's purposes. */
export function sameEmail(a: string, b: string): boolean {
  return emailKey(a) === emailKey(b);
}
