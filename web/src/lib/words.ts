/** Words as the API counts them (src/common/validation/text.ts): whitespace-separated. */
export function countWords(text: string): number {
  const trimmed = text.trim();
  return trimmed ? trimmed.split(/\s+/u).length : 0;
}
