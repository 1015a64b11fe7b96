// Preloaded (node --import) into a process profiled with --cpu-prof: Node writes the profile only
// on a normal exit, and Nest's shutdown hooks end the process by re-raising SIGTERM, so the bench
// asks a profiled process to stop with SIGUSR2 instead.
process.on('SIGUSR2', () => process.exit(0));
