#!/usr/bin/env node
// Installs code-server (VS Code's server + web workbench) on first use into .vscode-test/, not into the
// extension's dependencies: it builds native modules, which every contributor's `npm install` should not.
// Only the npm registry and Debian's packages are needed. Usage: node test/harness/install-code-server.js
'use strict';
const fs = require('fs');
const path = require('path');
const { spawnSync } = require('child_process');
const { CODE_SERVER_VERSION, CODE_SERVER_DIR, CODE_SERVER_BIN, INSTALL_MARKER } = require('./paths');

// @vscode/ripgrep 1.15.11 (a code-server dependency) downloads rg from GitHub in its postinstall, which is
// unreachable here; it first looks in this cache, so we seed it with Debian's rg.
const RIPGREP_PKG_VERSION = '1.15.11';
const RIPGREP_ASSET_VERSION = 'v13.0.0-10';
const RIPGREP_TARGETS = { x64: 'x86_64-unknown-linux-musl', arm64: 'aarch64-unknown-linux-musl' };

function isInstalled() {
  return fs.existsSync(INSTALL_MARKER) && fs.existsSync(CODE_SERVER_BIN) &&
    fs.readFileSync(INSTALL_MARKER, 'utf8').trim() === CODE_SERVER_VERSION;
}

function which(cmd) {
  const r = spawnSync('sh', ['-c', `command -v ${cmd}`], { encoding: 'utf8' });
  return r.status === 0 ? r.stdout.trim() : null;
}

// Fail before a 50-second npm install would, naming the Debian package to install.
function checkPrerequisites() {
  const missing = [];
  const rg = which('rg');
  if (!rg) missing.push('ripgrep');
  if (!which('cc') || !which('c++') || !which('make')) missing.push('build-essential');
  if (!which('pkg-config')) missing.push('pkg-config');
  if (!which('python3')) missing.push('python3');
  if (!fs.existsSync('/usr/include/gssapi/gssapi.h')) missing.push('libkrb5-dev'); // kerberos compiles against gssapi
  if (missing.length) {
    throw new Error(`code-server ${CODE_SERVER_VERSION} needs Debian packages that are missing: ${missing.join(' ')}\n` +
      `  install them with: apt-get install -y ${missing.join(' ')}`);
  }
  const nodeMajor = Number(process.versions.node.split('.')[0]);
  if (nodeMajor !== 20) {
    console.warn(`warning: code-server ${CODE_SERVER_VERSION} is built for Node 20; this is Node ${process.versions.node}`);
  }
  return rg;
}

function seedRipgrepCache(rgPath, tmpDir) {
  const target = RIPGREP_TARGETS[process.arch];
  if (!target) throw new Error(`no ripgrep target known for architecture ${process.arch}`);
  const cacheDir = path.join(tmpDir, `vscode-ripgrep-cache-${RIPGREP_PKG_VERSION}`);
  const stage = path.join(tmpDir, 'rg-stage');
  fs.mkdirSync(cacheDir, { recursive: true });
  fs.mkdirSync(stage, { recursive: true });
  fs.copyFileSync(rgPath, path.join(stage, 'rg'));
  fs.chmodSync(path.join(stage, 'rg'), 0o755);
  // The archive must hold `rg` at its top level.
  const archive = path.join(cacheDir, `ripgrep-${RIPGREP_ASSET_VERSION}-${target}.tar.gz`);
  const r = spawnSync('tar', ['czf', archive, '-C', stage, 'rg'], { stdio: 'inherit' });
  if (r.status !== 0) throw new Error('could not create the ripgrep cache archive with tar');
}

function install({ quiet = false } = {}) {
  if (isInstalled()) return CODE_SERVER_BIN;
  const rg = checkPrerequisites();
  const started = Date.now();
  console.log(`Installing code-server ${CODE_SERVER_VERSION} into ${CODE_SERVER_DIR} (first use only, about a minute)...`);
  // A folder without the marker is a broken earlier attempt: start over.
  fs.rmSync(CODE_SERVER_DIR, { recursive: true, force: true });
  const tmpDir = path.join(CODE_SERVER_DIR, '.tmp');
  fs.mkdirSync(tmpDir, { recursive: true });
  fs.writeFileSync(path.join(CODE_SERVER_DIR, 'package.json'),
    JSON.stringify({ name: 'rapport-code-server', version: '1.0.0', private: true }, null, 2) + '\n');
  seedRipgrepCache(rg, tmpDir);
  const r = spawnSync('npm', ['install', '--no-audit', '--no-fund', '--loglevel=error', `code-server@${CODE_SERVER_VERSION}`], {
    cwd: CODE_SERVER_DIR,
    stdio: quiet ? ['ignore', 'ignore', 'inherit'] : 'inherit',
    env: {
      ...process.env,
      TMPDIR: tmpDir, // where @vscode/ripgrep looks for its cache; also keeps build litter out of /tmp
      npm_config_yes: 'true', // node-pty's postinstall runs `npx node-gyp`, which otherwise aborts
      npm_config_unsafe_perm: 'true', // code-server's postinstall refuses to run as root without it
    },
  });
  if (r.status !== 0 || !fs.existsSync(CODE_SERVER_BIN)) {
    throw new Error(`npm install code-server@${CODE_SERVER_VERSION} failed (exit ${r.status}); see the output above`);
  }
  fs.rmSync(tmpDir, { recursive: true, force: true });
  fs.writeFileSync(INSTALL_MARKER, CODE_SERVER_VERSION + '\n');
  console.log(`code-server ${CODE_SERVER_VERSION} installed in ${((Date.now() - started) / 1000).toFixed(0)} s`);
  return CODE_SERVER_BIN;
}

module.exports = { ensureCodeServer: install, isInstalled };

if (require.main === module) {
  try {
    if (isInstalled()) console.log(`code-server ${CODE_SERVER_VERSION} already installed in ${CODE_SERVER_DIR}`);
    else install();
  } catch (err) {
    console.error(`error: ${err.message}`);
    process.exit(1);
  }
}
