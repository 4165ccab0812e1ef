export async function startJob(jobId: string) {
  // A separate invocation, with its own timeout.
  await fetch(`${process.env.APP_URL}/api/process`, { method: 'POST', body: JSON.stringify({ jobId }) });
}
