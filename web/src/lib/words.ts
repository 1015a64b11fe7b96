/** Words as the API counts them (src/common/validation/text.ts): whitespace-separated. */
export function countWords(text: string): number {
  const trimmed = text.trim();
  // Only tokens with a letter or digit: the werkblad's line markers ("## ", "- ") and a lone dash are not words.
  return trimmed ? trimmed.split(/\s+/u).filter((token) => /[\p{L}\p{N}]/u.test(token)).length : 0;
}
