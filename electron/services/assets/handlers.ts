import type { ServiceHandlers } from '../../../core/ipc/dispatch';
import type { AssetStore } from './assetStore';

type AssetHandlers = Pick<ServiceHandlers, 'assetWrite' | 'assetRead' | 'assetIndex'>;

/** The image channels: bytes as base64 over IPC, as files in the archive's assets folder. */
export function createAssetHandlers(store: AssetStore): AssetHandlers {
  return {
    assetWrite: async ({ asset, data }) => ({ written: await store.write(asset, Buffer.from(data, 'base64')) }),
    assetRead: async ({ asset }) => ({ data: Buffer.from(await store.read(asset)).toString('base64') }),
    assetIndex: async () => ({ assets: await store.list() }),
  };
}
