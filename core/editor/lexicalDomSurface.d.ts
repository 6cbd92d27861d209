// The few DOM members that Lexical node classes in core/ touch when the
// window draws, copies or pastes them (createDOM, exportDOM, importDOM).
// Processes without a DOM (main, services, the CLI, core's own check) never
// call them; declaring exactly this surface keeps the rest of the DOM out of
// their types. In the window these merge with the real DOM declarations.

interface HTMLElement {
  className: string;
  getAttribute(qualifiedName: string): string | null;
  setAttribute(qualifiedName: string, value: string): void;
}

interface Document {
  createElement(tagName: 'div' | 'img'): HTMLElement;
}
