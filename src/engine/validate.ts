import { loadKind } from '../checks/index.ts';
import { readSecret } from '../config/secrets.ts';
import type { CheckSpec } from '../config/spec.ts';
import { InputError } from './errors.ts';

function isSecretRef(value: unknown): value is { env: string } | { file: string } {
  return typeof value === 'object' && value !== null && ('env' in value || 'file' in value);
}

/**
 * Everything about a check that can be wrong before a packet is sent — an unset secret, a bad
 * kind option — is an input error (exit 2) naming the check and the field, not a failed check.
 */
export async function validateSpecs(specs: CheckSpec[]): Promise<void> {
  for (const spec of specs) {
    try {
      for (const [field, value] of Object.entries(spec.auth ?? {})) {
        if (isSecretRef(value)) readSecret(value, `auth.${field}`);
      }
      const kind = await loadKind(spec.target.kind);
      kind.validate?.(spec);
    } catch (error) {
      if (error instanceof InputError) throw new InputError(`check "${spec.name}": ${error.message}`);
      throw error;
    }
  }
}
