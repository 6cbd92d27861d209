import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { channels } from '../../core/ipc/contract';

const rendererSrc = path.join(import.meta.dirname, '../../renderer/src');

function rendererSources(): string {
  return (readdirSync(rendererSrc, { recursive: true }) as string[])
    .filter((file) => /\.tsx?$/.test(file) && !/\.test\.tsx?$/.test(file))
    .map((file) => readFileSync(path.join(rendererSrc, file), 'utf8'))
    .join('\n');
}

describe('the bridge the page gets', () => {
  it('exposes only channels a feature of the window calls', () => {
    const sources = rendererSources();
    const unused = channels.filter((channel) => !new RegExp(`\\bcall\\(\\s*'${channel}'|\\.${channel}\\(|'${channel}'`).test(sources));
    expect(unused).toEqual([]);
  });
});
