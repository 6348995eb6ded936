import { describe, expect, it } from 'vitest';
import { renderTemplate, templateProblems } from './email-template.js';
import { redactLinks } from './redact-links.js';

describe('email templates', () => {
  it('fills placeholders (spaces allowed inside the braces) and leaves unknown ones as typed', () => {
    const mail = renderTemplate(
      { subject: ' Hi  {{ firstName }} ', body: 'Hello {{firstName}} {{nope}}' },
      { firstName: 'Ada' },
    );
    expect(mail.subject).toBe('Hi Ada');
    expect(mail.text).toBe('Hello Ada {{nope}}');
  });

  it('escapes wording and values in HTML, keeps paragraphs and line breaks, links only the link', () => {
    const { html } = renderTemplate(
      { subject: 's', body: 'A <i>\nB "{{firstName}}"\n\n{{activationLink}}' },
      { firstName: '<img src=x>', activationLink: 'https://r.test/activate?token=a"b' },
    );
    expect(html).toBe(
      '<p>A &#60;i&#62;<br>\nB &#34;&#60;img src=x&#62;&#34;</p>\n<p><a href="https://r.test/activate?token=a&#34;b">https://r.test/activate?token=a&#34;b</a></p>',
    );
  });

  it('names what is wrong by field', () => {
    expect(templateProblems('activation', { subject: 'x', body: '{{activationLink}}' })).toEqual(
      {},
    );
    expect(templateProblems('activation', { subject: '{{activationLink}}', body: 'x' })).toEqual({
      subject: expect.stringMatching(/out of the subject/),
      body: expect.stringMatching(/must contain/),
    });
    expect(templateProblems('message', { subject: 'x', body: '{{activationLink}}' }).body).toMatch(
      /not a placeholder/,
    );
  });
});

describe('redacting links', () => {
  it('removes every query value and fragment, keeping the address and the rest of the text', () => {
    expect(
      redactLinks(
        'Open https://r.test/activate?token=abc-123 now.\nOr http://x.test/a?b=1&c=2#secret, thanks',
      ),
    ).toBe(
      'Open https://r.test/activate?token=[removed] now.\nOr http://x.test/a?b=[removed]&c=[removed]#[removed] thanks',
    );
  });
});
