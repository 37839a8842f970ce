import type { EventEmitter } from 'node:events';
import type { Socket } from 'node:net';
import { performance } from 'node:perf_hooks';
import type { TLSSocket } from 'node:tls';
import type { Connection, ConnectionConfiguration } from 'tedious';
import { ProbeFailure } from '../engine/errors.ts';
import { round, type ProbeRun } from '../engine/probe.ts';
import { joinHostPort } from '../net/address.ts';
import { openTcp } from '../net/connect.ts';
import { resolveName, type ResolveOptions } from '../net/resolve.ts';
import { certificateFacts, trustStore } from '../net/tls.ts';
import type { TediousAuthentication } from './sql-auth.ts';
import { tediousFailure, type SqlServerError, type SqlStage } from './sql-errors.ts';

let tediousModule: Promise<typeof import('tedious')> | undefined;

/**
 * tedious (and the @azure/identity it pulls in) is CommonJS and takes about half a second to load
 * the first time, blocking the event loop: it is loaded inside the auth layer, where that time
 * belongs, or earlier by whoever starts a run with credentialed sql checks (before any clock runs).
 */
export function loadTedious(): Promise<typeof import('tedious')> {
  if (!tediousModule) {
    // a CommonJS module: its `default` is module.exports under Node and in the esbuild bundle alike
    // (as for rhea and dns2); the bundle has no named exports
    tediousModule = import('tedious').then((m) => (m as unknown as { default: typeof m }).default);
    tediousModule.catch(() => {
      tediousModule = undefined; // let a later check try again and report the error itself
    });
  }
  return tediousModule;
}

/** Azure SQL's Redirect connection policy sends clients on to the database node on these ports. */
export const REDIRECT_PORTS = { from: 11000, to: 11999 } as const;
const REDIRECT_RANGE_TEXT = `${REDIRECT_PORTS.from}-${REDIRECT_PORTS.to}`;

/** Our own failure for the redirect rung fires this much before the engine's deadline, so it can name the node. */
const REDIRECT_GUARD_MS = 25;
/** A login and SELECT 1 take a few KB; a peer that sends more than this is flooding, and tedious would buffer it all. */
const SESSION_READ_CAP = 1024 * 1024;
/** tedious's own timers are set past the engine's deadline: the engine's must win and name the layer. */
const LIBRARY_TIMER_SLACK_MS = 1000;

export interface SessionOptions {
  /** The server name: TLS name check, and the name the gateway routes the LOGIN7 by. */
  host: string;
  /** The address the resolve rung chose; the first connection goes there. */
  address: string;
  port: number;
  authentication: TediousAuthentication;
  database?: string;
  encrypt: boolean | 'strict';
  trustServerCertificate: boolean;
  ca?: string[];
  /** How to resolve a redirect target (the check's dns settings). */
  resolve: ResolveOptions;
}

export interface RedirectTarget {
  host: string;
  port: number;
  inRedirectRange: boolean;
}

export interface LoginResult {
  /** Set when the server answered the login with an ENVCHANGE routing token. */
  redirect?: RedirectTarget;
  tls?: Record<string, unknown>;
}

export interface RedirectResult extends RedirectTarget {
  address: string;
  connectMs: number;
  tls?: Record<string, unknown>;
}

interface Deferred<T> {
  promise: Promise<T>;
  resolve(value: T): void;
  reject(error: unknown): void;
}

function deferred<T>(): Deferred<T> {
  const { promise, resolve, reject } = Promise.withResolvers<T>();
  promise.catch(() => {}); // a stage nobody reaches (no redirect, an abandoned run) must not reject unhandled
  return { promise, resolve, reject };
}

/** Rejects with `late()` shortly before the engine's deadline, so the failure can say what was pending. */
function beforeDeadline<T>(run: ProbeRun, work: Promise<T>, late: () => Error): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const timer = setTimeout(() => reject(late()), Math.max(0, run.remainingMs() - REDIRECT_GUARD_MS));
    work.then(
      (value) => {
        clearTimeout(timer);
        resolve(value);
      },
      (error: unknown) => {
        clearTimeout(timer);
        reject(error);
      },
    );
  });
}

function inRange(port: number): boolean {
  return port >= REDIRECT_PORTS.from && port <= REDIRECT_PORTS.to;
}

function tlsFacts(cleartext: TLSSocket): Record<string, unknown> {
  const facts: Record<string, unknown> = { protocol: cleartext.getProtocol(), cipher: cleartext.getCipher()?.name };
  const peer = cleartext.getPeerCertificate(true);
  if (peer && peer.raw) {
    const cert = certificateFacts(peer);
    Object.assign(facts, { subject: cert.subject, issuer: cert.issuer, sans: cert.sans, notAfter: cert.notAfter, daysLeft: cert.daysLeft });
  }
  return facts;
}

