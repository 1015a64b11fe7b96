import './public-site.css';

/**
 * Progressive enhancement of the server-rendered public pages (src/public-site/). Every page is
 * complete without this script; with it, a search or a page of results replaces only the result
 * list (the server's own HTML for the same address, so there is one rendering), the new count is
 * announced, and the print button appears.
 */

function enhancePrinting(): void {
  for (const button of document.querySelectorAll<HTMLButtonElement>('[data-print]')) {
    button.hidden = false;
    button.addEventListener('click', () => window.print());
  }
  // A page kept in the browser's cache may be printed days later: print today's date.
  window.addEventListener('beforeprint', () => {
    const today = new Intl.DateTimeFormat(document.documentElement.lang === 'en' ? 'en-GB' : 'nl-NL', { dateStyle: 'long' }).format(new Date());
    for (const element of document.querySelectorAll('[data-print-date]')) element.textContent = today;
  });
}

async function showResults(url: string, push: boolean): Promise<void> {
  const current = document.getElementById('results');
  if (!current) return window.location.assign(url);
  current.setAttribute('aria-busy', 'true');
  try {
    const response = await fetch(url, { headers: { Accept: 'text/html' } });
    // A refused search shows its errors next to the fields: the whole page says it best.
    if (!response.ok) return window.location.assign(url);
    const next = new DOMParser().parseFromString(await response.text(), 'text/html');
    const fresh = next.getElementById('results');
    if (!fresh) return window.location.assign(url);
    const status = current.querySelector('[role="status"]');
    const freshStatus = fresh.querySelector('[role="status"]');
    // The live region stays in place and only its text changes, so screen readers announce it.
    for (const child of [...current.children]) if (child !== status && child.tagName !== 'H2') child.remove();
    for (const child of [...fresh.children]) if (child !== freshStatus && child.tagName !== 'H2') current.append(document.adoptNode(child));
    if (status && freshStatus) status.textContent = freshStatus.textContent;
    // The buttons depend on the search too ("clear" only once something is searched for).
    const buttons = document.querySelector('form[data-enhance="search"] .button-group');
    const freshButtons = next.querySelector('form[data-enhance="search"] .button-group');
    if (buttons && freshButtons) buttons.replaceChildren(...[...freshButtons.childNodes].map((node) => document.adoptNode(node)));
    document.title = next.title;
    if (push) window.history.pushState({ results: true }, '', url);
  } catch {
    window.location.assign(url);
  } finally {
    current.removeAttribute('aria-busy');
  }
}

function enhanceSearch(): void {
  const form = document.querySelector<HTMLFormElement>('form[data-enhance="search"]');
  if (!form || !document.getElementById('results')) return;
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const params = new URLSearchParams();
    for (const [name, value] of new FormData(form)) if (typeof value === 'string' && value.trim()) params.set(name, value.trim());
    const query = params.toString();
    void showResults(`${form.action}${query ? `?${query}` : ''}`, true);
  });
  document.getElementById('results')?.addEventListener('click', (event) => {
    const link = (event.target as Element).closest<HTMLAnchorElement>('nav a[href^="/interventies?"]');
    if (!link || event.metaKey || event.ctrlKey || event.shiftKey) return;
    event.preventDefault();
    void showResults(link.href, true).then(() => document.getElementById('results-heading')?.scrollIntoView());
  });
  window.addEventListener('popstate', () => void showResults(window.location.href, false));
}

enhancePrinting();
enhanceSearch();
