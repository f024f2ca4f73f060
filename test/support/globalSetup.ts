import type { AddressInfo } from 'node:net';
import dynalite from 'dynalite';

/** One real DynamoDB API server (dynalite, in memory) on 127.0.0.1 for every suite. */
export default async function globalSetup(): Promise<void> {
  const server = dynalite({ createTableMs: 0, deleteTableMs: 0, updateTableMs: 0 });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  process.env.AWS_ENDPOINT_URL_DYNAMODB = `http://127.0.0.1:${port}`;
  process.env.SKILL_CREATE_TABLE = 'true';
  process.env.SKILL_TABLE_NAME = 'muscle-relaxation-test';
  process.env.POWERTOOLS_METRICS_DISABLED ??= 'true'; // test/metrics.test.ts turns them on where it looks
  process.env.POWERTOOLS_LOG_LEVEL ??= 'SILENT'; // test/logging.test.ts turns it on where it looks
  process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED = 'true'; // local Node 20; Lambda runs 22
  delete process.env.AWS_ACCESS_KEY_ID;
  delete process.env.AWS_PROFILE;
  delete process.env.SKILL_ID;
  (globalThis as { dynaliteServer?: typeof server }).dynaliteServer = server;
}
