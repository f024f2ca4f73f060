/**
 * Imported first by main.ts, before any lambda module: the logger and the clients read the
 * environment when they are created. Per-request INFO logs would print thousands of lines
 * and are switched off; warnings and errors still show.
 */
process.env.POWERTOOLS_LOG_LEVEL = 'WARN';
// The warm runs in this process would print a metrics line per request; cold starts get them back (coldStart.ts).
process.env.POWERTOOLS_METRICS_DISABLED = 'true';
process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED = 'true'; // local Node 20; Lambda runs 22
process.env.SKILL_CREATE_TABLE = 'true';
process.env.SKILL_TABLE_NAME = 'bench-table';
// Local dynalite only: no real credentials, so the clients use dummy ones and region `local`.
delete process.env.AWS_ACCESS_KEY_ID;
delete process.env.AWS_PROFILE;
delete process.env.SKILL_ID;

export {};
