#!/usr/bin/env node
// The `claimlens` command: registers tsx (a devDependency) so Node runs the TypeScript sources directly,
// the same kernel code the browser runs, then hands over to cli/main.ts.
import { register } from 'tsx/esm/api';

register();
const { main, exitWith } = await import('../cli/main.ts');
await exitWith(await main(process.argv.slice(2)));
