/** The points where a test can stop the CLI (`CLAIMLENS_TEST_HOOK=<point>:<action>`). */
export type TestHookPoint = 'transcoding';

/**
 * A hook for tests of interrupted runs, so they wait for a state instead of a time: when the
 * environment variable `CLAIMLENS_TEST_HOOK` is `<point>:pause`, reaching `point` prints
 * `CLAIMLENS_TEST_HOOK <point>` on stderr and waits until a signal ends the process; with `:crash` it
 * also throws an uncaught error, as a bug would. Without the variable it does nothing.
 */
export async function testHook(point: TestHookPoint): Promise<void> {
  const wanted = process.env['CLAIMLENS_TEST_HOOK'];
  if (wanted !== `${point}:pause` && wanted !== `${point}:crash`) return;
  process.stderr.write(`CLAIMLENS_TEST_HOOK ${point}\n`);
  if (wanted.endsWith(':crash'))
    setImmediate(() => {
      throw new Error(`test crash at ${point}`);
    });
  await new Promise<never>(() => setInterval(() => undefined, 60_000));
}
