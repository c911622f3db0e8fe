import Fastify from 'fastify';

// The baseline: bare Fastify 5, no plugins, answering what /api/health answers.
const app = Fastify({ logger: false });
app.get('/api/health', async () => ({ status: 'ok', version: '0.0.0', uptime: process.uptime() }));
await app.listen({ host: '127.0.0.1', port: Number(process.env.PORT) });
process.on('SIGTERM', () => void app.close().then(() => process.exit(0)));
