import stringWidth from 'string-width';

/**
 * A plain-text table for the terminal. Chinese characters are two columns wide,
 * so padding uses display width (string-width), not string length.
 */
export function formatTable(head: readonly string[], rows: readonly (readonly string[])[], maxWidth = 48): string[] {
  const clip = (s: string): string => {
    if (stringWidth(s) <= maxWidth) return s;
    let out = '';
    for (const ch of s) {
      if (stringWidth(out + ch) > maxWidth - 1) break;
      out += ch;
    }
    return `${out}…`;
  };
  const cells = [head, ...rows].map((r) => r.map((c) => clip(c ?? '')));
  const widths = head.map((_, i) => Math.max(...cells.map((r) => stringWidth(r[i] ?? ''))));
  const line = (r: readonly string[]) =>
    r
      .map((c, i) => c + ' '.repeat(widths[i] - stringWidth(c)))
      .join('  ')
      .trimEnd();
  return [line(cells[0]), widths.map((w) => '─'.repeat(w)).join('  '), ...cells.slice(1).map(line)];
}
