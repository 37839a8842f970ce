import { ProbeFailure } from '../engine/errors.ts';
import type { Check } from './check.ts';

export const keyvaultCheck: Check = async () => {
  throw new ProbeFailure('internal_error', 'keyvault checks are not built yet');
};
