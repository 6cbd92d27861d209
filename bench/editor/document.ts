import type { EditorStateJson } from '../../core/model/session';

/**
 * A long session's notes as Lexical JSON: headings, paragraphs (some with
 * bold runs), quotes, bullet lists (some nested) and check lists, every line stamped 20 s after the
 * one before, the way a full conference day typed into one session would look.
 * Deterministic, so every run and both editors hold the same text.
 */

const words = (
  'the speaker shows latency graphs for caching layers and explains why tail percentiles matter more than averages ' +
  'when a service fans out to many backends so one slow replica decides the response time of the whole request ' +
  'questions from the audience about cost budgets retries timeouts hedged requests and load shedding under pressure ' +
  'slides link to the paper and a repository with the benchmark harness they used in production for two years'
).split(' ');

function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Json = Record<string, unknown>;

function text(value: string, format = 0): Json {
  return { detail: 0, format, mode: 'normal', style: '', text: value, type: 'text', version: 1 };
}

function sentence(next: () => number, min: number, max: number): string {
  const count = min + Math.floor(next() * (max - min + 1));
  const picked: string[] = [];
  for (let index = 0; index < count; index++) picked.push(words[Math.floor(next() * words.length)] ?? 'note');
  const line = picked.join(' ');
  return line.charAt(0).toUpperCase() + line.slice(1) + '.';
}

function inline(next: () => number): Json[] {
  const body = sentence(next, 6, 22);
  if (next() > 0.2) return [text(body)];
  const cut = body.indexOf(' ', Math.floor(body.length / 3));
  if (cut < 0) return [text(body)];
  return [text(body.slice(0, cut + 1)), text(body.slice(cut + 1, cut + 12), 1), text(body.slice(cut + 12))];
}

const blockFields = { direction: null, format: '', indent: 0, version: 1 };

export function benchDocument(lines: number, firstStamp = Date.UTC(2026, 10, 24, 8, 0, 0)): EditorStateJson {
  const next = random(5000);
  const children: Json[] = [];
  let line = 0;
  const stamp = () => ({ stamp: firstStamp + line++ * 20_000 });

  while (line < lines) {
    const remaining = lines - line;
    const roll = next();
    if (line % 60 === 0) {
      children.push({ ...blockFields, type: 'heading', tag: line % 600 === 0 ? 'h1' : 'h2', children: [text(sentence(next, 3, 7))], $: stamp() });
    } else if (roll < 0.03) {
      children.push({ ...blockFields, type: 'quote', children: inline(next), $: stamp() });
    } else if (roll < 0.15 && remaining >= 4) {
      const check = roll < 0.06;
      const count = 2 + Math.floor(next() * 3);
      const items: Json[] = [];
      for (let index = 0; index < count; index++) {
        items.push({
          ...blockFields,
          type: 'listitem',
          value: index + 1,
          ...(check ? { checked: next() < 0.3 } : {}),
          children: inline(next),
          $: stamp(),
        });
      }
      if (!check && next() < 0.3) {
        // A nested list: its wrapper item holds no text of its own, so it has no stamp.
        const nested = { ...blockFields, type: 'listitem', value: 1, indent: 1, children: inline(next), $: stamp() };
        items.push({ ...blockFields, type: 'listitem', value: count + 1, children: [{ ...blockFields, type: 'list', listType: 'bullet', start: 1, tag: 'ul', children: [nested] }] });
      }
      children.push({ ...blockFields, type: 'list', listType: check ? 'check' : 'bullet', start: 1, tag: 'ul', children: items });
    } else {
      children.push({ ...blockFields, type: 'paragraph', textFormat: 0, textStyle: '', children: inline(next), $: stamp() });
    }
  }
  return { root: { ...blockFields, type: 'root', children } } as EditorStateJson;
}
