/**
 * Text for one markdown table cell: `|` and `\` escaped, line breaks turned into
 * spaces (a cell is one line), and HTML-significant `<` `>` `&` escaped so a
 * submitted name cannot inject markup when the markdown is rendered.
 * @example escapeMarkdownCell('a|b') // 'a\\|b'
 */
export function escapeMarkdownCell(text: string): string {
  return text
    .replace(/\\/g, '\\\\')
    .replace(/\|/g, '\\|')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/\r\n|\r|\n/g, ' ');
}
