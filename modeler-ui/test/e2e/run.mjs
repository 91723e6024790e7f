/**
 * Runs the browser specs (node's test runner, one file at a time) against STAGELINE_BASE_URL.
 *
 * With STAGELINE_E2E_RESULT set (as `./mvnw verify` does), the outcome is written to that file
 * and this script succeeds, so Maven still stops the application it started; `--verify` then
 * reads the file and fails the build, like Failsafe's integration-test and verify goals.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';

const resultFile = process.env.STAGELINE_E2E_RESULT;

if (process.argv.includes('--verify')) {
  const status = resultFile ? readFileSync(resultFile, 'utf8').trim() : 'missing';
  if (status !== '0') {
    console.error(`The browser tests failed (status ${status}); see their output above, and the screenshots in modeler-ui/target/e2e/.`);
    process.exit(1);
  }
  console.log('The browser tests passed.');
  process.exit(0);
}

const run = spawnSync(process.execPath, ['--test', '--test-concurrency=1', '--test-reporter=spec', resolve(import.meta.dirname)],
  { stdio: 'inherit', cwd: resolve(import.meta.dirname, '../..') });
const status = run.status ?? 1;
if (resultFile) {
  mkdirSync(dirname(resultFile), { recursive: true });
  writeFileSync(resultFile, String(status));
  process.exit(0);
}
process.exit(status);
