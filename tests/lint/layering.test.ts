import { ESLint } from 'eslint';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';

// Lints code that breaks each layering rule, as if it stood at the given
// path, and expects the error; and code that keeps the rules, expecting none.
// The files need not exist: ESLint picks the rules by path.
const root = path.resolve(fileURLToPath(new URL('../..', import.meta.url)));
let eslint: ESLint;

beforeAll(() => {
  eslint = new ESLint({ cwd: root });
});

async function errorsFor(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: path.join(root, filePath) });
  return (result?.messages ?? []).filter((message) => message.severity === 2).map((message) => message.message);
}

const breaks: [string, string, string, RegExp][] = [
  ['core: a dynamic import of Electron', 'core/model/x.ts', "export const load = () => import('electron');", /core\/ imports only pure packages/],
  ['core: a dynamic import of a Node built-in', 'core/model/x.ts', "export const load = () => import('node:fs');", /no Node built-ins/],
  ['core: events', 'core/model/x.ts', "import { EventEmitter } from 'events';\nexport const e = new EventEmitter();", /no Node built-ins/],
  ['core: util', 'core/model/x.ts', "import { inspect } from 'util';\nexport const i = inspect;", /no Node built-ins/],
  ['core: globalThis.document', 'core/model/x.ts', 'export const d = globalThis.document;', /no DOM or Node globals/],
  ['core: window', 'core/model/x.ts', 'export const w = window;', /Unexpected use of 'window'/],
  ['core: wouter', 'core/model/x.ts', "import { useLocation } from 'wouter';\nexport const u = useLocation;", /core\/ imports only pure packages/],
  ['core: React', 'core/model/x.ts', "import { useState } from 'react';\nexport const u = useState;", /core\/ imports only pure packages/],
  ['core: @lexical/react', 'core/editor/x.ts', "import { LexicalComposer } from '@lexical/react/LexicalComposer';\nexport const c = LexicalComposer;", /core\/ imports only pure packages/],
  ['core: the renderer by a relative path', 'core/model/x.ts', "export { database } from '../../renderer/src/db/database';", /never import the renderer/],
  ['core: electron/ by a relative path', 'core/model/x.ts', "import { x } from '../../electron/services/y';\nexport const z = x;", /reach main only through window.plenary/],
  ['core: require', 'core/model/x.ts', "export const fs = require('fs');", /no Node built-ins|Unexpected use of 'require'/],
  ['renderer: events', 'renderer/src/screens/x.ts', "import { EventEmitter } from 'events';\nexport const e = new EventEmitter();", /sandboxed: no Node built-ins/],
  ['renderer: util', 'renderer/src/screens/x.ts', "import { format } from 'util';\nexport const f = format;", /sandboxed: no Node built-ins/],
  ['renderer: a dynamic import of Electron', 'renderer/src/screens/x.ts', "export const load = () => import('electron');", /window.plenary/],
  ['renderer: a dynamic import of electron/', 'renderer/src/screens/x.ts', "export const load = () => import('../../../electron/services/handlers');", /window.plenary/],
  ['renderer: Dexie outside db/', 'renderer/src/screens/x.ts', "import Dexie from 'dexie';\nexport const d = Dexie;", /only renderer\/src\/db\/ touches Dexie/],
  ['renderer: a dynamic import of Dexie outside db/', 'renderer/src/screens/x.ts', "export const load = () => import('dexie');", /only renderer\/src\/db\/ touches Dexie/],
  ['renderer: the database from a screen', 'renderer/src/screens/x.ts', "import { database } from '../db/database';\nexport const put = () => database().sessions.put({} as never);", /Only renderer\/src\/db\/ opens the database/],
  ['services: electron/main', 'electron/services/x.ts', "import { createWindow } from '../main/window';\nexport const c = createWindow;", /never import electron\/main/],
  ['services: a dynamic import of Electron', 'electron/services/x.ts', "export const load = () => import('electron');", /plain Node/],
  ['CLI: Electron', 'electron/cli/x.ts', "import { app } from 'electron';\nexport const a = app;", /plain Node/],
  ['main: React', 'electron/main/x.ts', "import { useState } from 'react';\nexport const u = useState;", /no React, routing or Dexie/],
  ['main: the renderer', 'electron/main/x.ts', "import { App } from '../../renderer/src/app/App';\nexport const a = App;", /never import the renderer/],
  ['preload: node:fs', 'electron/preload/x.ts', "import { readFileSync } from 'node:fs';\nexport const r = readFileSync;", /preload is sandboxed/],
  ['preload: the services', 'electron/preload/x.ts', "import { createHandlers } from '../services/handlers';\nexport const c = createHandlers;", /never runs services/],
  ['preload: a package other than Electron', 'electron/preload/x.ts', "import { z } from 'zod';\nexport const s = z.string();", /imports only 'electron' and core\/ipc/],
];

describe('layering rules', () => {
  it.each(breaks)('refuse %s', async (_name, filePath, code, expected) => {
    const errors = await errorsFor(filePath, code);
    expect(errors.join('\n')).toMatch(expected);
  });

  const keeps: [string, string, string][] = [
    ['core: Lexical, zod and core itself', 'core/model/x.ts', "import { z } from 'zod';\nimport { $getRoot } from 'lexical';\nimport { newId } from './ids';\nexport const all = [z, $getRoot, newId];"],
    ['renderer: React, Lexical React and core', 'renderer/src/screens/x.tsx', "import { useState } from 'react';\nimport { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';\nimport { newId } from '../../../core/model/ids';\nexport const all = [useState, useLexicalComposerContext, newId];"],
    ['db/: Dexie', 'renderer/src/db/x.ts', "import Dexie from 'dexie';\nexport const d = Dexie;"],
    ['services: Node built-ins and core', 'electron/services/x.ts', "import { readFile } from 'node:fs/promises';\nimport { newId } from '../../core/model/ids';\nexport const all = [readFile, newId];"],
    ['main: Electron and the services', 'electron/main/x.ts', "import { app } from 'electron';\nimport { createHandlers } from '../services/handlers';\nexport const all = [app, createHandlers];"],
    ['preload: Electron and core/ipc', 'electron/preload/x.ts', "import { contextBridge } from 'electron';\nimport { channels } from '../../core/ipc/contract';\nexport const all = [contextBridge, channels];"],
  ];

  it.each(keeps)('allow %s', async (_name, filePath, code) => {
    expect(await errorsFor(filePath, code)).toEqual([]);
  });
});
