// What installing code-server needs from the machine, checked before the install
// starts: its native modules are compiled with node-gyp, which needs a C/C++
// compiler, make, Python 3 and Node's own headers. Without a nodedir, node-gyp
// downloads the headers, and where that fails the install dies minutes in with a
// page of npm log. Here each missing piece is named with the Debian package that
// brings it, and headers Node already has are handed to node-gyp.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

/** The files node-gyp reads from <nodedir>/include/node when given a nodedir. */
export const HEADER_FILES = ['node.h', 'common.gypi', 'config.gypi'];

/** Whether `dir` is a nodedir node-gyp can build against without downloading. */
export function hasNodeHeaders(dir, exists = fs.existsSync) {
  return HEADER_FILES.every((file) => exists(path.join(dir, 'include', 'node', file)));
}

/** Whether `command` (a name, or a path) names a file on `PATH`. */
export function onPath(command, PATH, exists = fs.existsSync) {
  if (command.includes('/')) return exists(command);
  return (PATH ?? '').split(path.delimiter).some((dir) => dir && exists(path.join(dir, command)));
}

/**
 * What this machine lacks for installing code-server, and the nodedir to build
 * against. Pure when every argument is given (the tests pass fake ones).
 *   execPaths: Node's executable, as run and with links resolved (its prefix is two levels up)
 *   configuredNodedir: npm's `nodedir` setting ('' when there is none)
 * Returns { missing: [{ what, debian?, how? }], nodedir? }.
 */
export function installPreflight({
  env = process.env,
  exists = fs.existsSync,
  execPaths = [process.execPath, realpath(process.execPath)],
  configuredNodedir = env.npm_config_nodedir || npmConfig('nodedir'),
} = {}) {
  const has = (command) => onPath(command, env.PATH, exists);
  // CC, CXX and PYTHON, when set, are what make and node-gyp run ("gcc -m64": its first word).
  const tool = (variable, ...names) => (env[variable] ? has(env[variable].trim().split(/\s+/)[0]) : names.some(has));
  const missing = [
    { what: 'a C compiler (cc)', debian: 'build-essential', present: () => tool('CC', 'cc', 'gcc') },
    { what: 'a C++ compiler (c++)', debian: 'build-essential', present: () => tool('CXX', 'c++', 'g++') },
    { what: 'make', debian: 'build-essential', present: () => has('make') },
    { what: 'Python 3', debian: 'python3', present: () => tool('PYTHON', 'python3') },
    { what: 'pkg-config', debian: 'pkg-config', present: () => has('pkg-config') },
    // Debian's ripgrep stands in for the one @vscode/ripgrep would download (code-server.mjs).
    { what: 'ripgrep (/usr/bin/rg)', debian: 'ripgrep', present: () => exists('/usr/bin/rg') },
    // kerberos, a code-server dependency, compiles against the GSSAPI headers.
    { what: 'the GSSAPI headers', debian: 'libkrb5-dev', present: () => exists('/usr/include/gssapi/gssapi.h') },
  ].filter((need) => !need.present()).map(({ what, debian }) => ({ what, debian }));

  const headerList = `include/node/${HEADER_FILES.join(', ')}`;
  let nodedir;
  if (configuredNodedir) {
    if (hasNodeHeaders(configuredNodedir, exists)) nodedir = configuredNodedir;
    else missing.push({ what: `Node's headers in npm's nodedir ${configuredNodedir} (${headerList})`, how: 'point nodedir at the folder above include/node, or unset it' });
  } else {
    const prefixes = [...new Set(execPaths.map((p) => path.dirname(path.dirname(p))))];
    nodedir = prefixes.find((prefix) => hasNodeHeaders(prefix, exists));
    if (!nodedir) {
      missing.push({
        what: `Node's headers under its prefix ${prefixes.join(' or ')} (${headerList})`,
        how: 'install a Node 20 that ships them (NodeSource\'s nodejs package, an official tarball, nvm) or set npm_config_nodedir to a folder that has them',
      });
    }
  }
  return { missing, nodedir };
}

/** One line: what is missing and how to get it. */
export function describeMissing(missing, { root = process.getuid?.() === 0 } = {}) {
  const packages = [...new Set(missing.flatMap((m) => (m.debian ? [m.debian] : [])))];
  const ways = [
    ...(packages.length ? [`${root ? '' : 'sudo '}apt-get install ${packages.join(' ')}`] : []),
    ...missing.flatMap((m) => (m.how ? [m.how] : [])),
  ];
  return `installing code-server (first run only) needs ${missing.map((m) => m.what).join(', ')}; to get them: ${ways.join('; ')}`;
}

function realpath(file) {
  try { return fs.realpathSync(file); } catch { return file; }
}

/** npm's setting `key`, or undefined when it has none (or npm cannot be run). */
function npmConfig(key) {
  try {
    const value = execFileSync('npm', ['config', 'get', key], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'], timeout: 30_000 }).trim();
    return value && value !== 'undefined' && value !== 'null' ? value : undefined;
  } catch {
    return undefined;
  }
}
