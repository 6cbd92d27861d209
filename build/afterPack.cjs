// electron-builder's afterPack hook: flips the Electron fuses of the packed
// binary (build/fuses.cjs) before electron-builder signs it, as Signal
// Desktop does. Fuses cannot be changed by the app at run time, only by
// rewriting the binary, which breaks its signature.
const path = require('node:path');
const { flipFuses } = require('@electron/fuses');
const { plenaryFuses } = require('./fuses.cjs');

/** The file that holds the fuse wire: the .app (macOS), the .exe (Windows), the executable (Linux). */
function electronBinary({ appOutDir, electronPlatformName, packager }) {
  const name = packager.appInfo.productFilename;
  if (electronPlatformName === 'darwin' || electronPlatformName === 'mas') return path.join(appOutDir, `${name}.app`);
  if (electronPlatformName === 'win32') return path.join(appOutDir, `${name}.exe`);
  return path.join(appOutDir, packager.executableName);
}

exports.default = async function afterPack(context) {
  // Arch.arm64 is 3: Apple silicon needs its ad-hoc signature renewed after the binary changes.
  const resetAdHocDarwinSignature = context.electronPlatformName === 'darwin' && context.arch === 3;
  await flipFuses(electronBinary(context), { ...plenaryFuses, resetAdHocDarwinSignature });
};
