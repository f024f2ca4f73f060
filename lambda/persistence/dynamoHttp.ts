import type * as Http from 'node:http';
import type { Agent as HttpAgent, IncomingMessage } from 'node:http';
import { sign } from 'aws4';

/**
 * DynamoDB's JSON-over-HTTP protocol, signed with SigV4 (the `aws4` package). Every way an
 * answer can go wrong (reset, timeout, HTML error page, a body that is not JSON or stops
 * half-way) ends in a rejected promise: nothing here can throw outside one. Budget: an
 * attempt gets ATTEMPT_MS, the whole call (one retry included) DEADLINE_MS, so a launch
 * whose read fails still answers within about a second (docs/operations.md).
 */
export const DYNAMO_HTTP_LIMITS = { attemptMs: 400, deadlineMs: 900, attempts: 2, backoffMs: 40 } as const;

export interface AwsCredentials {
  readonly accessKeyId: string;
  readonly secretAccessKey: string;
  readonly sessionToken?: string;
}

export interface DynamoHttpOptions {
  /** `https://dynamodb.<region>.amazonaws.com` unless given (dynalite, DynamoDB Local). */
  readonly endpoint?: string;
  readonly region: string;
  readonly credentials: AwsCredentials;
}

/** A failed call, named as DynamoDB names it (`ConditionalCheckFailedException`, ...) where it said. */
export class DynamoCallError extends Error {
  constructor(
    override readonly name: string,
    message: string,
    /** Worth one more attempt: the network, a timeout, throttling or a server-side error. */
    readonly retryable: boolean,
    readonly status?: number,
  ) {
    super(message);
  }
}

/** DynamoDB's own errors that go away when asked again a moment later. */
const RETRYABLE_TYPES = new Set([
  'ProvisionedThroughputExceededException',
  'ThrottlingException',
  'RequestLimitExceeded',
  'InternalServerError',
  'ServiceUnavailable',
  'TransactionConflictException',
]);

type Json = Record<string, unknown>;

