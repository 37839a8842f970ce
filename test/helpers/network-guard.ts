// A module preloaded into a spawned CLI (`node --import NETWORK_GUARD`): any connection or name lookup
// that would leave this machine is written to $VNETPROBE_TEST_GUARD_LOG and refused. A name with its
// own lookup (an address pinned by the resolve rung) passes only when that lookup stays local.
export const NETWORK_GUARD = `data:text/javascript,${encodeURIComponent(`
import net from 'node:net';
import dns from 'node:dns';
import { appendFileSync } from 'node:fs';
const log = process.env.VNETPROBE_TEST_GUARD_LOG;
const lookup = dns.lookup;
const local = (host) => host === undefined || host === 'localhost' || host === '::1' || /^127\\./.test(String(host));
const connect = net.Socket.prototype.connect;
net.Socket.prototype.connect = function (...args) {
  const first = Array.isArray(args[0]) ? args[0][0] : args[0];
  const options = typeof first === 'object' && first !== null ? first : { host: args[1] };
  if (!options.path && !local(options.host)) {
    // a name with its own lookup (a pinned address) may pass if that lookup stays on this machine
    const custom = options.lookup;
    if (net.isIP(options.host) || typeof custom !== 'function' || custom === lookup) {
      appendFileSync(log, 'connect ' + options.host + '\\n');
      throw new Error('network guard: ' + options.host + ' is outside this machine');
    }
    options.lookup = (host, opts, callback) => custom(host, opts, (error, address, family) => {
      const all = Array.isArray(address) ? address.map((a) => a.address) : [address];
      if (!error && !all.every(local)) {
        appendFileSync(log, 'resolved ' + host + ' to ' + all.join(',') + '\\n');
        return callback(new Error('network guard: ' + host + ' resolved outside this machine'));
      }
      callback(error, address, family);
    });
  }
  return connect.apply(this, args);
};
dns.lookup = function (host, ...rest) {
  if (!local(host) && !net.isIP(host)) {
    appendFileSync(log, 'lookup ' + host + '\\n');
    throw new Error('network guard: no lookups of ' + host);
  }
  return lookup.call(this, host, ...rest);
};
`)}`;
