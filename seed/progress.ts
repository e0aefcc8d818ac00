/** A dependency-free progress bar on stderr: redrawn in place on a TTY, one line per stage change otherwise (CI logs). */

const WIDTH = 30;

export function createProgress(stream: NodeJS.WriteStream = process.stderr) {
  let lastStage = "";
  let lastDraw = 0;
  return (stage: string, done: number, total: number): void => {
    const ratio = total === 0 ? 1 : done / total;
    if (stream.isTTY) {
      const now = performance.now();
      if (stage === lastStage && done < total && now - lastDraw < 100) return;
      lastDraw = now;
      const filled = Math.round(ratio * WIDTH);
      stream.write(`\r${stage.padEnd(18)} [${"#".repeat(filled)}${".".repeat(WIDTH - filled)}] ${done}/${total}   `);
      if (done >= total) stream.write("\n");
    } else if (stage !== lastStage || done >= total) {
      if (done >= total) stream.write(`${stage}: ${done}/${total}\n`);
    }
    lastStage = stage;
  };
}
