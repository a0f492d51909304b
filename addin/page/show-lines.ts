/** Puts `lines` in `list` (a <ul> or <ol>), one <li> each, as text; the list is hidden when there are none. */
export function showLines(list: HTMLElement, lines: readonly string[]): void {
  list.replaceChildren(
    ...lines.map((line) => {
      const li = list.ownerDocument.createElement('li');
      li.textContent = line;
      return li;
    }),
  );
  list.hidden = lines.length === 0;
}
