// Stage: report. A one-line progress indicator on stderr for explorations that take longer than
// about a second, only when stderr is a terminal. Redraws at most a few times per second.
import { grouped } from './numbers.js';
export class Progress {
  private lastDraw = 0;
  private drawn = false;

  constructor(
    private readonly write: (s: string) => void,
    private readonly enabled: boolean,
    private readonly label: string,
  ) {}

  update(explored: number, elapsedMs: number): void {
    if (!this.enabled || elapsedMs < 1000 || elapsedMs - this.lastDraw < 200) return;
    this.lastDraw = elapsedMs;
    this.drawn = true;
    const rate = Math.round(explored / (elapsedMs / 1000));
    this.write(`\r\u001b[2K${this.label}: ${grouped(explored)} executions, ${(elapsedMs / 1000).toFixed(1)} s (${rate}/s)`);
  }

  clear(): void {
    if (this.drawn) this.write('\r\u001b[2K');
    this.drawn = false;
  }
}
