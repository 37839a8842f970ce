// One esbuild bundle for the bin and the container: dist/vnet-probe.mjs, with lazily loaded chunks
// (the Azure SDKs, tedious, rhea) that only load when a check needs them.
import { build } from 'esbuild';
import { chmodSync, rmSync } from 'node:fs';

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
  minifySyntax: true,
  legalComments: 'none',
  logLevel: 'warning',
  // CommonJS dependencies call require() for Node built-ins; give ESM output a real one.
  banner: { js: "import { createRequire as __vnetprobeCreateRequire } from 'node:module'; const require = __vnetprobeCreateRequire(import.meta.url);" },
});
chmodSync('dist/vnet-probe.mjs', 0o755);
