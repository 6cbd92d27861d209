// Finds and reads the action kit: real conference notes by other people,
// labelled line by line, with its own scorer. The kit is read where it stands
// and never copied into the repository.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

export interface KitSource {
  name: string;
  author: string;
}

export interface KitLabel {
  line: number;
  label: 'action' | 'other';
  explicit?: boolean;
  cont?: number;
}

export interface ActionKit {
  dir: string;
  sources: KitSource[];
  labels: Record<string, KitLabel[]>;
  textPath: (name: string) => string;
}

export interface Prf {
  tp: number;
  fp: number;
  fn: number;
  positives: number;
  precision: number | null;
  recall: number | null;
  f1: number | null;
}

export interface KitScore {
  overall: Prf;
  explicit: Prf;
  prose: Prf;
  perFile: Array<{ name: string; tp: number; fp: number; fn: number }>;
  falsePositives: string[];
  falseNegatives: string[];
}

/** The main checkout of a git worktree (its `.git` is a file naming the main repository's git folder). */
function mainCheckout(repo: string): string | null {
  const dotGit = path.join(repo, '.git');
  try {
    const match = /^gitdir:\s*(.+)$/m.exec(readFileSync(dotGit, 'utf8'));
    if (!match?.[1]) return null;
    const gitDir = path.resolve(repo, match[1].trim());
    const marker = `${path.sep}.git${path.sep}`;
    const at = gitDir.indexOf(marker);
    return at === -1 ? null : gitDir.slice(0, at);
  } catch {
    return null;
  }
}

/** Where the kit is looked for: $PLENARY_ACTION_KIT when set, else ../shared/action-kit beside the repository (or beside its main checkout). */
export function kitCandidates(repo: string, env: NodeJS.ProcessEnv = process.env): string[] {
  // A folder named on purpose is the only place looked in: a wrong name is reported, not quietly replaced.
  if (env['PLENARY_ACTION_KIT']) return [path.resolve(env['PLENARY_ACTION_KIT'])];
  const candidates: string[] = [];
  candidates.push(path.resolve(repo, '..', 'shared', 'action-kit'));
  const main = mainCheckout(repo);
  if (main) candidates.push(path.resolve(main, '..', 'shared', 'action-kit'));
  return [...new Set(candidates)];
}

export function findActionKit(repo: string): { kit: ActionKit | null; looked: string[] } {
  const looked = kitCandidates(repo);
  for (const dir of looked) {
    if (!existsSync(path.join(dir, 'score.mjs')) || !existsSync(path.join(dir, 'labels.json'))) continue;
    const sources = JSON.parse(readFileSync(path.join(dir, 'sources.json'), 'utf8')) as KitSource[];
    const labels = JSON.parse(readFileSync(path.join(dir, 'labels.json'), 'utf8')) as Record<string, KitLabel[]>;
    return { kit: { dir, sources, labels, textPath: (name) => path.join(dir, 'texts', `${name}.md`) }, looked };
  }
  return { kit: null, looked };
}

/** Scores predicted item texts with the kit's own scorer (`score.mjs --by-text --json`). */
export function scoreByText(kit: ActionKit, predictions: Record<string, string[]>, scratch: string): KitScore {
  const file = path.join(scratch, `predictions-${Math.random().toString(36).slice(2)}.json`);
  writeFileSync(file, JSON.stringify(predictions));
  const run = spawnSync(process.execPath, [path.join(kit.dir, 'score.mjs'), '--by-text', file, '--json', '--no-text'], { encoding: 'utf8' });
  if (run.status !== 0) throw new Error(`the kit's scorer failed: ${run.stderr}`);
  return JSON.parse(run.stdout) as KitScore;
}

function prf(tp: number, fp: number, positives: number): Prf {
  const precision = tp + fp ? tp / (tp + fp) : null;
  const recall = positives ? tp / positives : null;
  const f1 = precision !== null && recall !== null ? (precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : 0) : null;
  return { tp, fp, fn: positives - tp, positives, precision, recall, f1 };
}

/**
 * The scorer's figures restricted to some files, computed the scorer's way:
 * recall within each category, precision over the category's hits plus every
 * false positive in those files.
 */
export function scoreOfFiles(kit: ActionKit, score: KitScore, names: ReadonlySet<string>): Omit<KitScore, 'perFile' | 'falsePositives' | 'falseNegatives'> {
  let explicitPositives = 0;
  let prosePositives = 0;
  for (const name of names) {
    for (const label of kit.labels[name] ?? []) {
      if (label.label !== 'action' || label.cont !== undefined) continue;
      if (label.explicit) explicitPositives++;
      else prosePositives++;
    }
  }
  const inFiles = (entry: string) => names.has(entry.split(':')[0] ?? '');
  const fp = score.falsePositives.filter(inFiles).length;
  const missed = score.falseNegatives.filter(inFiles);
  const explicitMissed = missed.filter((entry) => entry.endsWith('[explicit]')).length;
  const proseMissed = missed.length - explicitMissed;
  const explicitTp = explicitPositives - explicitMissed;
  const proseTp = prosePositives - proseMissed;
  return {
    overall: prf(explicitTp + proseTp, fp, explicitPositives + prosePositives),
    explicit: prf(explicitTp, fp, explicitPositives),
    prose: prf(proseTp, fp, prosePositives),
  };
}
