export { clouds, CLOUD_NAMES } from './clouds.ts';
export { ProfileError } from './errors.ts';
export { expandProfile, listProfiles } from './expand.ts';
export { TARGET_SCHEMES } from './params.ts';
export { pkiEndpoints } from './pki.ts';
export type {
  CloudName, CloudSuffixes, MonitoringEndpoint, ProfileCheck, ProfileExpansion, ProfileInfo, ProfileParamInfo,
  ProfileParamName, ProfileParams, SkippedDependency,
} from './types.ts';
