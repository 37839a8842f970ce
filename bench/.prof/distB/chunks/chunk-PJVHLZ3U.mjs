import { createRequire as __vnetprobeCreateRequire } from 'node:module'; const require = __vnetprobeCreateRequire(import.meta.url);

// src/engine/errors.ts
var ProbeFailure = class extends Error {
  class;
  detail;
  constructor(failureClass, message, detail) {
    super(message), this.name = "ProbeFailure", this.class = failureClass, this.detail = detail;
  }
}, LadderStop = class extends Error {
  constructor() {
    super("ladder stopped"), this.name = "LadderStop";
  }
}, InputError = class extends Error {
  constructor(message) {
    super(message), this.name = "InputError";
  }
};

export {
  ProbeFailure,
  LadderStop,
  InputError
};
