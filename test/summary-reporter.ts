import type { Reporter, SerializedError, TestCase, TestModule, TestSuite } from 'vitest/node';

export interface Counts {
  passed: number;
  failed: number;
  skipped: number;
}

/** True when the test or one of its enclosing suites or its module reported an error of its own (hook, collection). */
const brokenAbove = (test: TestCase): boolean => {
  let parent: TestSuite | TestModule = test.parent;
  for (;;) {
    if (parent.errors().length > 0) return true;
    if (parent.type === 'module') return false;
    parent = parent.parent;
  }
};

/** A suite or module that failed with no test left to carry the failure (an import error, a throwing describe). */
const failedWithoutTests = (entity: TestSuite | TestModule): boolean =>
  entity.errors().length > 0 && entity.children.allTests().next().done === true;

/**
 * Counts a run honestly: a test that never ran because its suite's hook or its file failed is a failure, not a skip;
 * a file or suite that failed before holding any test counts once; every unhandled error counts once.
 */
export const countRun = (modules: ReadonlyArray<TestModule>, unhandled: ReadonlyArray<SerializedError>): Counts => {
  const counts: Counts = { passed: 0, failed: unhandled.length, skipped: 0 };
  for (const module of modules) {
    if (failedWithoutTests(module)) counts.failed++;
    for (const suite of module.children.allSuites()) if (failedWithoutTests(suite)) counts.failed++;
    for (const test of module.children.allTests()) {
      const state = test.result().state;
      if (state === 'passed') counts.passed++;
      else if (state === 'failed' || brokenAbove(test)) counts.failed++;
      else counts.skipped++;
    }
  }
  return counts;
};

/** Ends the run with a plain "N passed, N failed, N skipped" line that any CI can read, and an exit code to match. */
export default class SummaryReporter implements Reporter {
  onTestRunEnd(modules: ReadonlyArray<TestModule>, unhandled: ReadonlyArray<SerializedError>): void {
    const counts = countRun(modules, unhandled);
    if (counts.failed > 0) process.exitCode = 1;
    process.stdout.write(`\n${counts.passed} passed, ${counts.failed} failed, ${counts.skipped} skipped\n`);
  }
}
