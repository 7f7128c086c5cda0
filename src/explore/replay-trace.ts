// Stage: explore. Re-runs one schedule (a counterexample) with the detailed trace recorder and
// the same property checks, for the interleaving view; throws ScheduleDivergence if the program
// does not follow the schedule.
import { ReplayScheduler } from '../schedulers/replay.js';
import type { SparseSchedule } from '../schedulers/schedule-token.js';
import { teeObserver } from '../sim/observers.js';
import type { SliceEnd, ThreadId } from '../sim/contract.js';
import { executeOnce, type ExecutionRecord, type ProgramConfig } from './execute.js';
import { TraceRecorder, type TraceSlice } from './trace.js';

export interface TracedExecution {
  readonly record: ExecutionRecord;
  readonly trace: readonly TraceSlice[];
}

export function traceSchedule(cfg: ProgramConfig, schedule: SparseSchedule): TracedExecution {
  let tracer: TraceRecorder | undefined;
  const traced: ProgramConfig = {
    ...cfg,
    factory: (sinks) => {
      const m = cfg.factory(sinks);
      tracer = new TraceRecorder(m);
      // executeOnce installs its own observer afterwards: wrap setObserver to add the tracer.
      const set = m.setObserver.bind(m);
      m.setObserver = (o) => set(o ? teeObserver(o, tracer!) : null);
      return m;
    },
  };
  const scheduler = new ReplayScheduler(schedule);
  const record = executeOnce(traced, scheduler, (rec) => {
    const ended = rec.sliceEnded.bind(rec);
    rec.sliceEnded = (t: ThreadId, end: SliceEnd) => {
      ended(t, end);
      tracer!.sliceEnded(t, end);
    };
  });
  scheduler.assertFinished();
  return { record, trace: tracer!.slices };
}
