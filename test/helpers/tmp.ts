import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface TempDir {
  path: string;
  /** writes `content` to NAME inside the directory, returns its full path */
  file(name: string, content: string): string;
  join(name: string): string;
  remove(): void;
}

export function tempDir(prefix = 'vnet-probe-test-'): TempDir {
  const path = mkdtempSync(join(tmpdir(), prefix));
  return {
    path,
    file(name, content) {
      const full = join(path, name);
      writeFileSync(full, content);
      return full;
    },
    join: (name) => join(path, name),
    remove: () => rmSync(path, { recursive: true, force: true }),
  };
}
