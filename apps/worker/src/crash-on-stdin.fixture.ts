// Test fixture, preloaded into the real worker (node --import) by main.test.ts:
// a line on stdin makes the process throw an error nobody catches, as a bug
// would. (Not a signal: close-with-grace treats SIGUSR2 and the like as a stop.)
process.stdin.once('data', () => {
  setImmediate(() => {
    throw new Error('unexpected crash (test)');
  });
});
