// One esbuild bundle for the bin and the container: dist/vnet-probe.mjs, with lazily loaded chunks
// (the Azure SDKs, tedious, rhea) that only load when a check needs them.
import { build, type Plugin } from 'esbuild';
import { chmodSync, rmSync } from 'node:fs';
import { builtinModules } from 'node:module';

const BUILTINS = new Set(builtinModules.filter((id) => !id.startsWith('_')));

/**
 * `import … from 'node:http'` in ESM builds the module's namespace, which reads every lazy export of the
 * built-in: for node:http that loads Node's own copy of undici (~750 KB of source, ~60 ms, ~3 MB of heap),
 * for node:fs, node:crypto, node:util and node:process dozens of internal modules. The CommonJS object
 * from process.getBuiltinModule() reads an export only when the code uses it.
 */
const builtinsWithoutNamespace: Plugin = {
  name: 'builtins-without-namespace',
  setup(b) {
    b.onResolve({ filter: /^(node:)?[a-z_/0-9]+$/ }, (args) => {
      const id = args.path.replace(/^node:/, '');
      if (!BUILTINS.has(id) || (args.kind !== 'import-statement' && args.kind !== 'dynamic-import')) return undefined;
      return { path: id, namespace: 'builtin' };
    });
    b.onLoad({ filter: /.*/, namespace: 'builtin' }, (args) => ({
      contents: `module.exports = process.getBuiltinModule(${JSON.stringify(`node:${args.path}`)});`,
      loader: 'js',
    }));
  },
};

rmSync('dist', { recursive: true, force: true });
await build({
  entryPoints: { 'vnet-probe': 'src/cli.ts' },
  outdir: 'dist',
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node24',
  outExtension: { '.js': '.mjs' },
  chunkNames: 'chunks/[name]-[hash]',
  // whitespace too: comments kept by minifySyntax alone hold non-Latin-1 characters, and one such
  // character makes V8 keep the whole chunk's source as a two-byte string (twice the heap)
  minifySyntax: true,
  minifyWhitespace: true,
  legalComments: 'none',
  logLevel: 'warning',
  plugins: [builtinsWithoutNamespace],
  // CommonJS dependencies call require() for Node built-ins; give ESM output a real one.
  banner: { js: "const require = process.getBuiltinModule('node:module').createRequire(import.meta.url);" },
});
chmodSync('dist/vnet-probe.mjs', 0o755);
