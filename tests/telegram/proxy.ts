import { createServer, request, type Server } from 'node:http';
import { freePort } from './emulator.js';

/** What the proxy does with one Bot API call: pass it on, answer it itself, or drop the connection. */
export type Fault = 'pass' | 'drop' | { status: number; body: Record<string, unknown> };

/**
 * A Bot API proxy in front of the emulator that injects faults: `rule` is
 * asked for every call, with the method and how many calls of that method came before.
 */
export async function startFaultProxy(target: string, rule: (method: string, seen: number) => Fault): Promise<{ url: string; server: Server }> {
  const seen = new Map<string, number>();
  const server = createServer((req, res) => {
    const method = (req.url ?? '').split('/').pop() ?? '';
    const n = seen.get(method) ?? 0;
    seen.set(method, n + 1);
    const fault = rule(method, n);
    if (fault === 'drop') {
      req.socket.destroy();
      return;
    }
    if (fault !== 'pass') {
      req.resume();
      res.writeHead(fault.status, { 'content-type': 'application/json' }).end(JSON.stringify(fault.body));
      return;
    }
    const upstream = request(`${target}${req.url ?? ''}`, { method: req.method, headers: req.headers }, (up) => {
      res.writeHead(up.statusCode ?? 502, up.headers);
      up.pipe(res);
    });
    upstream.on('error', () => res.writeHead(502).end());
    req.pipe(upstream);
  });
  const port = await freePort();
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${port}`, server };
}
