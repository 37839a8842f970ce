import type { CheckSpec } from '../config/spec.ts';
import type { Target } from '../config/target.ts';
import type { ProbeRun } from '../engine/probe.ts';
import type { LayerResult } from '../report/model.ts';

/**
 * Every kind has this one signature. A check climbs the ladder with `run.layer(...)`, owns its
 * sockets through `run.own(...)` and returns `run.layers`; the engine owns the deadline,
 * classification, hints and cleanup.
 */
export type Check = (target: Target, spec: CheckSpec, run: ProbeRun) => Promise<LayerResult[]>;
