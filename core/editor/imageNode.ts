import {
  $create,
  $getDocument,
  DecoratorNode,
  type DOMConversionMap,
  type DOMExportOutput,
  type EditorConfig,
  type LexicalEditor,
  type LexicalNode,
  type LexicalUpdateJSON,
  type SerializedLexicalNode,
  type Spread,
} from 'lexical';
import { isAssetRef } from '../assets/assetRef';

/**
 * An image as a document holds it: the name of its bytes in the asset store
 * (`<sha256>.<ext>`), never the bytes, so a keystroke elsewhere never
 * serialises a photo and one picture shown twice is kept once.
 */
export type SerializedImageNode = Spread<
  { asset: string; altText: string; width: number | null; height: number | null },
  SerializedLexicalNode
>;

export interface ImageData {
  asset: string;
  altText: string;
  width: number | null;
  height: number | null;
}

function dimension(value: unknown): number | null {
  return typeof value === 'number' && Number.isFinite(value) && value > 0 ? Math.round(value) : null;
}

/**
 * A picture on a line of its own (a block, like a paragraph), so it carries
 * a stamp as every other line does. The class holds data only: `decorate`
 * gives nothing here, and the window registers a subclass of the same type
 * whose `decorate` draws it (`renderer/src/editor/images/ImageViewNode.tsx`),
 * so the headless converters read and write the same JSON without React.
 */
export class ImageNode extends DecoratorNode<unknown> {
  __asset = '';
  __altText = '';
  __width: number | null = null;
  __height: number | null = null;

  override $config() {
    return this.config('image', { extends: DecoratorNode });
  }

  override afterCloneFrom(prevNode: this): void {
    super.afterCloneFrom(prevNode);
    this.__asset = prevNode.__asset;
    this.__altText = prevNode.__altText;
    this.__width = prevNode.__width;
    this.__height = prevNode.__height;
  }

  override updateFromJSON(serialized: LexicalUpdateJSON<SerializedImageNode>): this {
    const node = super.updateFromJSON(serialized);
    // A damaged reference is kept as it is (the image shows as missing) rather than dropping the line.
    return node
      .setAsset(typeof serialized.asset === 'string' ? serialized.asset : '')
      .setAltText(typeof serialized.altText === 'string' ? serialized.altText : '')
      .setSize(dimension(serialized.width), dimension(serialized.height));
  }

  override exportJSON(): SerializedImageNode {
    return {
      ...super.exportJSON(),
      asset: this.getAsset(),
      altText: this.getAltText(),
      width: this.getLatest().__width,
      height: this.getLatest().__height,
    };
  }

  getAsset(): string {
    return this.getLatest().__asset;
  }

  getAltText(): string {
    return this.getLatest().__altText;
  }

  getData(): ImageData {
    const latest = this.getLatest();
    return { asset: latest.__asset, altText: latest.__altText, width: latest.__width, height: latest.__height };
  }

  setAsset(asset: string): this {
    const writable = this.getWritable();
    writable.__asset = asset;
    return writable;
  }

  setAltText(altText: string): this {
    const writable = this.getWritable();
    writable.__altText = altText;
    return writable;
  }

  setSize(width: number | null, height: number | null): this {
    const writable = this.getWritable();
    writable.__width = dimension(width);
    writable.__height = dimension(height);
    return writable;
  }

  hasValidAsset(): boolean {
    return isAssetRef(this.getAsset());
  }

  override isInline(): false {
    return false;
  }

  override createDOM(config: EditorConfig): HTMLElement {
    const element = $getDocument().createElement('div');
    const className = config.theme.image;
    if (typeof className === 'string') element.className = className;
    return element;
  }

  override updateDOM(): false {
    return false;
  }

  /**
   * Reads back only what exportDOM writes: an <img> naming a kept asset
   * (pasting between two sessions goes through HTML). Any other <img>, a web
   * page's for one, is not brought in, so a paste never fetches anything.
   */
  static override importDOM(): DOMConversionMap | null {
    return {
      img: (element) =>
        isAssetRef(element.getAttribute('data-asset'))
          ? {
              priority: 1,
              conversion: (img) => ({
                node: $createImageNode({
                  asset: img.getAttribute('data-asset') ?? '',
                  altText: img.getAttribute('alt') ?? '',
                  width: Number(img.getAttribute('width')) || null,
                  height: Number(img.getAttribute('height')) || null,
                }),
              }),
            }
          : null,
    };
  }

  override exportDOM(): DOMExportOutput {
    const img = $getDocument().createElement('img');
    const { asset, altText, width, height } = this.getData();
    img.setAttribute('alt', altText);
    img.setAttribute('data-asset', asset);
    if (width !== null) img.setAttribute('width', String(width));
    if (height !== null) img.setAttribute('height', String(height));
    return { element: img };
  }

  override getTextContent(): string {
    return this.getAltText();
  }

  override decorate(_editor: LexicalEditor, _config: EditorConfig): unknown {
    return null;
  }
}

export function $createImageNode(data: ImageData): ImageNode {
  // $create builds whichever class the editor registered for 'image' (the window's view, or this one).
  return $create(ImageNode).setAsset(data.asset).setAltText(data.altText).setSize(data.width, data.height);
}

export function $isImageNode(node: LexicalNode | null | undefined): node is ImageNode {
  return node instanceof ImageNode;
}
