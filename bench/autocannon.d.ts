// Minimal typings for the part of autocannon's programmatic API the benchmarks
// use. autocannon ships no types and @types/autocannon is not a dependency.
declare module 'autocannon' {
  namespace autocannon {
    interface Options {
      url: string;
      connections?: number;
      /** Seconds. */
      duration?: number;
      pipelining?: number;
      /** Seconds. */
      timeout?: number;
      method?: string;
      headers?: Record<string, string>;
      title?: string;
      expectBody?: string;
      bailout?: number;
      body?: string;
      /** Sent in turn by every connection, over and over. */
      requests?: Request[];
    }

    interface RawRequest {
      method?: string;
      path?: string;
      headers?: Record<string, string>;
      body?: string;
    }

    interface Request extends RawRequest {
      /** Called before each send; returns the request to send. */
      setupRequest?: (request: RawRequest, context: Record<string, unknown>) => RawRequest;
      onResponse?: (status: number, body: string, context: Record<string, unknown>, headers: Record<string, string>) => void;
    }

    interface Histogram {
      /** For `requests`: completed requests; for `throughput`: bytes received. */
      total: number;
      min: number;
      max: number;
      average: number;
      mean: number;
      stddev: number;
      p50: number;
      p90: number;
      p97_5: number;
      p99: number;
      p99_9: number;
    }

    interface Result {
      title?: string;
      url: string;
      /** Requests per second, one sample per second. */
      requests: Histogram & { sent: number };
      /** Milliseconds. */
      latency: Histogram;
      /** Bytes per second. */
      throughput: Histogram;
      /** Seconds. */
      duration: number;
      errors: number;
      timeouts: number;
      mismatches: number;
      non2xx: number;
      '2xx': number;
      connections: number;
      pipelining: number;
      samples: number;
    }

    interface Instance extends PromiseLike<Result> {
      stop(): void;
      /** `responseTime` is in milliseconds, measured with process.hrtime(). */
      on(
        event: 'response',
        listener: (client: unknown, statusCode: number, resBytes: number, responseTime: number) => void,
      ): this;
      on(event: string, listener: (...args: unknown[]) => void): this;
    }
  }

  function autocannon(opts: autocannon.Options): autocannon.Instance;

  export = autocannon;
}
