/**
 * Line-number gutters of code blocks: highlighters number the lines either inline (an element holding only
 * "1", "2"… at the start of each line) or in a table column beside the code. Copying such code copies the
 * numbers with it, so they go; the view numbers nothing. Told by shape, not by a highlighter's class names:
 * integers counting up by one, one per line.
 */
export function removeLineNumbers(root: Element): void {
  for (const table of Array.from(root.getElementsByTagName('table'))) unwrapGutterTable(table);
  for (const pre of Array.from(root.getElementsByTagName('pre'))) removeInlineNumbers(pre);
}

const INTEGER = /^\s*(\d{1,5})\s*$/;

/** True when the numbers count up by one (from any start), two or more of them. */
function counting(numbers: number[]): boolean {
  return numbers.length >= 2 && numbers.every((n, i) => i === 0 || n === numbers[i - 1]! + 1);
}

/** Elements that hold only an integer and open a line of the block, in order. */
function lineStartNumbers(pre: Element): Element[] {
  const found: Element[] = [];
  let atStart = true;
  const visit = (node: Node): void => {
    if (node.nodeType === 3) {
      const text = node.nodeValue ?? '';
      if (text) atStart = text.endsWith('\n');
      return;
    }
    if (node.nodeType !== 1) return;
    const el = node as Element;
    if (atStart && !el.firstElementChild && INTEGER.test(el.textContent)) {
      found.push(el);
      atStart = false;
      return;
    }
    for (let c = el.firstChild; c; c = c.nextSibling) visit(c);
  };
  for (let c = pre.firstChild; c; c = c.nextSibling) visit(c);
  return found;
}

function removeInlineNumbers(pre: Element): void {
  const numbers = lineStartNumbers(pre);
  const lines = pre.textContent.replace(/\n$/, '').split('\n').length;
  if (numbers.length < lines - 1 || !counting(numbers.map((el) => Number(INTEGER.exec(el.textContent)![1])))) return;
  for (const el of numbers) el.remove();
}

/** A two-column table whose first column is the line numbers of the code in the second: the code alone. */
function unwrapGutterTable(table: Element): void {
  const rows = Array.from(table.getElementsByTagName('tr'));
  if (rows.length !== 1) return;
  const cells = Array.from(rows[0]!.children).filter((c) => c.tagName === 'TD' || c.tagName === 'TH');
  if (cells.length !== 2) return;
  const [gutter, code] = cells as [Element, Element];
  const pre = code.getElementsByTagName('pre')[0];
  const numbers = gutter.textContent.trim().split(/\s+/).map(Number);
  if (!pre || !counting(numbers) || numbers.some(Number.isNaN)) return;
  const lines = pre.textContent.replace(/\n$/, '').split('\n').length;
  if (Math.abs(numbers.length - lines) > 1) return;
  table.replaceWith(pre);
}
