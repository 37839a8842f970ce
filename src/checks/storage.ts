import { ProbeFailure } from '../engine/errors.ts';
import type { Check } from './check.ts';

export const storageCheck: Check = async () => {
  throw new ProbeFailure('internal_error', 'storage checks are not built yet');
};
