import { createServer, type IncomingHttpHeaders, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';

/** Every way a DynamoDB endpoint (or a proxy in front of it) can answer badly. */
export const FAULTS = [
  'garbage200',
  'html502',
  'truncatedJson',
  'shortBody',
  'reset',
  'serverError',
  'unavailable',
  'provisionedThroughputExceeded',
  'throttling',
  'slow',
  'silent',
] as const;
export type Fault = (typeof FAULTS)[number];

/** How long `slow` waits before a valid answer: well past any client deadline. */
export const SLOW_MS = 2500;

const AMZ_JSON = 'application/x-amz-json-1.0';

function awsError(res: ServerResponse, status: number, type: string, message: string): void {
  res.writeHead(status, { 'content-type': AMZ_JSON });
  res.end(JSON.stringify({ __type: `com.amazonaws.dynamodb.v20120810#${type}`, message }));
}

function answer(fault: Fault, res: ServerResponse, socket: Socket): void {
  switch (fault) {
    case 'garbage200':
      res.writeHead(200, { 'content-type': AMZ_JSON });
      res.end('{not json');
      return;
    case 'html502':
      // A load balancer's error page, labelled as JSON.
      res.writeHead(502, { 'content-type': 'application/json' });
      res.end('<html><head><title>502 Bad Gateway</title></head><body><h1>502 Bad Gateway</h1></body></html>');
      return;
    case 'truncatedJson':
      res.writeHead(200, { 'content-type': AMZ_JSON });
      res.end('{"Item":{"id":{"S":"abc"},"welcomed":{"BO');
      return;
    case 'shortBody':
      // Promises more bytes than it sends, then hangs up.
      res.writeHead(200, { 'content-type': AMZ_JSON, 'content-length': '400' });
      res.write('{"Item":{"id":');
      setTimeout(() => socket.destroy(), 20);
      return;
    case 'reset':
      socket.resetAndDestroy();
      return;
    case 'serverError':
      awsError(res, 500, 'InternalServerError', 'Internal server error');
      return;
    case 'unavailable':
      res.writeHead(503, { 'content-type': 'text/plain' });
      res.end('Service Unavailable');
      return;
    case 'provisionedThroughputExceeded':
      awsError(res, 400, 'ProvisionedThroughputExceededException', 'The level of configured provisioned throughput was exceeded');
      return;
    case 'throttling':
      awsError(res, 400, 'ThrottlingException', 'Rate of requests exceeds the allowed throughput');
      return;
    case 'slow':
      setTimeout(() => {
        if (res.destroyed) return;
        res.writeHead(200, { 'content-type': AMZ_JSON });
        res.end('{}'); // a valid answer to any of the skill's calls (GetItem: no item)
      }, SLOW_MS);
      return;
    case 'silent':
      return;
  }
}

export interface FakeDynamo {
  readonly endpoint: string;
  /** The fault every request meets from now on. */
  fault: Fault;
  /** Requests received so far. */
  readonly requests: () => number;
  /** The last request as received: headers and body, to check what the client signed. */
  readonly last: () => { headers: IncomingHttpHeaders; body: string } | undefined;
  close(): Promise<void>;
}

/** A DynamoDB stand-in on 127.0.0.1 that answers every request with its current fault. */
export async function startFakeDynamo(initial: Fault = 'silent'): Promise<FakeDynamo> {
  let requests = 0;
  let last: { headers: IncomingHttpHeaders; body: string } | undefined;
  const sockets = new Set<Socket>();
  const server = createServer((req, res) => {
    requests += 1;
    const { fault } = fake;
    // Read the whole request first, as a real server does, then misbehave.
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      last = { headers: req.headers, body: Buffer.concat(chunks).toString('utf8') };
      answer(fault, res, req.socket);
    });
  });
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const fake: FakeDynamo = {
    endpoint: `http://127.0.0.1:${port}`,
    fault: initial,
    requests: () => requests,
    last: () => last,
    close: () =>
      new Promise<void>((resolve) => {
        sockets.forEach((socket) => socket.destroy());
        server.close(() => resolve());
      }),
  };
  return fake;
}
