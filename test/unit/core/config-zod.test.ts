import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { ROOT } from '../../helpers/cli.ts';

// The classic zod API (~580 KB, 61 locales) cost every run with a config file ~50 ms to load. What
// runs validates with zod/mini through src/config/zod.ts (which sets its English messages), imported
// as a namespace: `import { z }` would hand the bundler the namespace object, and it keeps all of zod.
test('config and check options use zod/mini only, as `import * as z from …/config/zod.ts`', () => {
  const offenders: string[] = [];
  for (const folder of ['src/config', 'src/checks', 'src/commands']) {
    for (const name of readdirSync(`${ROOT}${folder}`).filter((f) => f.endsWith('.ts'))) {
      const file = `${folder}/${name}`;
      if (file === 'src/config/zod.ts') continue;
      for (const m of readFileSync(`${ROOT}${file}`, 'utf8').matchAll(/^import\s+([^'"]*?)\s*from\s+'([^']*)'/gm)) {
        const [line, what, from] = m;
        const zod = /^zod(\/|$)/.test(from) || /(^|\/)zod\.ts$/.test(from);
        if (zod && !(/(^|\/)zod\.ts$/.test(from) && /^(type\s+)?\*\s+as\s+z$/.test(what))) offenders.push(`${file}: ${line}`);
      }
    }
  }
  assert.deepEqual(offenders, []);
});
