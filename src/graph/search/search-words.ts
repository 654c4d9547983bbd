/**
 * The words of what a user typed, lower-cased, without the punctuation around them
 * (`"Family Safeguarding"` -> ["family", "safeguarding"]): what ranking compares with the text of
 * a hit. Punctuation inside a word stays ("scale-up").
 */
export function searchWords(text: string): string[] {
  return text
    .toLowerCase()
    .split(/\s+/)
    .map((word) => word.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, ''))
    .filter((word) => word.length > 0);
}
