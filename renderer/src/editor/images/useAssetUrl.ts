import { useEffect, useState } from 'react';
import { isAssetRef } from '../../../../core/assets/assetRef';
import { loadImage } from '../../assets/imageAssets';

export type AssetUrl = { status: 'loading' | 'missing'; url: null } | { status: 'ready'; url: string };

/**
 * A blob: URL for an image's stored bytes while the component shows it,
 * revoked when it goes (or the asset changes), so a long session does not
 * keep every picture it ever showed in memory.
 */
export function useAssetUrl(asset: string): AssetUrl {
  const [state, setState] = useState<{ asset: string; value: AssetUrl }>({ asset, value: { status: 'loading', url: null } });

  useEffect(() => {
    if (!isAssetRef(asset)) return;
    let cancelled = false;
    let url: string | null = null;
    void loadImage(asset).then((blob) => {
      if (cancelled) return;
      if (blob === null) {
        setState({ asset, value: { status: 'missing', url: null } });
        return;
      }
      url = URL.createObjectURL(blob);
      setState({ asset, value: { status: 'ready', url } });
    });
    return () => {
      cancelled = true;
      if (url !== null) URL.revokeObjectURL(url);
    };
  }, [asset]);

  if (!isAssetRef(asset)) return { status: 'missing', url: null };
  return state.asset === asset ? state.value : { status: 'loading', url: null };
}
