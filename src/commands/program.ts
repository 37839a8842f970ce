import type { Command } from 'commander';
import type { profilesCommand } from './profiles.ts';
import type { RunFlags } from './run.ts';
import type { serveCommand } from './serve.ts';
import type { validateCommand } from './validate.ts';

type Commander = typeof import('commander');

const collect = (value: string, previous: string[] = []) => [...previous, value];

/** A long option as commander declares it ('--check <target>', '--private-endpoints', '--no-imds'). */
interface FlagSpec {
  flags: string;
  description: string;
  repeatable?: true;
  choices?: readonly string[];
  default?: string;
}

const CONFIG_FLAGS: FlagSpec[] = [
  { flags: '--check <target>', description: 'a check target, e.g. sql://myserver.database.windows.net (repeatable)', repeatable: true },
  { flags: '--config <file>', description: 'YAML config file' },
  { flags: '--timeout <duration>', description: 'deadline of each check (default 5s)' },
  { flags: '--concurrency <n>', description: 'checks running at once (default 32)' },
  { flags: '--dns-server <host[:port]>', description: 'resolve every host through this DNS server instead of the system resolver' },
  { flags: '--profile <name>', description: 'an APIM dependency profile (see `vnet-probe profiles`)' },
  { flags: '--cloud <cloud>', description: 'Azure cloud of the profile', choices: ['public', 'china', 'usgov'] },
  { flags: '--storage-account <name>', description: 'profile: any storage account in the region' },
  { flags: '--sql-server <name>', description: 'profile: any Azure SQL logical server in the region' },
  { flags: '--event-hub-namespace <name>', description: 'profile: any Event Hubs namespace in the region' },
  { flags: '--key-vault <name>', description: 'profile: any key vault in the region' },
  { flags: '--backend <url>', description: 'profile: a backend of yours (repeatable)', repeatable: true },
  { flags: '--resolver <ip[:port]>', description: 'profile: a DNS server of the VNet (repeatable)', repeatable: true },
  { flags: '--cache-host <address>', description: 'profile: another APIM unit, for the internal cache ports (repeatable)', repeatable: true },
  { flags: '--private-endpoints', description: 'profile: services are reached through private endpoints' },
];

const RUN_FLAGS: FlagSpec[] = [
  ...CONFIG_FLAGS,
  { flags: '--format <format>', description: 'stdout format', choices: ['text', 'json'], default: 'text' },
  { flags: '--report <file>', description: 'write the JSON report here' },
  { flags: '--junit <file>', description: 'write JUnit XML here' },
  { flags: '--markdown <file>', description: 'write a Markdown summary here (e.g. $GITHUB_STEP_SUMMARY)' },
  { flags: '--metrics-file <file>', description: 'write the metrics in Prometheus text format here (node_exporter textfile collector), atomically' },
  { flags: '--no-imds', description: 'do not ask the Azure Instance Metadata Service where the agent runs' },
  { flags: '--no-color', description: 'no colours, even on a terminal' },
];

function addFlags(command: Command, { Option }: Commander, specs: FlagSpec[]): Command {
  for (const spec of specs) {
    const option = new Option(spec.flags, spec.description);
    if (spec.repeatable) option.argParser(collect);
    if (spec.choices) option.choices(spec.choices);
    if (spec.default !== undefined) option.default(spec.default);
    command.addOption(option);
  }
  return command;
}

/** What each command does with its parsed flags; tests swap these for stubs. */
export interface CommandActions {
  run(flags: RunFlags): Promise<number>;
  serve(flags: Parameters<typeof serveCommand>[0]): Promise<number>;
  validate(flags: Parameters<typeof validateCommand>[0]): Promise<number>;
  profiles(name: string | undefined, flags: Parameters<typeof profilesCommand>[1]): Promise<number>;
}

export const COMMAND_ACTIONS: CommandActions = {
  run: async (flags) => (await import('./run.ts')).runCommand(flags),
  serve: async (flags) => (await import('./serve.ts')).serveCommand(flags),
  validate: async (flags) => (await import('./validate.ts')).validateCommand(flags),
  profiles: async (name, flags) => (await import('./profiles.ts')).profilesCommand(name, flags),
};