/**
 * One tedious connection, driven in stages the check turns into layers: `login` settles at the
 * first LOGINACK (or a redirect), `redirected` when the redirected connection is logged in,
 * `query()` runs a batch. TCP goes through our own sockets (tedious's `connector` option), so the
 * engine owns them, and the redirect's resolve + TCP is ours to time and classify.
 */
export class SqlSession {
  readonly login: Promise<LoginResult>;
  readonly redirected: Promise<RedirectResult>;
  readonly #run: ProbeRun;
  readonly #options: SessionOptions;
  readonly #tedious: typeof import('tedious');
  readonly #connection: Connection;
  readonly #login = deferred<LoginResult>();
  readonly #redirected = deferred<RedirectResult>();
  #stage: SqlStage = 'login';
  #rerouted = false;
  #serverError: SqlServerError | undefined;
  #redirect: RedirectResult | undefined;
  #tls: Partial<Record<SqlStage, Record<string, unknown>>> = {};
  #overflow: ProbeFailure | undefined;

  private constructor(run: ProbeRun, options: SessionOptions, tedious: typeof import('tedious')) {
    this.#run = run;
    this.#options = options;
    this.#tedious = tedious;
    this.login = this.#login.promise;
    this.redirected = this.#redirected.promise;
    const slack = run.remainingMs() + LIBRARY_TIMER_SLACK_MS;
    const config: ConnectionConfiguration = {
      server: options.host,
      authentication: options.authentication,
      options: {
        port: options.port,
        database: options.database,
        encrypt: options.encrypt,
        trustServerCertificate: options.trustServerCertificate,
        cryptoCredentialsDetails: { ca: trustStore(options.ca) },
        connectTimeout: slack,
        cancelTimeout: slack,
        requestTimeout: slack,
        maxRetriesOnTransientErrors: 0, // a probe reports a transient error, it does not wait it out
        appName: 'vnet-probe',
        connector: (...args: unknown[]) => this.#connect(args[0] as { host: string; port: number }),
      },
    };
    this.#connection = new tedious.Connection(config);
    run.own({ destroy: () => this.destroy() });
    const events = this.#connection as unknown as EventEmitter;
    events.on('rerouting', () => {
      this.#rerouted = true;
    });
    events.on('error', () => {}); // late socket errors after a verdict; the stage's promise carries the failure
    events.on('errorMessage', (token: SqlServerError) => {
      this.#serverError ??= { number: token.number, message: token.message, state: token.state, class: token.class };
    });
    events.on('secure', (cleartext: TLSSocket) => {
      try {
        this.#tls[this.#stage] = tlsFacts(cleartext);
      } catch {
        // facts are a bonus; a half-closed TLS socket must not break the login
      }
    });
    this.#connection.connect((error) => this.#onConnect(error));
  }

  /** Loads tedious (only the credentialed path pays for it) and starts the login. */
  static async open(run: ProbeRun, options: SessionOptions): Promise<SqlSession> {
    const tedious = await loadTedious();
    return new SqlSession(run, options, tedious);
  }

  #onConnect(error: Error | undefined): void {
    if (!error) {
      if (this.#redirect) this.#redirected.resolve({ ...this.#redirect, ...(this.#tls.redirect ? { tls: this.#tls.redirect } : {}) });
      else this.#login.resolve(this.#tls.login ? { tls: this.#tls.login } : {});
      return;
    }
    const failure = this.#overflow ?? tediousFailure(error, this.#serverError, this.#stage, this.#redirect ? this.#redirectDetail() : {});
    if (this.#redirect) this.#redirected.reject(failure);
    else this.#login.reject(failure);
  }

  #redirectDetail(): Record<string, unknown> {
    const r = this.#redirect;
    return r ? { host: r.host, port: r.port, inRedirectRange: r.inRedirectRange, ...(r.address ? { address: r.address } : {}) } : {};
  }

  /** tedious's connector: the first call is the server itself, a call after `rerouting` the redirect target. */
  #connect(target: { host: string; port: number }): Promise<Socket> {
    const socket = this.#rerouted ? this.#connectRedirect(target.host, target.port) : openTcp(this.#run, this.#options.address, this.#options.port);
    return socket.then((s) => this.#capReads(s));
  }

