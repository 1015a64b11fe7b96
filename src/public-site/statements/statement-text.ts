import { html, type SafeHtml } from '../html.js';

type Block = { kind: 'heading'; text: string } | { kind: 'list'; items: string[] } | { kind: 'paragraph'; text: string };

/** Splits a statement's text into blocks: `## ` heading, `- ` list item, empty line ends a paragraph. */
export function statementBlocks(body: string): Block[] {
  const blocks: Block[] = [];
  for (const line of body.replace(/\r\n?/g, '\n').split('\n')) {
    const trimmed = line.trim();
    const last = blocks.at(-1);
    if (!trimmed) {
      blocks.push({ kind: 'paragraph', text: '' });
    } else if (trimmed.startsWith('## ')) {
      blocks.push({ kind: 'heading', text: trimmed.slice(3).trim() });
    } else if (trimmed.startsWith('- ')) {
      if (last?.kind === 'list') last.items.push(trimmed.slice(2).trim());
      else blocks.push({ kind: 'list', items: [trimmed.slice(2).trim()] });
    } else if (last?.kind === 'paragraph') {
      last.text = last.text ? `${last.text} ${trimmed}` : trimmed;
    } else {
      blocks.push({ kind: 'paragraph', text: trimmed });
    }
  }
  return blocks.filter((block) => block.kind !== 'paragraph' || block.text);
}

/** The statement as HTML; every word is escaped, so the admin's text can never become markup. */
export function renderStatementText(body: string): SafeHtml {
  return html`${statementBlocks(body).map((block) => {
    if (block.kind === 'heading') return html`<h2>${block.text}</h2>`;
    if (block.kind === 'list') return html`<ul>${block.items.map((item) => html`<li>${item}</li>`)}</ul>`;
    return html`<p>${block.text}</p>`;
  })}`;
}
