// Started detached with a test lab: when the test process that owns the lab dies without tearing it
// down (SIGKILL, a crash), this removes the whole lab by its prefix. It exits by itself once the lab
// is gone. Usage: node reaper.ts PREFIX OWNER_PID
import { existsSync } from 'node:fs';
import { destroyLab } from './lab.ts';
import { labDir } from './names.ts';

const [prefix, owner] = process.argv.slice(2);
const ownerPid = Number(owner);
if (!prefix?.startsWith('vpl-') || !Number.isInteger(ownerPid)) {
  process.stderr.write('usage: reaper.ts PREFIX OWNER_PID\n');
  process.exit(2);
}

function ownerAlive(): boolean {
  try {
    process.kill(ownerPid, 0);
    return true;
  } catch {
    return false;
  }
}

const timer = setInterval(() => {
  if (!existsSync(labDir(prefix))) {
    clearInterval(timer);
    return;
  }
  if (ownerAlive()) return;
  clearInterval(timer);
  // every step of destroyLab has its own deadline
  destroyLab(prefix).catch(() => {}).finally(() => process.exit(0));
}, 500);
