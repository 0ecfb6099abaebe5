import fs from 'node:fs';

/** Debian's real Chromium binary (not the /usr/bin wrapper, which adds flags of its own); override with CHROMIUM_BIN. */
export function chromiumPath(): string {
  const candidates = [process.env['CHROMIUM_BIN'], '/usr/lib/chromium/chromium', '/usr/bin/chromium'];
  const found = candidates.find((p): p is string => !!p && fs.existsSync(p));
  if (!found) throw new Error('Chromium not found: install it (apt-get install -y chromium) or set CHROMIUM_BIN.');
  return found;
}

/** Keeps Chromium off the network: only 127.0.0.1 resolves (see ../shared/e2e.md §1 "Flags"). */
export const OFFLINE_ARGS = ['--disable-quic', '--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE 127.0.0.1'];
