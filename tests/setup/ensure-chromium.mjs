#!/usr/bin/env node
/**
 * Browser tests use Debian's Chromium (never a downloaded build). Installs it with apt
 * when it is missing and we are root; otherwise says how.
 */
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const path = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
if (existsSync(path)) process.exit(0);

const isRoot = process.getuid?.() === 0;
const sudo = isRoot ? '' : 'sudo ';
console.log(`Chromium is missing at ${path}; installing Debian's chromium (about a minute)…`);
try {
  execSync(`${sudo}apt-get update -qq && ${sudo}env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium`, {
    stdio: 'inherit',
  });
} catch {
  console.error('Could not install Chromium. Install it yourself: apt-get install chromium (or set CHROMIUM_PATH).');
  process.exit(1);
}
if (!existsSync(path)) {
  console.error(`Chromium installed but not found at ${path}; set CHROMIUM_PATH.`);
  process.exit(1);
}
