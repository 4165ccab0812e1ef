import { parentPort, workerData } from 'node:worker_threads';
import { scanOne, type ScanContext, type ScanJob } from './scan-one.ts';

// A worker of the scan pool: scans the batches it is sent, with the context it was started with.
const ctx = workerData as ScanContext;
parentPort!.on('message', (jobs: ScanJob[]) => {
  parentPort!.postMessage(jobs.map((job) => scanOne(job, ctx)));
});
