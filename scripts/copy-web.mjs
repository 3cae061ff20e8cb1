// Copies the web UI's static files (src/web) next to the compiled server (dist/web): the build's last step.
import { cpSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const from = join(root, 'src/web');
const to = join(root, 'dist/web');
rmSync(to, { recursive: true, force: true });
cpSync(from, to, { recursive: true });
process.stdout.write(`copied ${from} to ${to}\n`);
