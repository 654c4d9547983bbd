/**
 * Prints one plain closing line, "tests: N passed, N failed[, N skipped]", after Jest's own
 * summary, so that CI tools which read closing lines count the suite correctly.
 */
class SummaryReporter {
  onRunComplete(_contexts, results) {
    const skipped = results.numPendingTests + results.numTodoTests;
    const failed = results.numFailedTests + results.numRuntimeErrorTestSuites;
    const line = `tests: ${results.numPassedTests} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}\n`;
    // At exit, so that it comes after Jest's own summary ("Ran all test suites.").
    process.once('exit', () => process.stdout.write(line));
  }
}

module.exports = SummaryReporter;
