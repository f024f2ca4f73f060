/** Levels in rising severity; a line is written when its level reaches the logger's. */
const LEVELS = { DEBUG: 8, INFO: 12, WARN: 16, ERROR: 20, SILENT: 28 } as const;
export type LogLevel = keyof typeof LEVELS;

function isLogLevel(value: string | undefined): value is LogLevel {
  return value !== undefined && Object.hasOwn(LEVELS, value);
}

/** POWERTOOLS_LOG_LEVEL (the name the stack and tools already use) or LOG_LEVEL; INFO otherwise. */
function levelFromEnv(env: NodeJS.ProcessEnv): LogLevel {
  const level = (env.POWERTOOLS_LOG_LEVEL || env.LOG_LEVEL)?.toUpperCase();
  return isLogLevel(level) ? level : 'INFO';
}

/**
 * One JSON object per line on stdout, in the shape Powertools' Logger writes (`level`,
 * `message`, `timestamp`, `service`, then the given attributes), which Lambda's JSON log
 * format keeps as it is. A few lines of our own instead of Powertools: its Logger costs
 * about twice the bare skill's whole module init (docs/performance.md).
 */
export class JsonLogger {
  private threshold: number;

  constructor(
    private readonly service: string,
    level: LogLevel = levelFromEnv(process.env),
  ) {
    this.threshold = LEVELS[level];
  }

  setLogLevel(level: LogLevel): void {
    this.threshold = LEVELS[level];
  }

  debug(message: string, attributes?: Record<string, unknown>): void {
    this.write('DEBUG', message, attributes);
  }

  info(message: string, attributes?: Record<string, unknown>): void {
    this.write('INFO', message, attributes);
  }

  warn(message: string, attributes?: Record<string, unknown>): void {
    this.write('WARN', message, attributes);
  }

  error(message: string, attributes?: Record<string, unknown>): void {
    this.write('ERROR', message, attributes);
  }

  private write(level: Exclude<LogLevel, 'SILENT'>, message: string, attributes: Record<string, unknown> | undefined): void {
    if (LEVELS[level] < this.threshold) return;
    const trace = process.env._X_AMZN_TRACE_ID?.match(/Root=([^;]+)/)?.[1];
    const line = { level, message, timestamp: new Date().toISOString(), service: this.service, ...(trace ? { xray_trace_id: trace } : {}) };
    let text: string;
    try {
      text = JSON.stringify({ ...line, ...attributes });
    } catch {
      // A log line must never fail the request: attributes that cannot be written are left out.
      text = JSON.stringify(line);
    }
    process.stdout.write(`${text}\n`);
  }
}

/**
 * Structured JSON logs (level from POWERTOOLS_LOG_LEVEL). Only request types, intent names,
 * locales, timings and error names are logged: never a userId, deviceId, utterance or slot
 * value.
 */
export const log = new JsonLogger('muscle-relaxation');