function isJsonObject(value: unknown): value is Json {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

/** The error an answer other than 200 stands for; a body that is not DynamoDB's JSON still gets one. */
function errorFor(status: number, body: string): DynamoCallError {
  const parsed = parseJson(body);
  const rawType = isJsonObject(parsed) && typeof parsed.__type === 'string' ? parsed.__type : undefined;
  const type = rawType?.slice(rawType.lastIndexOf('#') + 1);
  const message = isJsonObject(parsed) ? (parsed.message ?? parsed.Message) : undefined;
  const retryable = status >= 500 || (type !== undefined && RETRYABLE_TYPES.has(type));
  if (type) return new DynamoCallError(type, typeof message === 'string' ? message.slice(0, 200) : type, retryable, status);
  return new DynamoCallError(status >= 500 ? 'DynamoServerError' : 'DynamoHttpError', `HTTP ${status} without a DynamoDB error body`, retryable, status);
}

/** The answer to a 200: a JSON object, or a MalformedResponse error. */
function resultOf(body: string): Json | DynamoCallError {
  const parsed = parseJson(body);
  if (isJsonObject(parsed)) return parsed;
  return new DynamoCallError('MalformedResponse', `answer of ${body.length} bytes is not a JSON object`, false, 200);
}

const MAX_BODY_BYTES = 1024 * 1024; // an item is at most 400 KB

/** What both `node:http` and `node:https` offer that is used here. */
type Transport = Pick<typeof Http, 'Agent' | 'request'>;

/**
 * Only the module the endpoint needs: `node:https` (and TLS) costs a cold start some ms more
 * than `node:http`, and a local endpoint (dynalite) never needs it (docs/performance.md).
 */
function transportFor(url: URL): Transport {
  /* eslint-disable @typescript-eslint/no-require-imports -- loaded on first use on purpose */
  return url.protocol === 'http:' ? (require('node:http') as Transport) : (require('node:https') as Transport);
  /* eslint-enable @typescript-eslint/no-require-imports */
}

/** Sends signed requests to one DynamoDB endpoint over kept-alive connections (one agent, made once). */
export class DynamoHttp {
  private readonly url: URL;
  private readonly agent: HttpAgent;
  private readonly send: Transport['request'];

  constructor(private readonly options: DynamoHttpOptions) {
    this.url = new URL(options.endpoint ?? `https://dynamodb.${options.region}.amazonaws.com`);
    const transport = transportFor(this.url);
    this.agent = new transport.Agent({ keepAlive: true });
    this.send = transport.request;
  }

  /** One DynamoDB operation (`GetItem`, ...), retried once when that can help, within the deadline. */
  async call(operation: string, params: Json): Promise<Json> {
    const body = JSON.stringify(params);
    const deadline = Date.now() + DYNAMO_HTTP_LIMITS.deadlineMs;
    let failure: DynamoCallError | undefined;
    for (let attempt = 1; attempt <= DYNAMO_HTTP_LIMITS.attempts; attempt++) {
      if (attempt > 1) await new Promise((resolve) => setTimeout(resolve, DYNAMO_HTTP_LIMITS.backoffMs * (0.5 + Math.random())));
      const left = deadline - Date.now();
      if (left <= 0) break;
      const result = await this.attempt(operation, body, Math.min(DYNAMO_HTTP_LIMITS.attemptMs, left));
      if (!(result instanceof DynamoCallError)) return result;
      failure = result;
      if (!result.retryable) break;
    }
    throw failure ?? new DynamoCallError('TimeoutError', `${operation} ran out of time`, true);
  }

  /** One HTTP exchange; resolves with the result or the error, never rejects, never throws. */
  private attempt(operation: string, body: string, timeoutMs: number): Promise<Json | DynamoCallError> {
    return new Promise((resolve) => {
      let settled = false;
      let timer: NodeJS.Timeout | undefined;
      const finish = (outcome: Json | DynamoCallError) => {
        if (settled) return;
        settled = true;
        clearTimeout(timer);
        resolve(outcome);
      };
      const fail = (name: string, message: string) => finish(new DynamoCallError(name, `${operation}: ${message}`, true));
      try {
        const signed = sign(
          {
            host: this.url.host,
            path: this.url.pathname,
            method: 'POST',
            service: 'dynamodb',
            region: this.options.region,
            headers: { 'content-type': 'application/x-amz-json-1.0', 'x-amz-target': `DynamoDB_20120810.${operation}` },
            body,
          },
          this.options.credentials,
        );
        const request = this.send({
          protocol: this.url.protocol,
          hostname: this.url.hostname,
          port: this.url.port || undefined,
          path: this.url.pathname,
          method: 'POST',
          headers: signed.headers as Record<string, string>,
          agent: this.agent,
        });
        timer = setTimeout(() => {
          fail('TimeoutError', `no answer within ${timeoutMs} ms`);
          request.destroy();
        }, timeoutMs);
        request.on('error', (error) => fail('NetworkError', error.message));
        request.on('response', (response) => this.read(response, finish, fail));
        request.end(body);
      } catch (error) {
        fail('RequestError', error instanceof Error ? error.message : 'request could not be made');
      }
    });
  }

  private read(response: IncomingMessage, finish: (outcome: Json | DynamoCallError) => void, fail: (name: string, message: string) => void): void {
    const chunks: Buffer[] = [];
    let bytes = 0;
    response.on('data', (chunk: Buffer) => {
      bytes += chunk.length;
      if (bytes > MAX_BODY_BYTES) {
        fail('MalformedResponse', 'answer too large');
        response.destroy();
        return;
      }
      chunks.push(chunk);
    });
    response.on('error', (error) => fail('NetworkError', error.message));
    // A connection closed before the whole answer came (no 'end'): settles as a network error.
    response.on('close', () => {
      if (!response.complete) fail('NetworkError', 'connection closed mid-answer');
    });
    response.on('end', () => {
      // Guarded: a throw in this listener would be uncaught and end the process.
      try {
        if (!response.complete) {
          fail('NetworkError', 'answer cut short');
          return;
        }
        const text = Buffer.concat(chunks).toString('utf8');
        finish(response.statusCode === 200 ? resultOf(text) : errorFor(response.statusCode ?? 0, text));
      } catch (error) {
        fail('MalformedResponse', error instanceof Error ? error.message : 'answer could not be read');
      }
    });
  }
}
