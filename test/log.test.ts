import { JsonLogger } from '../lambda/log';

let lines: string[];
let write: jest.SpyInstance;
beforeEach(() => {
  lines = [];
  write = jest.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
    lines.push(String(chunk));
    return true;
  });
});
afterEach(() => write.mockRestore());

test('a line is one JSON object with level, message, timestamp, service and the attributes given', () => {
  new JsonLogger('svc', 'INFO').warn('read failed', { error: 'TimeoutError' });
  expect(lines).toHaveLength(1);
  expect(lines[0]?.endsWith('\n')).toBe(true);
  const line = JSON.parse(lines[0] ?? '') as Record<string, unknown>;
  expect(line).toMatchObject({ level: 'WARN', message: 'read failed', service: 'svc', error: 'TimeoutError' });
  expect(new Date(String(line.timestamp)).toISOString()).toBe(line.timestamp);
});

test('lines below the level are not written, and the level can be changed', () => {
  const logger = new JsonLogger('svc', 'WARN');
  logger.info('turn');
  logger.debug('request');
  expect(lines).toHaveLength(0);
  logger.setLogLevel('DEBUG');
  logger.debug('request');
  logger.setLogLevel('SILENT');
  logger.error('handler failed');
  expect(lines.map((l) => (JSON.parse(l) as { message: string }).message)).toEqual(['request']);
});

test('attributes that cannot be written as JSON leave the line without them, never a throw', () => {
  const circular: Record<string, unknown> = {};
  circular.self = circular;
  expect(() => new JsonLogger('svc', 'INFO').info('turn', { circular, count: 1n })).not.toThrow();
  expect(JSON.parse(lines[0] ?? '')).toMatchObject({ level: 'INFO', message: 'turn' });
});

test('the level comes from POWERTOOLS_LOG_LEVEL, then LOG_LEVEL, else INFO', () => {
  const saved = { ...process.env };
  try {
    process.env.POWERTOOLS_LOG_LEVEL = '';
    process.env.LOG_LEVEL = 'error';
    new JsonLogger('svc').warn('hidden');
    delete process.env.LOG_LEVEL;
    new JsonLogger('svc').info('shown');
  } finally {
    process.env = saved;
  }
  expect(lines.map((l) => (JSON.parse(l) as { message: string }).message)).toEqual(['shown']);
});
