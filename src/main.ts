import { runCli } from './cli.js';

/** The program's entry point (`npm start`, `node dist/main.js`, `tsx src/main.ts <command>`): see src/cli.ts. */
process.exitCode = await runCli(process.argv.slice(2));
