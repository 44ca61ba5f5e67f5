#!/usr/bin/env node
import { main } from '../dist/cli/index.js';

// A failed write also arrives as an 'error' event; the write's callback reports it, so the event must not crash.
process.stdout.on('error', () => {});

const io = {
  stdin: process.stdin,
  write: (text) =>
    new Promise((resolve, reject) => {
      process.stdout.write(text, (error) => (error ? reject(error) : resolve()));
    }),
  error: (text) => process.stderr.write(`${text}\n`),
  ...(process.stderr.isTTY
    ? { terminal: { columns: process.stderr.columns || 80, write: (text) => process.stderr.write(text) } }
    : {}),
};

main(process.argv.slice(2), io).then(
  (status) => {
    process.exitCode = status;
  },
  (error) => {
    process.stderr.write(`triangulate: internal error: ${error?.stack ?? error}\n`);
    process.exitCode = 1;
  },
);
