import type { EditorThemeClasses } from 'lexical';

/** Class names the editor puts on its DOM; the renderer's CSS styles them. */
export const editorTheme: EditorThemeClasses = {
  paragraph: 'pl-block pl-paragraph',
  quote: 'pl-block pl-quote',
  heading: { h1: 'pl-block pl-h1', h2: 'pl-block pl-h2', h3: 'pl-block pl-h3', h4: 'pl-block pl-h4', h5: 'pl-block pl-h5', h6: 'pl-block pl-h6' },
  list: {
    ul: 'pl-ul',
    ol: 'pl-ol',
    listitem: 'pl-block pl-li',
    listitemChecked: 'pl-li-checked',
    listitemUnchecked: 'pl-li-unchecked',
    nested: { listitem: 'pl-li-nested' },
  },
  link: 'pl-link',
  image: 'pl-block pl-image',
  table: 'pl-table',
  tableRow: 'pl-table-row',
  tableCell: 'pl-table-cell',
  tableCellHeader: 'pl-table-cell-header',
  tableSelection: 'pl-table-selection',
  text: { bold: 'pl-bold', italic: 'pl-italic', underline: 'pl-underline', strikethrough: 'pl-strike', code: 'pl-code' },
};
