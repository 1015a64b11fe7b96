/**
 * A Lua script that counts one event in a fixed window and makes sure the counter expires, in one
 * atomic step: a counter left without expiry (by a crash between two calls) would block for good.
 * KEYS[1] is the counter (so the client's key prefix applies), ARGV[1] the window in seconds.
 * Returns the count and the seconds until the window ends. Used by the login limits and the
 * public API's rate limit.
 */
export const COUNT_IN_FIXED_WINDOW = `
local count = redis.call('INCR', KEYS[1])
local ttl = redis.call('TTL', KEYS[1])
if ttl < 0 then
  ttl = tonumber(ARGV[1])
  redis.call('EXPIRE', KEYS[1], ttl)
end
return {count, ttl}`;
