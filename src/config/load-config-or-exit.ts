import { loadConfig, type AppConfig } from './app-config.js';
import { loadDotEnv } from './load-dot-env.js';

/** For process entry points: a bad value ends the process with one clear line. */
export function loadConfigOrExit(): AppConfig {
  loadDotEnv();
  try {
    return loadConfig(process.env);
  } catch (error) {
    process.stderr.write(`${(error as Error).message}\n`);
    process.exit(1);
  }
}
