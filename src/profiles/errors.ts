/** A profile name, cloud or parameter that cannot be expanded; `field` names the culprit. */
export class ProfileError extends Error {
  readonly field: string;

  constructor(field: string, message: string) {
    super(message);
    this.name = 'ProfileError';
    this.field = field;
  }
}
