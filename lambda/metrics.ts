/**
 * What people meet, as CloudWatch metrics: Embedded Metric Format log lines, which CloudWatch
 * turns into metrics without an API call (docs/operations.md). Written here in the same shape
 * Powertools' Metrics writes, without its start-up cost (docs/performance.md); off with
 * POWERTOOLS_METRICS_DISABLED=true.
 */
export const METRICS_NAMESPACE = 'MuscleRelaxationSkill';

/** The metric names, also used by the alarms in infrastructure/cfn-deployer/skill-stack.yaml. */
export const MetricNames = {
  SessionStarted: 'SessionStarted',
  SegmentPlayed: 'SegmentPlayed',
  ExerciseFinished: 'ExerciseFinished',
  StorageFailure: { read: 'StorageReadFailure', write: 'StorageWriteFailure', delete: 'StorageDeleteFailure' },
} as const;

export type StorageOperation = keyof typeof MetricNames.StorageFailure;

/** Added to every metric as the `service` dimension. */
export const METRICS_SERVICE = 'muscle-relaxation';

/** Every metric here is a count. */
const UNIT = 'Count';

/** Counts of this invocation by metric name, one entry per time counted; cleared when flushed. */
const counted = new Map<string, number[]>();

const disabled = () => process.env.POWERTOOLS_METRICS_DISABLED?.toLowerCase() === 'true';

function count(name: string): void {
  if (disabled()) return;
  const values = counted.get(name);
  if (values) values.push(1);
  else counted.set(name, [1]);
}

export function countSessionStarted(): void {
  count(MetricNames.SessionStarted);
}

export function countSegmentPlayed(): void {
  count(MetricNames.SegmentPlayed);
}

export function countExerciseFinished(): void {
  count(MetricNames.ExerciseFinished);
}

/** A DynamoDB call that failed (not a concurrent write, which is merged and retried). */
export function countStorageFailure(operation: StorageOperation): void {
  count(MetricNames.StorageFailure[operation]);
}

/** Writes what this invocation counted as one EMF line; called once per request. */
export function flushMetrics(): void {
  if (counted.size === 0) return;
  const names = [...counted.keys()];
  const values = Object.fromEntries([...counted].map(([name, v]) => [name, v.length === 1 ? v[0] : v]));
  counted.clear();
  const emf = {
    _aws: {
      Timestamp: Date.now(),
      CloudWatchMetrics: [{ Namespace: METRICS_NAMESPACE, Dimensions: [['service']], Metrics: names.map((Name) => ({ Name, Unit: UNIT })) }],
    },
    service: METRICS_SERVICE,
    ...values,
  };
  process.stdout.write(`${JSON.stringify(emf)}\n`);
}
