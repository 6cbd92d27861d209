import type { ElementTransformer } from '@lexical/markdown';
import { TextNode } from 'lexical';
import { isAssetRef } from '../assets/assetRef';
import { $createImageNode, $isImageNode, ImageNode } from '../editor/imageNode';

export interface ImageMarkdownOptions {
  /** The link written for an image's asset in `![alt](link)`; without it, the asset's own name. */
  urlFor?: (asset: string) => string;
  /**
   * The asset an image link read from markdown stands for, or null to keep
   * the line as text. Without it only a bare asset name (`<sha256>.png`, as
   * written without `urlFor`) is taken, so nothing is ever fetched or read.
   */
  assetFor?: (src: string, altText: string) => string | null;
}

// An image on a line of its own: `![alt](src)` or `![alt](<src with spaces>)`, an optional "title" ignored;
// the alt text may hold escaped brackets or one level of balanced ones, as CommonMark allows.
const IMAGE_LINE = /^!\[((?:[^[\]\\]|\\.|\[[^\]\n]*\])*)\]\(\s*(<[^>\n]*>|[^\s)]+)(?:\s+"[^"\n]*")?\s*\)\s*$/;

function unescapeMarkdown(text: string): string {
  return text.replace(/\\([!-/:-@[-`{-~])/g, '$1');
}

function escapeAlt(text: string): string {
  return text.replace(/([\\[\]])/g, '\\$1').replace(/\n/g, ' ');
}

function linkTarget(url: string): string {
  return /[\s()<>]/.test(url) ? `<${url.replace(/([<>])/g, '\\$1')}>` : url;
}

function parseSrc(rawSrc: string): string {
  return rawSrc.startsWith('<') ? rawSrc.slice(1, -1) : unescapeMarkdown(rawSrc);
}

/**
 * The image lines of some markdown (`![alt](src)` on a line of its own), as
 * the transformer will meet them, so an importer can look each file up
 * before the (synchronous) conversion asks for it.
 */
export function imageLinesOf(markdown: string): Array<{ src: string; altText: string }> {
  const found: Array<{ src: string; altText: string }> = [];
  for (const line of markdown.split(/\r\n?|\n/)) {
    const match = IMAGE_LINE.exec(line);
    if (match) found.push({ src: parseSrc(match[2] ?? ''), altText: unescapeMarkdown(match[1] ?? '') });
  }
  return found;
}

/** `![alt](file)` as an image block, written and read with the link each side wants. */
export function imageTransformer(options: ImageMarkdownOptions = {}): ElementTransformer {
  const urlFor = options.urlFor ?? ((asset: string) => asset);
  const assetFor = options.assetFor ?? ((src: string) => (isAssetRef(src) ? src : null));
  return {
    dependencies: [ImageNode],
    export: (node) => {
      if (!$isImageNode(node)) return null;
      return `![${escapeAlt(node.getAltText())}](${linkTarget(urlFor(node.getAsset()))})`;
    },
    regExp: IMAGE_LINE,
    replace: (parentNode, children, match) => {
      const altText = unescapeMarkdown(match[1] ?? '');
      const src = parseSrc(match[2] ?? '');
      const asset = assetFor(src, altText);
      if (asset === null) {
        // Not an image Plenary can keep: the line stays as the text it was.
        const text = children[0];
        if (text instanceof TextNode) text.setTextContent(match[0] ?? '');
        return false;
      }
      parentNode.replace($createImageNode({ asset, altText, width: null, height: null }));
      return true;
    },
    type: 'element',
  };
}

/** Reads and writes images by their asset name; the posts and the importer pass their own links. */
export const IMAGE = imageTransformer();
