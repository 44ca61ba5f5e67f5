import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

/** Every benchmark in turn; each prints its own figures. Pass names to run only some: `npm run bench -- analyze`. */
const ALL = ['analyze', 'cluster', 'quotes', 'numbers', 'dates', 'align', 'extraction', 'order', 'hostile', 'fuzz'];
const chosen = process.argv.slice(2);
for (const name of chosen.length > 0 ? chosen : ALL) {
  const script = `bench/${name}.ts`;
  if (!existsSync(script)) continue;
  execFileSync(process.execPath, ['--import', 'tsx', script], { stdio: 'inherit' });
  console.log();
}
