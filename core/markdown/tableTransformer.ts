import { $convertFromMarkdownString, $convertToMarkdownString, type ElementTransformer, type Transformer } from '@lexical/markdown';
import {
  $createTableCellNode,
  $createTableNode,
  $createTableRowNode,
  $isTableCellNode,
  $isTableNode,
  $isTableRowNode,
  TableCellHeaderStates,
  TableCellNode,
  TableNode,
  TableRowNode,
} from '@lexical/table';
import { $createParagraphNode, $createTextNode, type ElementNode, type LexicalNode } from 'lexical';

// A GFM table row: starts and ends with a pipe. The divider row under the header is `| --- | :-: |`.
const ROW = /^\|(.+)\|\s*$/;
const DIVIDER = /^\|(\s*:?-+:?\s*\|)+\s*$/;

/** The cells of a row, split at pipes that are not escaped (`\|` is a pipe inside a cell). */
function cellTexts(line: string): string[] | null {
  const match = ROW.exec(line);
  if (!match?.[1]) return null;
  const cells: string[] = [];
  let current = '';
  const inner = match[1];
  for (let i = 0; i < inner.length; i++) {
    const char = inner[i] as string;
    if (char === '\\' && inner[i + 1] === '|') {
      current += '|';
      i++;
    } else if (char === '|') {
      cells.push(current.trim());
      current = '';
    } else current += char;
  }
  cells.push(current.trim());
  return cells;
}

function columnsOf(table: TableNode): number {
  const row = table.getFirstChild();
  return $isTableRowNode(row) ? row.getChildrenSize() : 0;
}

/**
 * GFM tables (`| a | b |`, a `| --- | --- |` line under the header row)
 * read into Lexical tables and written back; a cell's text is read and
 * written with `cellTransformers` (inline formatting, links), and a pipe in
 * a cell is written `\|`. Rows are read one line at a time and joined with
 * the table above them, the way Lexical's playground does it.
 */
export function tableTransformer(cellTransformers: () => Transformer[]): ElementTransformer {
  const $cell = (text: string, header: boolean): TableCellNode => {
    const cell = $createTableCellNode(header ? TableCellHeaderStates.ROW : TableCellHeaderStates.NO_STATUS);
    $convertFromMarkdownString(text, cellTransformers(), cell);
    return cell;
  };
  return {
    dependencies: [TableNode, TableRowNode, TableCellNode],
    export: (node: LexicalNode) => {
      if (!$isTableNode(node)) return null;
      const lines: string[] = [];
      node.getChildren().forEach((row, index) => {
        if (!$isTableRowNode(row)) return;
        const cells = row
          .getChildren()
          .filter($isTableCellNode)
          .map((cell) => $convertToMarkdownString(cellTransformers(), cell).replace(/\n+/g, ' ').replace(/\|/g, '\\|').trim());
        lines.push(`| ${cells.join(' | ')} |`);
        // GFM needs a header row: the first row is it, marked or not.
        if (index === 0) lines.push(`| ${cells.map(() => '---').join(' | ')} |`);
      });
      return lines.join('\n');
    },
    regExp: ROW,
    replace: (parent: ElementNode, _children, match) => {
      const line = match[0] ?? '';
      const previous = parent.getPreviousSibling();
      if (DIVIDER.test(line)) {
        // The divider under the first row: that row is the header.
        if ($isTableNode(previous) && previous.getChildrenSize() === 1) {
          const header = previous.getFirstChild();
          if ($isTableRowNode(header)) for (const cell of header.getChildren()) if ($isTableCellNode(cell)) cell.setHeaderStyles(TableCellHeaderStates.ROW);
          parent.remove();
          return;
        }
        return false;
      }
      const texts = cellTexts(line);
      if (!texts) return false;
      if ($isTableNode(previous) && hasHeader(previous)) {
        const row = $createTableRowNode();
        const columns = columnsOf(previous);
        for (let i = 0; i < columns; i++) row.append($cell(texts[i] ?? '', false));
        previous.append(row);
        parent.remove();
        return;
      }
      // A row starts a table; it stays one only if the divider follows it (see $restoreLoneRows).
      const table = $createTableNode();
      const row = $createTableRowNode();
      for (const text of texts) row.append($cell(text, false));
      table.append(row);
      parent.replace(table);
      return;
    },
    type: 'element',
  };
}

function hasHeader(table: TableNode): boolean {
  const first = table.getFirstChild();
  return $isTableRowNode(first) && first.getChildren().some((cell) => $isTableCellNode(cell) && cell.hasHeader());
}

/**
 * A line with pipes that no divider followed is text, not a table (GFM):
 * after reading, such rows become paragraphs again, with their text as it
 * was written.
 */
export function $restoreLoneRows(root: ElementNode): void {
  for (const child of root.getChildren()) {
    if (!$isTableNode(child) || hasHeader(child)) continue;
    const rows = child.getChildren().filter($isTableRowNode);
    const paragraphs = rows.map((row) => {
      const cells = row.getChildren().filter($isTableCellNode).map((cell) => cell.getTextContent().replace(/\|/g, '\\|'));
      return $createParagraphNode().append($createTextNode(`| ${cells.join(' | ')} |`));
    });
    for (const paragraph of paragraphs) child.insertBefore(paragraph);
    child.remove();
  }
}
