/**
 * Progress for long work: on a terminal, one line that updates in place with a percentage; in CI
 * or a pipe, one plain line per stage so logs stay readable.
 */
export function terminalProgress(stream: NodeJS.WriteStream = process.stdout): (message: string, fraction?: number) => void {
  let lastStage = '';
  return (message, fraction) => {
    if (stream.isTTY) {
      const percent = fraction === undefined ? '' : ` ${Math.round(fraction * 100)} %`;
      stream.write(`\r\x1b[2K${message}${percent}`);
      if (fraction === undefined || fraction >= 1) stream.write('\n');
      return;
    }
    if (message !== lastStage) stream.write(`${message}\n`);
    lastStage = message;
  };
}
