import { createRequire as __vnetprobeCreateRequire } from 'node:module'; const require = __vnetprobeCreateRequire(import.meta.url);
import {
  DEFAULT_AZURE_ISSUERS,
  certificateFacts,
  isAzureHost,
  readPem,
  secureContextFor,
  tlsLayer,
  trustStore
} from "./chunk-GHTXEMPP.mjs";
import "./chunk-PJVHLZ3U.mjs";
import "./chunk-ZDPWL4GI.mjs";
export {
  DEFAULT_AZURE_ISSUERS,
  certificateFacts,
  isAzureHost,
  readPem,
  secureContextFor,
  tlsLayer,
  trustStore
};