export function buildProgram(commander: Commander, setExit: (code: number) => void, actions: CommandActions, version: string): Command {
  const { Command, Option } = commander;
  const program = new Command('vnet-probe')
    .description('Proves, layer by layer, that this subnet reaches what API Management and your workloads depend on.')
    .version(version, '-V, --version')
    .exitOverride()
    .showHelpAfterError(false)
    .configureOutput({ outputError: (text, write) => write(text.split('\n')[0] + '\n') });

  addFlags(program.command('run').description('run every check once, print the verdict, exit 0 (pass) / 1 (a required check failed)'), commander, RUN_FLAGS)
    .action(async (flags) => {
      setExit(await actions.run(flags));
    });

  addFlags(program.command('serve').description('run the checks on their intervals and serve /metrics (Prometheus), /report, /healthz, /readyz and /probe'), commander, CONFIG_FLAGS)
    .option('--listen <host:port>', 'address to serve on (default serve.listen, else 0.0.0.0:9464; port 0 picks a free one)')
    .option('--interval <duration>', 'how often each check runs (default defaults.interval, else 30s)')
    .addOption(new Option('--log-level <level>', 'least severe log line written').choices(['debug', 'info', 'warn', 'error']).default('info'))
    .option('--no-imds', 'do not ask the Azure Instance Metadata Service where the agent runs')
    .action(async (flags) => {
      setExit(await actions.serve(flags));
    });

  addFlags(program.command('validate').description('check a config file and print what it expands to'), commander, CONFIG_FLAGS)
    .addOption(new Option('--format <format>', 'output format').choices(['text', 'json']).default('text'))
    .action(async (flags) => {
      setExit(await actions.validate(flags));
    });

  program.command('profiles')
    .description('list the APIM dependency profiles, or show what one expands to')
    .argument('[name]', 'profile to expand')
    .addOption(new Option('--format <format>', 'output format').choices(['text', 'json']).default('text'))
    .addOption(new Option('--cloud <cloud>', 'Azure cloud').choices(['public', 'china', 'usgov']))
    .option('--storage-account <name>').option('--sql-server <name>').option('--event-hub-namespace <name>').option('--key-vault <name>')
    .option('--backend <url>', 'a backend (repeatable)', collect).option('--resolver <ip[:port]>', 'a DNS server (repeatable)', collect)
    .option('--cache-host <address>', 'another APIM unit (repeatable)', collect).option('--private-endpoints')
    .action(async (name, flags) => {
      setExit(await actions.profiles(name, flags));
    });

  return program;
}

interface ParsedSpec { spec: FlagSpec; key: string; takesValue: boolean; negated: boolean }

const RUN_BY_NAME = new Map<string, ParsedSpec>(RUN_FLAGS.map((spec) => {
  const [name, value] = spec.flags.split(' ');
  const negated = name.startsWith('--no-');
  const key = name.slice(negated ? 5 : 2).replace(/-([a-z])/g, (_, c: string) => c.toUpperCase());
  return [name, { spec, key, takesValue: value !== undefined, negated }];
}));

/**
 * The flags commander would give `run`, without loading commander (~25 ms of a one-shot run), for
 * the plain forms only: `run` then known long options, `--name value` or `--name=value`, each given
 * once (repeatable ones as often as wanted). Anything else — help, an unknown or repeated option, a
 * value that is empty, starts with '-' or is not among the choices, an argument — is left to
 * commander (undefined), which handles it as it always has.
 */
export function fastRunFlags(args: string[]): RunFlags | undefined {
  if (args[0] !== 'run') return undefined;
  const flags: Record<string, unknown> = {};
  for (const { spec, key, negated } of RUN_BY_NAME.values()) {
    if (spec.default !== undefined) flags[key] = spec.default;
    else if (negated) flags[key] = true;
  }
  const seen = new Set<string>();
  for (let i = 1; i < args.length; i++) {
    const arg = args[i];
    if (!arg.startsWith('--')) return undefined;
    const eq = arg.indexOf('=');
    const name = eq > 0 ? arg.slice(0, eq) : arg;
    const option = RUN_BY_NAME.get(name);
    if (!option) return undefined;
    if (seen.has(name) && !option.spec.repeatable) return undefined;
    seen.add(name);
    if (!option.takesValue) {
      if (eq > 0) return undefined;
      flags[option.key] = !option.negated;
      continue;
    }
    const value = eq > 0 ? arg.slice(eq + 1) : args[++i];
    if (value === undefined || value === '' || value.startsWith('-')) return undefined;
    if (option.spec.choices && !option.spec.choices.includes(value)) return undefined;
    flags[option.key] = option.spec.repeatable ? collect(value, flags[option.key] as string[] | undefined) : value;
  }
  return flags as RunFlags;
}
