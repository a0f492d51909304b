import stringWidth from 'string-width';

/** Display width: plain ASCII is one column per character, without string-width's segmenting. */
function widthOf(s: string): number {
  return /^[\x20-\x7e]*$/.test(s) ? s.length : stringWidth(s);
}

/**
 * A plain-text table for the terminal. Chinese characters are two columns wide,
 * so padding uses display width (string-width), not string length. Each
 * cell's width is measured once.
 */
export function formatTable(head: readonly string[], rows: readonly (readonly string[])[], maxWidth = 48): string[] {
  const clip = (s: string): { text: string; width: number } => {
    const width = widthOf(s);
    if (width <= maxWidth) return { text: s, width };
    let out = '';
    let used = 0;
    for (const ch of s) {
      const w = widthOf(ch);
      if (used + w > maxWidth - 1) break;
      out += ch;
      used += w;
    }
    return { text: `${out}…`, width: used + 1 };
  };
  const cells = [head, ...rows].map((r) => r.map((c) => clip(c ?? '')));
  const widths = head.map((_, i) => cells.reduce((max, r) => Math.max(max, r[i]?.width ?? 0), 0));
  const line = (r: readonly { text: string; width: number }[]) =>
    r
      .map((c, i) => c.text + ' '.repeat(Math.max(0, widths[i] - c.width)))
      .join('  ')
      .trimEnd();
  return [line(cells[0]), widths.map((w) => '─'.repeat(w)).join('  '), ...cells.slice(1).map(line)];
}
