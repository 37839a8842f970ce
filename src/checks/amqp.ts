import { ProbeFailure } from '../engine/errors.ts';
import type { Check } from './check.ts';

export const amqpCheck: Check = async () => {
  throw new ProbeFailure('internal_error', 'amqp checks are not built yet');
};