  /**
   * Counts what the server sends on a socket handed to tedious and cuts it past the cap. The
   * listener is added before tedious pipes the socket; nothing can arrive in between, since the
   * server speaks only after our PRELOGIN, which tedious sends once its pipes are set.
   */
  #capReads(socket: Socket): Socket {
    let total = 0;
    socket.on('data', (chunk: Buffer) => {
      total += chunk.length;
      if (total > SESSION_READ_CAP && !this.#overflow) {
        this.#overflow = new ProbeFailure('protocol_mismatch', `the server sent more than ${SESSION_READ_CAP} bytes during the ${this.#stage}, far more than a login and SELECT 1 take: it does not behave as SQL Server`, this.#redirect ? this.#redirectDetail() : {});
        socket.destroy(this.#overflow); // with an error: a bare destroy() leaves tedious waiting for the rest
      }
    });
    return socket;
  }

  async #connectRedirect(host: string, port: number): Promise<Socket> {
    const target: RedirectTarget = { host, port, inRedirectRange: inRange(port) };
    this.#redirect = { ...target, address: '', connectMs: 0 };
    this.#stage = 'redirect';
    this.#serverError = undefined;
    this.#login.resolve({ redirect: target, ...(this.#tls.login ? { tls: this.#tls.login } : {}) });
    const startedAt = performance.now();
    let phase: 'resolve' | 'connect' = 'resolve';
    const where = joinHostPort(host, port);
    // the guard below abandons the lookup: this signal stops it (the run's own signal only aborts at the deadline)
    const abandon = new AbortController();
    const signal = AbortSignal.any([this.#run.signal, abandon.signal]);
    const work = (async () => {
      // a whole number of ms: node:dns Resolver rejects a fractional timeout
      const budget = Math.floor(this.#run.remainingMs());
      const { resolution } = await resolveName(host, { server: this.#options.resolve.server, tcp: this.#options.resolve.tcp }, signal, budget);
      const address = resolution.addresses[0];
      this.#redirect!.address = address;
      phase = 'connect';
      return openTcp(this.#run, address, port);
    })();
    try {
      const socket = await beforeDeadline(this.#run, work, () => phase === 'resolve'
        ? new ProbeFailure('dns_timeout', `the server redirected to ${where}, and that name did not resolve before the deadline`)
        : new ProbeFailure('tcp_timeout', `the server redirected to ${where} (${this.#redirect!.address}), which did not answer the SYN before the deadline: an NSG or firewall drops outbound TCP ${port}. ${rangeAdvice()}`));
      this.#redirect.connectMs = round(performance.now() - startedAt);
      return socket;
    } catch (error) {
      abandon.abort(error);
      const failure = this.#redirectFailure(error, where);
      this.#redirected.reject(failure);
      throw failure;
    }
  }

  #redirectFailure(error: unknown, where: string): unknown {
    if (this.#run.signal.aborted) return error;
    const detail = this.#redirectDetail();
    if (!(error instanceof ProbeFailure)) {
      const code = (error as NodeJS.ErrnoException).code ?? (error as Error).message;
      return new ProbeFailure('tcp_unreachable', `the server redirected to ${where}, and connecting there failed (${code}). ${rangeAdvice()}`, detail);
    }
    if (error.class === 'tcp_timeout' || error.class === 'dns_timeout') return new ProbeFailure(error.class, error.message, detail);
    const message = error.class.startsWith('dns_')
      ? `the server redirected to ${where}, which does not resolve: ${error.message}`
      : `the server redirected to ${where}: ${error.message}. ${rangeAdvice()}`;
    return new ProbeFailure(error.class, message, { ...detail, ...error.detail });
  }

  /** Runs one batch and returns its rows as arrays of column values. */
  query(sql: string): Promise<unknown[][]> {
    this.#stage = 'query';
    this.#serverError = undefined;
    return new Promise((resolve, reject) => {
      const rows: unknown[][] = [];
      const request = new this.#tedious.Request(sql, (error) => {
        if (error) reject(this.#overflow ?? tediousFailure(error, this.#serverError, 'query'));
        else resolve(rows);
      });
      request.on('row', (columns: Array<{ value: unknown }>) => rows.push(columns.map((c) => c.value)));
      try {
        this.#connection.execSql(request);
      } catch (error) {
        reject(tediousFailure(error, undefined, 'query'));
      }
    });
  }

  destroy(): void {
    try {
      this.#connection.close();
    } catch {
      // already closed
    }
  }
}

export function rangeAdvice(): string {
  return `The Redirect connection policy needs outbound TCP ${REDIRECT_RANGE_TEXT} to the Sql service tag (or set the server's connection policy to Proxy, which uses 1433 only)`;
}
