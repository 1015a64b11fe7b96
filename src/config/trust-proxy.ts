import { isIP } from 'node:net';
import { registerDecorator, type ValidationArguments } from 'class-validator';

/**
 * Express' `trust proxy`: which peers may say, in X-Forwarded-For, which client they pass on
 * (the IP the login limits count). `false` trusts none, so no client can choose its own IP.
 */
export type TrustProxy = false | number | string[];

/** The names Express (proxy-addr) knows for ranges of addresses. */
const RANGE_NAMES = ['loopback', 'linklocal', 'uniquelocal'];

/**
 * class-transformer: `TRUST_PROXY=2` (hops), `loopback`, `10.0.0.0/8, 192.168.1.5`; `false` or
 * `0` for none. A value that is none of these is passed on as it is, for IsTrustProxy to refuse.
 */
export function toTrustProxy({ value }: { value: unknown }): unknown {
  if (typeof value !== 'string') return value;
  const trimmed = value.trim().toLowerCase();
  if (trimmed === 'false' || trimmed === '0') return false;
  if (/^\d+$/.test(trimmed)) return Number(trimmed);
  const entries = trimmed.split(',').map((entry) => entry.trim());
  return entries.every(isProxyAddress) ? entries : value;
}

function isProxyAddress(entry: string): boolean {
  if (RANGE_NAMES.includes(entry)) return true;
  const [address, bits, ...rest] = entry.split('/');
  const version = isIP(address);
  if (version === 0 || rest.length > 0) return false;
  if (bits === undefined) return true;
  return /^\d{1,3}$/.test(bits) && Number(bits) <= (version === 4 ? 32 : 128);
}

/** class-validator rule for the transformed value. */
export function IsTrustProxy(): PropertyDecorator {
  return (target, propertyName) => {
    registerDecorator({
      name: 'isTrustProxy',
      target: target.constructor,
      propertyName: propertyName as string,
      validator: {
        validate: (value: unknown) =>
          value === false || (typeof value === 'number' && Number.isInteger(value)) || Array.isArray(value),
        defaultMessage: (args?: ValidationArguments) =>
          `${args?.property} must be a number of proxy hops, or a comma-separated list of proxy addresses, ` +
          `subnets (CIDR) and ${RANGE_NAMES.join(', ')}; "true" (trust every address) is not accepted`,
      },
    });
  };
}
