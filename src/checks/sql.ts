import { ProbeFailure } from '../engine/errors.ts';
import type { Check } from './check.ts';

export const sqlCheck: Check = async () => {
  throw new ProbeFailure('internal_error', 'sql checks are not built yet');
};
