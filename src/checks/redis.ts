import { ProbeFailure } from '../engine/errors.ts';
import type { Check } from './check.ts';

export const redisCheck: Check = async () => {
  throw new ProbeFailure('internal_error', 'redis checks are not built yet');
};
