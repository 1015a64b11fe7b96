import { countWords } from '../../src/common/validation/text.js';
import { HEADING_MARKER, LIST_MARKER, parseStructuredText, toggleLineMarker } from '../../web/src/lib/structured-text.js';

/** The werkblad's formatting subset (web/src/lib/structured-text.ts): plain text with line markers, never HTML. */
describe('werkblad structured text', () => {
  it('reads headings, lists and paragraphs from line markers, and leaves anything else as text', () => {
    const text = '## Doelen\nHet hoofddoel is:\n- minder eenzaamheid\n- meer contact\n\n<b>geen opmaak</b>\n##geen kop\n-geen punt';
    expect(parseStructuredText(text)).toEqual([
      { kind: 'heading', text: 'Doelen' },
      { kind: 'paragraph', text: 'Het hoofddoel is:' },
      { kind: 'list', items: ['minder eenzaamheid', 'meer contact'] },
      { kind: 'paragraph', text: '<b>geen opmaak</b>\n##geen kop\n-geen punt' },
    ]);
    expect(parseStructuredText('')).toEqual([]);
    expect(parseStructuredText('## \n- ')).toEqual([{ kind: 'paragraph', text: '## \n- ' }]);
  });

  it('toggles the marker of every line the selection touches, and switches a heading to a list item', () => {
    const text = 'Doelen\nMinder eenzaamheid\nMeer contact';
    const listed = toggleLineMarker(text, 10, text.length, LIST_MARKER);
    expect(listed.text).toBe('Doelen\n- Minder eenzaamheid\n- Meer contact');
    expect(listed.text.slice(listed.start, listed.end)).toBe('- Minder eenzaamheid\n- Meer contact');
    expect(toggleLineMarker(listed.text, listed.start, listed.end, LIST_MARKER).text).toBe(text);
    const headed = toggleLineMarker(listed.text, 0, 0, HEADING_MARKER);
    expect(headed.text).toBe('## Doelen\n- Minder eenzaamheid\n- Meer contact');
    expect(toggleLineMarker(headed.text, 12, 12, HEADING_MARKER).text).toBe('## Doelen\n## Minder eenzaamheid\n- Meer contact');
  });

  it('does not count the markers as words (server and web count alike)', () => {
    expect(countWords('## Doelen\n- minder eenzaamheid\n- meer contact')).toBe(5);
    expect(countWords('Huisbezoeken – door vrijwilligers')).toBe(3);
    expect(countWords('  ')).toBe(0);
  });
});
