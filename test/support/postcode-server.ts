/**
 * A stand-in for postcodes.io on loopback, answering the two requests Roster makes from a
 * small table: /postcodes/{postcode} (one place or a 404) and /postcodes?q= (up to ten). Tests
 * point ROSTER_POSTCODE_LOOKUP_URL at it; `stop()` makes the service "down".
 */
import { createServer, type Server } from 'node:http';

const PLACES = [
  {
    postcode: 'LS1 4AP',
    admin_ward: 'Little London & Woodhouse',
    admin_district: 'Leeds',
    admin_county: null,
    region: 'Yorkshire and The Humber',
  },
  {
    postcode: 'LS1 4BR',
    admin_ward: 'Hunslet & Riverside',
    admin_district: 'Leeds',
    admin_county: null,
    region: 'Yorkshire and The Humber',
  },
  {
    postcode: 'B98 7YT',
    admin_ward: 'Headless Cross and Oakenshaw',
    admin_district: 'Redditch',
    admin_county: 'Worcestershire',
    region: 'West Midlands',
  },
];

const compact = (s: string) => s.replace(/\s+/g, '').toUpperCase();

export interface PostcodeServer {
  url: string;
  /** Requests seen, as paths. */
  requests: string[];
  stop(): Promise<void>;
}

export async function startPostcodeServer(
  options: { port?: number } = {},
): Promise<PostcodeServer> {
  const requests: string[] = [];
  const server: Server = createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://stand-in');
    requests.push(url.pathname + url.search);
    const send = (status: number, body: unknown) => {
      response.writeHead(status, { 'content-type': 'application/json' });
      response.end(JSON.stringify(body));
    };
    const one = /^\/postcodes\/([^/]+)$/.exec(url.pathname);
    if (one) {
      const wanted = compact(decodeURIComponent(one[1] ?? ''));
      const place = PLACES.find((p) => compact(p.postcode) === wanted);
      return place
        ? send(200, { status: 200, result: place })
        : send(404, { status: 404, error: 'Postcode not found' });
    }
    if (url.pathname === '/postcodes') {
      const q = compact(url.searchParams.get('q') ?? '');
      const found = PLACES.filter((p) => compact(p.postcode).startsWith(q));
      return send(200, { status: 200, result: found.length ? found : null });
    }
    send(404, { status: 404, error: 'Resource not found' });
  });
  await new Promise<void>((resolve) => server.listen(options.port ?? 0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    stop: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
