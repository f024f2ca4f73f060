/**
 * `npm run serve`: the skill as a self-hosted endpoint. Alexa requires HTTPS on port 443
 * with a trusted certificate: give SERVE_TLS_CERT and SERVE_TLS_KEY (PEM files) to serve
 * HTTPS directly, or run plain HTTP behind a TLS-terminating proxy.
 */
import { readFileSync } from 'node:fs';
import { createServer as createHttpServer } from 'node:http';
import { createServer as createHttpsServer } from 'node:https';
import { readConfig } from '../config';
import { log } from '../log';
import { createHttpTable } from '../persistence/httpTable';
import { DynamoPersistenceAdapter } from '../persistence/DynamoPersistenceAdapter';
import { createSkill } from '../skill';
import { createApp } from './createApp';
import { applyTimeouts } from './timeouts';

const config = readConfig();
if (!config.skillId) log.warn('SKILL_ID is not set: requests for any skill will be served');
const persistence = new DynamoPersistenceAdapter({ table: () => createHttpTable(config), createTable: config.createTable });
const app = createApp(createSkill({ config, persistence }));

const { SERVE_TLS_CERT: cert, SERVE_TLS_KEY: key } = process.env;
const port = Number(process.env.PORT ?? (cert ? 443 : 3000));
const server = applyTimeouts(cert && key ? createHttpsServer({ cert: readFileSync(cert), key: readFileSync(key) }, app) : createHttpServer(app));
server.listen(port, () => log.info('serving', { port, https: Boolean(cert && key) }));
