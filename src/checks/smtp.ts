import { ProbeFailure } from '../engine/errors.ts';
import type { Check } from './check.ts';

export const smtpCheck: Check = async () => {
  throw new ProbeFailure('internal_error', 'smtp checks are not built yet');
};
