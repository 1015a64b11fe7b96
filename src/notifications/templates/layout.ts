import type { Language, MessageText, RenderedMail } from './template.types.js';

const HTML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (character) => HTML_ESCAPES[character]);
}

const WORDS: Record<Language, { greeting: (name: string) => string; footer: string }> = {
  nl: {
    greeting: (name) => `Beste ${name},`,
    footer:
      'Dit bericht is automatisch verstuurd door het erkenningstraject van de Databank Effectieve sociale interventies. U kunt er niet op antwoorden.',
  },
  en: {
    greeting: (name) => `Dear ${name},`,
    footer:
      'This message was sent automatically by the recognition track of the databank of effective social interventions. Replies are not read.',
  },
};

/**
 * One layout for every mail: greeting, the template's paragraphs, the link to act, a footer.
 * Templates return plain text; every value is escaped here, once, so no template can forget it.
 */
export function renderLayout(message: MessageText, language: Language, recipientName: string, link: string): RenderedMail {
  const words = WORDS[language];
  const greeting = words.greeting(recipientName);
  const text = [greeting, ...message.paragraphs, `${message.action}: ${link}`, '--', words.footer].join('\n\n') + '\n';
  const paragraph = (content: string) => `<p style="margin:0 0 16px">${escapeHtml(content).replace(/\n/g, '<br>')}</p>`;
  const html = `<!doctype html>
<html lang="${language}">
<head><meta charset="utf-8"><title>${escapeHtml(message.subject)}</title></head>
<body style="font-family:Arial,Helvetica,sans-serif;font-size:15px;line-height:1.5;color:#1f2933;max-width:600px;margin:0 auto;padding:24px">
${paragraph(greeting)}
${message.paragraphs.map(paragraph).join('\n')}
<p style="margin:24px 0"><a href="${escapeHtml(link)}" style="background:#00598a;color:#ffffff;padding:10px 18px;border-radius:4px;text-decoration:none">${escapeHtml(message.action)}</a></p>
<p style="margin:0 0 16px;font-size:13px;color:#52606d">${escapeHtml(link)}</p>
<hr style="border:none;border-top:1px solid #d9e2ec">
<p style="font-size:12px;color:#7b8794">${escapeHtml(words.footer)}</p>
</body>
</html>
`;
  return { subject: message.subject, text, html, link };
}
