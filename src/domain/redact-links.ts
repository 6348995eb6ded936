/**
 * What of an email's links may be shown again: every address keeps its place and path, but
 * every query value and fragment is removed, so a token (activation, reset, unlock, or one
 * pasted into a message) never leaves the outbox through a report.
 */
const URL_IN_TEXT = /\bhttps?:\/\/[^\s<>"']+/gi;

export const REDACTED = '[removed]';

const redactUrl = (url: string) =>
  url.replace(/#.*$/, `#${REDACTED}`).replace(/([?&][^=&#]*=)[^&#]*/g, `$1${REDACTED}`);

export const redactLinks = (text: string) => text.replace(URL_IN_TEXT, redactUrl);
