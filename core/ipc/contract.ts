import type { z } from 'zod';
import type { ChannelSpec } from './channel';
import { appChannels } from './channels/app';
import { archiveChannels } from './channels/archive';
import { assetChannels } from './channels/assets';
import { importChannels } from './channels/import';
import { exportChannels } from './channels/export';
import { scheduleChannels } from './channels/schedule';
import type { Result } from './result';

/**
 * The one IPC contract. Each domain declares its channels in ./channels/;
 * the preload exposes one method per channel, main validates each request
 * against its schema, and both ends take their types from here.
 */
export const ipcContract = {
  ...appChannels,
  ...archiveChannels,
  ...assetChannels,
  ...importChannels,
  ...exportChannels,
  ...scheduleChannels,
};

export type IpcContract = typeof ipcContract;
export type Channel = keyof IpcContract;
export const channels = Object.keys(ipcContract) as Channel[];

type SpecOf<C extends Channel> = IpcContract[C];
export type RequestOf<C extends Channel> = SpecOf<C> extends ChannelSpec<infer Req, unknown> ? z.input<Req> : never;
export type ParsedRequestOf<C extends Channel> = SpecOf<C> extends ChannelSpec<infer Req, unknown> ? z.output<Req> : never;
export type ResponseOf<C extends Channel> = SpecOf<C> extends ChannelSpec<z.ZodType, infer Res> ? Res : never;

/** The one IPC channel the preload invokes: (channel name, payload) → Result. */
export const INVOKE_CHANNEL = 'plenary:invoke';

/** Pushed from main to the renderer: a menu item or global shortcut was chosen. */
export const MENU_COMMAND_EVENT = 'menu:command';

/** What `window.plenary` offers the renderer. */
export type PlenaryBridge = {
  [C in Channel]: (request: RequestOf<C>) => Promise<Result<ResponseOf<C>>>;
} & {
  /** Subscribes to menu commands; returns the unsubscribe function. */
  onMenuCommand(listener: (commandId: string) => void): () => void;
  /**
   * The token main gives for a notes file the user picked or dropped (a
   * `File` of a file input or a drop), to import it with `importPlan {file}`
   * so the images beside it come along; null for anything else. Only in the
   * app: the preload finds the file's path, the page never sees it.
   */
  tokenForFile?(file: unknown): Promise<string | null>;
};

/** Preload → main only, never a bridge method: the path of a picked or dropped file, for a token. */
export const GRANT_FILE_CHANNEL = 'plenary:grant-file';

export function isChannel(value: unknown): value is Channel {
  return typeof value === 'string' && Object.prototype.hasOwnProperty.call(ipcContract, value);
}
