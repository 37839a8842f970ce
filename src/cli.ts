#!/usr/bin/env node
import type { Command } from 'commander';
import { InputError } from './engine/errors.ts';
import { VERSION } from './version.ts';

const collect = (value: string, previous: string[] = []) => [...previous, value];

type Commander = typeof import('commander');

function configOptions(command: Command, { Option }: Commander): Command {
  return command
    .option('--check <target>', 'a check target, e.g. sql://myserver.database.windows.net (repeatable)', collect)
    .option('--config <file>', 'YAML config file')
    .option('--timeout <duration>', 'deadline of each check (default 5s)')
    .option('--concurrency <n>', 'checks running at once (default 32)')
    .option('--dns-server <host[:port]>', 'resolve every host through this DNS server instead of the system resolver')
    .option('--profile <name>', 'an APIM dependency profile (see `vnet-probe profiles`)')
    .addOption(new Option('--cloud <cloud>', 'Azure cloud of the profile').choices(['public', 'china', 'usgov']))
    .option('--storage-account <name>', 'profile: any storage account in the region')
    .option('--sql-server <name>', 'profile: any Azure SQL logical server in the region')
    .option('--event-hub-namespace <name>', 'profile: any Event Hubs namespace in the region')
    .option('--key-vault <name>', 'profile: any key vault in the region')
    .option('--backend <url>', 'profile: a backend of yours (repeatable)', collect)
    .option('--resolver <ip[:port]>', 'profile: a DNS server of the VNet (repeatable)', collect)
    .option('--cache-host <address>', 'profile: another APIM unit, for the internal cache ports (repeatable)', collect)
    .option('--private-endpoints', 'profile: services are reached through private endpoints');
}

function buildProgram(commander: Commander, setExit: (code: number) => void): Command {
  const { Command, Option } = commander;
  const program = new Command('vnet-probe')
    .description('Proves, layer by layer, that this subnet reaches what API Management and your workloads depend on.')
    .version(VERSION, '-V, --version')
    .exitOverride()
    .showHelpAfterError(false)
    .configureOutput({ outputError: (text, write) => write(text.split('\n')[0] + '\n') });

  configOptions(program.command('run').description('run every check once, print the verdict, exit 0 (pass) / 1 (a required check failed)'), commander)
    .addOption(new Option('--format <format>', 'stdout format').choices(['text', 'json']).default('text'))
    .option('--report <file>', 'write the JSON report here')
    .option('--junit <file>', 'write JUnit XML here')
    .option('--markdown <file>', 'write a Markdown summary here (e.g. $GITHUB_STEP_SUMMARY)')
    .option('--metrics-file <file>', 'write the metrics in Prometheus text format here (node_exporter textfile collector), atomically')
    .option('--no-imds', 'do not ask the Azure Instance Metadata Service where the agent runs')
    .option('--no-color', 'no colours, even on a terminal')
    .action(async (flags) => {
      const { runCommand } = await import('./commands/run.ts');
      setExit(await runCommand(flags));
    });

  configOptions(program.command('serve').description('run the checks on their intervals and serve /metrics (Prometheus), /report, /healthz, /readyz and /probe'), commander)
    .option('--listen <host:port>', 'address to serve on (default serve.listen, else 0.0.0.0:9464; port 0 picks a free one)')
    .option('--interval <duration>', 'how often each check runs (default defaults.interval, else 30s)')
    .addOption(new Option('--log-level <level>', 'least severe log line written').choices(['debug', 'info', 'warn', 'error']).default('info'))
    .option('--no-imds', 'do not ask the Azure Instance Metadata Service where the agent runs')
    .action(async (flags) => {
      const { serveCommand } = await import('./commands/serve.ts');
      setExit(await serveCommand(flags));
    });

  configOptions(program.command('validate').description('check a config file and print what it expands to'), commander)
    .addOption(new Option('--format <format>', 'output format').choices(['text', 'json']).default('text'))
    .action(async (flags) => {
      const { validateCommand } = await import('./commands/validate.ts');
      setExit(await validateCommand(flags));
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
      const { profilesCommand } = await import('./commands/profiles.ts');
      setExit(profilesCommand(name, flags));
    });

  return program;
}

export async function main(argv: string[]): Promise<number> {
  let exitCode = 0;
  const commander = await import('commander');
  const { CommanderError } = commander;
  const program = buildProgram(commander, (code) => {
    exitCode = code;
  });
  try {
    await program.parseAsync(argv, { from: 'user' });
    return exitCode;
  } catch (error) {
    if (error instanceof CommanderError) {
      if (error.code === 'commander.helpDisplayed' || error.code === 'commander.version' || error.code === 'commander.help') return 0;
      return 2; // commander already printed its one-line error
    }
    if (error instanceof InputError) {
      process.stderr.write(`vnet-probe: ${error.message}\n`);
      return 2;
    }
    process.stderr.write(`vnet-probe: internal error: ${error instanceof Error ? error.message : String(error)}\n`);
    if (process.env.VNETPROBE_DEBUG) process.stderr.write(`${(error as Error).stack}\n`);
    return 3;
  }
}

const args = process.argv.slice(2);
if (args.length === 1 && (args[0] === '--version' || args[0] === '-V')) {
  process.stdout.write(`${VERSION}\n`); // no CLI framework to load for the question a CI step asks first
} else {
  process.exitCode = await main(args);
}
