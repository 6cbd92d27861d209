import type { JSX } from 'react';
import { ImageNode } from '../../../../core/editor/imageNode';
import { ImageView } from './ImageView';

/**
 * The image node as the window draws it: the same type (`image`) and JSON
 * as core's data-only class, registered in its place in the note editor, so
 * `$createImageNode` and documents read from JSON both build this one.
 */
export class ImageViewNode extends ImageNode {
  override $config() {
    return this.config('image', { extends: ImageNode });
  }

  override decorate(): JSX.Element {
    return <ImageView nodeKey={this.getKey()} {...this.getData()} />;
  }
}
