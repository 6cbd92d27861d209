import { hexToBytes } from '@noble/hashes/utils';
import { assetRefFor } from '../../assets/assetRef';

/**
 * A real 40×24 PNG (the same bytes as tests/fixtures/images/slide.png), the
 * picture of a slide in the fixture conference: small enough to live here,
 * real enough for Hugo, Jekyll and a browser to take.
 */
export const fixtureImageBytes: Uint8Array = hexToBytes(
  '89504e470d0a1a0a0000000d494844520000002800000018080200000007e628970000002849444154789c6338a1a131208861d4e2518b472d1eb578d4e2518b472d1eb578d4e2518b878fc50038811a3d6bd771270000000049454e44ae426082',
);

const named = assetRefFor(fixtureImageBytes);
if (!named.ok) throw new Error(named.message);

/** Its name in an archive's assets folder. */
export const fixtureImageAsset: string = named.asset;

/** The fixture's images by asset name, as an archive would serve them. */
export async function readFixtureAsset(asset: string): Promise<Uint8Array> {
  if (asset !== fixtureImageAsset) throw new Error(`The image ${asset} is not in the fixture archive.`);
  return fixtureImageBytes;
}
