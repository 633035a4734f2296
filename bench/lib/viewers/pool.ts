// The bench's handle on its viewers' process (./child.ts).
import { type ChildProcess, fork } from 'node:child_process';
import type { Delivery, FromViewers, System, ToViewers } from './protocol';

export class ViewerPool {
  private child: ChildProcess = fork('bench/lib/viewers/child.ts', {
    execArgv: ['--import', 'tsx'],
    serialization: 'advanced',
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });

  private ask<T extends FromViewers['type']>(
    message: ToViewers,
    until: T,
    onProgress?: (connected: number) => void,
  ): Promise<Extract<FromViewers, { type: T }>> {
    return new Promise((resolve, reject) => {
      const onMessage = (m: FromViewers) => {
        if (m.type === 'progress') onProgress?.(m.connected);
        else if (m.type === 'error') done(() => reject(new Error(`viewers: ${m.message}`)));
        else if (m.type === until) done(() => resolve(m as Extract<FromViewers, { type: T }>));
      };
      const onExit = () => done(() => reject(new Error('the viewers process exited')));
      const done = (settle: () => void) => {
        this.child.off('message', onMessage);
        this.child.off('exit', onExit);
        settle();
      };
      this.child.on('message', onMessage);
      this.child.once('exit', onExit);
      this.child.send(message);
    });
  }

  async connect(
    system: System,
    base: string,
    gameId: number,
    afterSeq: number,
    count: number,
    onProgress: (n: number) => void,
  ): Promise<void> {
    await this.ask({ type: 'connect', system, base, gameId, afterSeq, count }, 'connected', onProgress);
  }

  /** Waits until every viewer has every sent seq, or the deadline; then counts. */
  async finish(sent: [number, number][], deadlineMs: number): Promise<Delivery> {
    return (await this.ask({ type: 'finish', sent, deadlineMs }, 'finished')).delivery;
  }

  async closeViewers(): Promise<void> {
    await this.ask({ type: 'close' }, 'closed');
  }

  get pid(): number {
    return this.child.pid ?? 0;
  }

  stop(): void {
    this.child.kill();
  }
}
