// One ESLint rule for the layering of docs/architecture.md. It reads every
// way a module can be reached — `import`, `export … from`, `import()` and
// `require()` — so a dynamic import cannot step around a layer, and it
// resolves relative paths, so `../../electron/main/x` is judged by where it
// lands rather than by how it is spelled.
import { builtinModules } from 'node:module';
import path from 'node:path';

const nodeBuiltins = new Set(builtinModules.flatMap((name) => [name, `node:${name}`]));

/** The package a bare specifier names: `@scope/name` or `name`, without a subpath. */
function packageOf(specifier) {
  const parts = specifier.split('/');
  return specifier.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0];
}

/** Where a specifier leads, as a path from the repository root, or null for a package. */
function landing(specifier, filename, root) {
  if (!specifier.startsWith('.')) return null;
  const resolved = path.resolve(path.dirname(filename), specifier);
  return path.relative(root, resolved).split(path.sep).join('/');
}

/**
 * Judges one specifier against a layer's options:
 *  - `folders`: repository folders the layer must not reach, each `{ prefix, message }`;
 *  - `packages`: `{ allow?: RegExp, deny?: RegExp, message }`: with `allow`, every
 *    package outside it is refused; with `deny`, those inside it are;
 *  - `builtins`: a message when Node built-ins are refused.
 */
export function judge(specifier, filename, root, layer) {
  const target = landing(specifier, filename, root);
  if (target !== null) {
    const hit = (layer.folders ?? []).find(({ prefix }) => target === prefix || target.startsWith(`${prefix}/`));
    return hit ? hit.message : null;
  }
  if (nodeBuiltins.has(specifier) || nodeBuiltins.has(packageOf(specifier))) {
    return layer.builtins ?? null;
  }
  for (const rule of layer.packages ?? []) {
    if (rule.allow && !rule.allow.test(specifier)) return rule.message;
    if (rule.deny && rule.deny.test(specifier)) return rule.message;
  }
  return null;
}

const layeringRule = {
  meta: {
    type: 'problem',
    docs: { description: 'Keeps each process and layer to the modules it may reach.' },
    schema: [{ type: 'object', additionalProperties: true }],
  },
  create(context) {
    const layer = context.options[0] ?? {};
    const root = context.cwd;
    const check = (node, source) => {
      if (!source || source.type !== 'Literal' || typeof source.value !== 'string') return;
      const message = judge(source.value, context.filename, root, layer);
      if (message) context.report({ node: source, message: `'${source.value}': ${message}` });
    };
    return {
      ImportDeclaration: (node) => check(node, node.source),
      ExportNamedDeclaration: (node) => check(node, node.source),
      ExportAllDeclaration: (node) => check(node, node.source),
      ImportExpression: (node) => check(node, node.source),
      CallExpression(node) {
        if (node.callee.type === 'Identifier' && node.callee.name === 'require') check(node, node.arguments[0]);
      },
    };
  },
};

export const layeringPlugin = { rules: { layering: layeringRule } };
