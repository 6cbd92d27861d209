// The Electron fuses the shipped binary has, flipped at packaging by
// build/afterPack.cjs (fuses are bits in the Electron binary itself, set
// before it is signed) and checked by build/check-packaging.mjs.
const { FuseV1Options, FuseVersion } = require('@electron/fuses');

const plenaryFuses = {
  version: FuseVersion.V1,
  // ELECTRON_RUN_AS_NODE would turn the signed app into a plain Node that runs any script.
  [FuseV1Options.RunAsNode]: false,
  // Cookies and other storage Chromium encrypts are encrypted with the OS keychain.
  [FuseV1Options.EnableCookieEncryption]: true,
  // NODE_OPTIONS (--require, --inspect) from the environment is ignored.
  [FuseV1Options.EnableNodeOptionsEnvironmentVariable]: false,
  // --inspect and friends on the command line are ignored: no debugger attaches to main.
  [FuseV1Options.EnableNodeCliInspectArguments]: false,
  // app.asar is checked against the hash built into the app (macOS and Windows) before it is loaded.
  [FuseV1Options.EnableEmbeddedAsarIntegrityValidation]: true,
  // Only app.asar is loaded: no app/ folder or loose files beside it can replace the app's code.
  [FuseV1Options.OnlyLoadAppFromAsar]: true,
  [FuseV1Options.LoadBrowserProcessSpecificV8Snapshot]: false,
  // The pages come from plenary://app; file:// needs no extra privileges.
  [FuseV1Options.GrantFileProtocolExtraPrivileges]: false,
};

module.exports = { plenaryFuses };
