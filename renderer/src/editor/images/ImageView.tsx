import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { useLexicalNodeSelection } from '@lexical/react/useLexicalNodeSelection';
import type { NodeKey } from 'lexical';
import type { ImageData } from '../../../../core/editor/imageNode';
import { EDIT_IMAGE_ALT_COMMAND } from './imageCommands';
import { useAssetUrl } from './useAssetUrl';

/** An image in the notes: the picture from its stored bytes, and a button to edit its alt text. */
export function ImageView({ nodeKey, asset, altText, width, height }: ImageData & { nodeKey: NodeKey }) {
  const [editor] = useLexicalComposerContext();
  const [selected, setSelected, clearSelected] = useLexicalNodeSelection(nodeKey);
  const source = useAssetUrl(asset);

  return (
    <figure className={selected ? 'pl-image-figure selected' : 'pl-image-figure'} data-asset={asset}>
      {source.status === 'ready' ? (
        <img
          src={source.url}
          alt={altText}
          width={width ?? undefined}
          height={height ?? undefined}
          draggable={false}
          onClick={(event) => {
            if (!event.shiftKey) clearSelected();
            setSelected(true);
          }}
        />
      ) : (
        <div className="pl-image-missing" role="img" aria-label={altText || 'Image'}>
          {source.status === 'loading'
            ? 'Loading image…'
            : `Image not found (${asset.slice(0, 12)}…). Copy the archive's assets folder from a backup to bring it back.`}
        </div>
      )}
      <figcaption>
        <button type="button" className="pl-image-alt" onClick={() => editor.dispatchCommand(EDIT_IMAGE_ALT_COMMAND, nodeKey)}>
          {altText ? `Alt text: ${altText}` : 'Add alt text'}
        </button>
      </figcaption>
    </figure>
  );
}
