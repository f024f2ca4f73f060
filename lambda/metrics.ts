import { Metrics, MetricUnit } from '@aws-lambda-powertools/metrics';

/**
 * What people meet, as CloudWatch metrics: Powertools writes them as Embedded Metric Format
 * log lines, which CloudWatch turns into metrics without an API call (docs/operations.md).
 * Powertools costs about 11 KB of bundle and a few ms of cold start over the logger it shares
 * its core with; off with POWERTOOLS_METRICS_DISABLED=true.
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

/** Powertools adds it to every metric as the `service` dimension. */
export const METRICS_SERVICE = 'muscle-relaxation';

const metrics = new Metrics({ namespace: METRICS_NAMESPACE, serviceName: METRICS_SERVICE });

export function countSessionStarted(): void {
  metrics.addMetric(MetricNames.SessionStarted, MetricUnit.Count, 1);
}

export function countSegmentPlayed(): void {
  metrics.addMetric(MetricNames.SegmentPlayed, MetricUnit.Count, 1);
}

export function countExerciseFinished(): void {
  metrics.addMetric(MetricNames.ExerciseFinished, MetricUnit.Count, 1);
}

/** A DynamoDB call that failed (not a concurrent write, which is merged and retried). */
export function countStorageFailure(operation: StorageOperation): void {
  metrics.addMetric(MetricNames.StorageFailure[operation], MetricUnit.Count, 1);
}

/** Writes what this invocation counted as one log line; called once per request. */
export function flushMetrics(): void {
  if (metrics.hasStoredMetrics()) metrics.publishStoredMetrics();
}
