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
