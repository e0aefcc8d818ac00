/**
 * A dependency-free progress bar on stderr: redrawn in place on a TTY, one line per stage change otherwise (CI logs).
 * Each finished stage says how long it took (seconds since its first batch's start): where an import spends its time.
 */

const WIDTH = 30;

export function createProgress(stream: NodeJS.WriteStream = process.stderr) {
  let lastStage = "";
  let lastDraw = 0;
  let stageStart = performance.now();
  let previousEnd = stageStart;
  return (stage: string, done: number, total: number): void => {
    if (stage !== lastStage) stageStart = previousEnd;
    previousEnd = performance.now();
    const took = `${((previousEnd - stageStart) / 1000).toFixed(1)} s`;
    const ratio = total === 0 ? 1 : done / total;
    if (stream.isTTY) {
      const now = performance.now();
      if (stage === lastStage && done < total && now - lastDraw < 100) return;
      lastDraw = now;
      const filled = Math.round(ratio * WIDTH);
      stream.write(`\r${stage.padEnd(18)} [${"#".repeat(filled)}${".".repeat(WIDTH - filled)}] ${done}/${total}   `);
      if (done >= total) stream.write(`${took}\n`);
    } else if (stage !== lastStage || done >= total) {
      if (done >= total) stream.write(`${stage}: ${done}/${total} in ${took}\n`);
    }
    lastStage = stage;
  };
}
