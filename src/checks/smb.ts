import { ProbeFailure } from '../engine/errors.ts';
import type { Check } from './check.ts';

export const smbCheck: Check = async () => {
  throw new ProbeFailure('internal_error', 'smb checks are not built yet');
};
