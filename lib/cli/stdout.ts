/**
 * Libraries sometimes log to stdout (pdf.js warnings, OCR progress). The CLI's stdout is the JSON
 * contract, so until the result is written, console output is sent to stderr instead.
 * Returns a function that puts console back.
 */
export function keepStdoutForJson(): () => void {
  const original = { log: console.log, info: console.info, debug: console.debug };
  const toStderr = (...args: unknown[]) => {
    process.stderr.write(`${args.map((arg) => (typeof arg === 'string' ? arg : JSON.stringify(arg))).join(' ')}\n`);
  };
  console.log = toStderr;
  console.info = toStderr;
  console.debug = toStderr;
  return () => Object.assign(console, original);
}

/**
 * A reader that stops early (`| head -n 1`) closes the pipe: the next write fails with EPIPE, which
 * Node would throw as an unhandled error with its stack. The reader has what it wanted: end at once,
 * quietly and successfully, as Unix tools do.
 */
export function endQuietlyWhenReaderLeaves(): void {
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(0);
    throw error;
  });
}
