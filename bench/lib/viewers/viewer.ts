// What one viewer saw: the first time each seq reached it, and how often a seq came again.
import { monotonicMs } from '../clock';

export class Viewer {
  readonly first = new Map<number, number>();
  duplicated = 0;
  dropped = false;
  close: () => void = () => {};

  /** `at` is taken before the message is parsed, so a batch of frames in one read counts from its arrival. */
  saw(seq: number, at = monotonicMs()): void {
    if (this.first.has(seq)) this.duplicated++;
    else this.first.set(seq, at);
  }
}
