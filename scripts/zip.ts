import fs from 'node:fs';
import path from 'node:path';
import { zipSync, type Zippable } from 'fflate';

/** 1980-01-01, the earliest date a zip can hold: any fixed date makes the bytes independent of the clock. */
const MTIME = new Date(Date.UTC(1980, 0, 1, 12));

/** Files below `dir`, as sorted forward-slash paths. */
export function filesUnder(dir: string): string[] {
  return fs
    .readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile())
    .map((e) => path.relative(dir, path.join(e.parentPath, e.name)).split(path.sep).join('/'))
    .sort();
}

/** A reproducible zip: sorted entries, one fixed timestamp, fixed permissions and compression level. */
export function reproducibleZip(root: string, files: string[]): Uint8Array {
  const entries: Zippable = {};
  for (const file of [...files].sort()) entries[file] = [fs.readFileSync(path.join(root, file)), { mtime: MTIME, level: 9, os: 3, attrs: 0o100644 << 16 }];
  return zipSync(entries, { mtime: MTIME });
}
