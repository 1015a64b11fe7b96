import { generate } from 'otplib';
import { DEMO_TOTP_SECRET } from '../seed/demo-users.js';

/**
 * `npm run demo-code`: the current code of the published demo authenticator key, for trying the
 * demo's staff accounts without an authenticator app. Demo data only: real accounts each have
 * their own secret, shown once at enrolment.
 */
const code = await generate({ secret: DEMO_TOTP_SECRET });
const secondsLeft = 30 - (Math.floor(Date.now() / 1000) % 30);
process.stdout.write(`${code}  (nog ${secondsLeft} s geldig / valid for ${secondsLeft} more seconds)\n`);
