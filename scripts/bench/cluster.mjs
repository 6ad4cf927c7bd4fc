#!/usr/bin/env node
// The load balancer of scripts/bench/scale-out.mjs: Node's cluster module. This primary forks
// GT_CLUSTER_WORKERS server processes (`apps/server/dist/main.js serve`, with the environment it was
// given, PORT included); they all listen on that one port, and the primary accepts each connection and
// hands it to the next worker in turn (round-robin, Node's default on Linux). It passes connections,
// not requests: once handed over, a keep-alive connection's bytes go straight to its worker. It prints
// "cluster ready <pids> <url>" once every worker listens, stops them on SIGTERM, and stops (exit 1) if
// one of them stops.
import cluster from 'node:cluster';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { SERVER_NODE_FLAGS } from '../server-node-flags.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const workers = Number(process.env.GT_CLUSTER_WORKERS ?? 2);
cluster.setupPrimary({ exec: path.join(root, 'apps/server/dist/main.js'), args: ['serve'], execArgv: SERVER_NODE_FLAGS });

let stopping = false;
let listening = 0;
const forked = Array.from({ length: workers }, () => cluster.fork());
cluster.on('listening', (_worker, address) => {
  listening += 1;
  if (listening === workers) {
    const pids = forked.map((w) => w.process.pid).join(',');
    console.log(`cluster ready ${pids} http://${address.address ?? '127.0.0.1'}:${address.port}/graphql`);
  }
});
cluster.on('exit', (worker, code, signal) => {
  if (stopping) return;
  console.error(`cluster: worker ${worker.process.pid} stopped (${signal ?? `exit ${code}`})`);
  stopping = true;
  for (const w of forked) w.process.kill('SIGTERM');
  process.exit(1);
});
process.once('SIGTERM', () => {
  stopping = true;
  for (const w of forked) w.process.kill('SIGTERM');
  setTimeout(() => process.exit(0), 200).unref();
  cluster.disconnect(() => process.exit(0));
});
