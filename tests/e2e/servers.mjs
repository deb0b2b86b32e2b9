// The real web servers of deploy/ (nginx, Caddy, Apache httpd), started on
// loopback from the shipped files, each in a temporary folder of its own
// with a free port, no root needed (run as root, as in CI here, the
// servers' workers run as root too, for nginx, or as nobody, for Apache),
// serving dist/ at `prefix` (`/` or a sub-path). And the journeys they all
// pass (tests/e2e/deploy-nginx.test.mjs, deploy-caddy, deploy-apache).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, execFileSync } from 'node:child_process';
import { chmodSync, cpSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import http from 'node:http';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { launch, watch, assertClean, serve, DIST, ROOT } from './harness.mjs';
import { readWorker } from '../../scripts/precache.mjs';

const DEPLOY = path.join(ROOT, 'deploy');
const root = process.getuid?.() === 0;

/** A free port on loopback. */
function freePort() {
  return new Promise((ok, fail) => {
    const s = net.createServer();
    s.on('error', fail);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address();
      s.close(() => ok(port));
    });
  });
}

/** The binary of a server, or a failure that says how to install it. */
function binary(name, candidates) {
  const found = candidates.find((c) => existsSync(c));
  if (!found) {
    assert.fail(`${name} is not installed (${candidates.join(', ')}): scripts/setup.sh installs it (make setup)`);
  }
  return found;
}

const CONFIGS = {
  nginx: (dir, port, prefix, dist) => {
    const brotli = '/usr/lib/nginx/modules/ngx_http_brotli_static_module.so';
    if (!existsSync(brotli)) assert.fail(`${brotli} is missing: scripts/setup.sh installs libnginx-mod-http-brotli-static`);
    const location = prefix === '/'
      ? `location / {\n root ${dist};\n include ${DEPLOY}/nginx/opbouwwerk.conf;\n }`
      : `location = ${prefix.slice(0, -1)} {\n return 301 ${prefix}$is_args$args;\n }\n location ${prefix} {\n alias ${dist}/;\n include ${DEPLOY}/nginx/opbouwwerk.conf;\n }`;
    writeFileSync(path.join(dir, 'nginx.conf'), `load_module ${brotli};
${root ? 'user root;' : ''}
worker_processes 1;
pid ${dir}/nginx.pid;
error_log ${dir}/error.log;
events {}
http {
  access_log off;
  client_body_temp_path ${dir}/body; proxy_temp_path ${dir}/proxy; fastcgi_temp_path ${dir}/fastcgi;
  uwsgi_temp_path ${dir}/uwsgi; scgi_temp_path ${dir}/scgi;
  include ${DEPLOY}/nginx/opbouwwerk-http.conf;
  server {
    listen 127.0.0.1:${port};
    ${location}
  }
}
`);
    return [binary('nginx', ['/usr/sbin/nginx']), ['-p', dir, '-c', path.join(dir, 'nginx.conf'), '-g', 'daemon off;']];
  },
  caddy: (dir, port, prefix, dist) => {
    const inner = `root * ${dist}\n import ${DEPLOY}/caddy/opbouwwerk.caddy`;
    const site = prefix === '/'
      ? inner
      : `redir ${prefix.slice(0, -1)} ${prefix} 308\n handle_path ${prefix}* {\n ${inner}\n }`;
    writeFileSync(path.join(dir, 'Caddyfile'), `{
  admin off
  auto_https off
  storage file_system ${dir}/data
}
http://127.0.0.1:${port} {
 ${site}
}
`);
    return [binary('caddy', ['/usr/bin/caddy']), ['run', '--config', path.join(dir, 'Caddyfile'), '--adapter', 'caddyfile']];
  },
  apache: (dir, port, prefix, dist) => {
    const modules = '/usr/lib/apache2/modules';
    const load = ['mpm_event', 'authz_core', 'dir', 'mime', 'rewrite', 'headers', 'alias', 'env']
      .map((m) => `LoadModule ${m}_module ${modules}/mod_${m}.so`).join('\n');
    writeFileSync(path.join(dir, 'httpd.conf'), `${load}
ServerName 127.0.0.1
Listen 127.0.0.1:${port}
PidFile ${dir}/httpd.pid
DefaultRuntimeDir ${dir}
ErrorLog ${dir}/error.log
LogLevel warn
TypesConfig /etc/mime.types
${root ? 'User nobody\nGroup nogroup' : ''}
DocumentRoot ${prefix === '/' ? dist : dir}
${prefix === '/' ? '' : `Alias ${prefix.slice(0, -1)} ${dist}`}
<Directory ${dist}>
  Require all granted
  AllowOverride None
  Include ${DEPLOY}/apache/opbouwwerk.conf
</Directory>
`);
    return [binary('apache2', ['/usr/sbin/apache2']), ['-f', path.join(dir, 'httpd.conf'), '-DFOREGROUND']];
  },
};

/**
 * Starts server `kind` serving `dist` (dist/) under `prefix`; resolves once
 * it answers. { origin, url, close, log }. scripts/bench.mjs uses it too.
 */
export async function startServer(kind, prefix = '/', dist = DIST) {
  // The free port may be taken by another process between our look and the
  // server's bind: then once more, on another.
  for (let attempt = 1; ; attempt++) {
    try {
      return await startOnce(kind, prefix, dist);
    } catch (e) {
      if (attempt === 3 || !/address already in use|could not bind|make_sock/i.test(e.message)) throw e;
    }
  }
}

async function startOnce(kind, prefix, dist) {
  const dir = mkdtempSync(path.join(os.tmpdir(), `deploy-${kind}-`));
  const port = await freePort();
  // Apache's workers never run as root: started by root, they are nobody,
  // who may not read a checkout under a private home. They serve a copy.
  if (kind === 'apache' && root) {
    chmodSync(dir, 0o755);
    cpSync(dist, path.join(dir, 'dist'), { recursive: true });
    dist = path.join(dir, 'dist');
  }
  const [bin, args] = CONFIGS[kind](dir, port, prefix, dist);
  const env = { ...process.env, HOME: dir, XDG_DATA_HOME: dir, XDG_CONFIG_HOME: dir };
  const child = spawn(bin, args, { env, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout.on('data', (d) => { output += d; });
  child.stderr.on('data', (d) => { output += d; });
  let exited = null;
  child.on('exit', (code) => { exited = code; });
  const origin = `http://127.0.0.1:${port}`;
  const log = () => `${output}${existsSync(path.join(dir, 'error.log')) ? readFileSync(path.join(dir, 'error.log'), 'utf8') : ''}`;
  // Until it answers (or gives up after 20 s).
  const until = Date.now() + 20_000;
  for (;;) {
    if (exited !== null) {
      const message = `${kind} exited with ${exited}:\n${log()}`;
      rmSync(dir, { recursive: true, force: true });
      throw new Error(message);
    }
    const up = await new Promise((ok) => {
      const req = http.get(`${origin}/`, (res) => { res.resume(); ok(true); });
      req.on('error', () => ok(false));
    });
    if (up) break;
    if (Date.now() > until) {
      child.kill();
      throw new Error(`${kind} did not answer on ${origin}:\n${log()}`);
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  return {
    origin,
    url: origin + prefix,
    log,
    close: async () => {
      if (exited === null) {
        const gone = new Promise((ok) => child.once('exit', ok));
        child.kill('SIGTERM');
        await gone;
      }
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** A GET with these request headers: { status, headers, body (as sent) }. */
export function get(url, headers = {}) {
  return new Promise((ok, fail) => {
    http.get(url, { headers }, (res) => {
      const chunks = [];
      res.on('data', (c) => chunks.push(c));
      res.on('end', () => ok({ status: res.statusCode, headers: res.headers, body: Buffer.concat(chunks) }));
    }).on('error', fail);
  });
}

/** The body as the browser reads it. */
function decoded({ headers, body }) {
  const enc = headers['content-encoding'];
  return enc === 'br' ? brotliDecompressSync(body) : enc === 'gzip' ? gunzipSync(body) : body;
}

const distFile = (re) => readdirSync(DIST).find((f) => re.test(f));

/** The journeys every server of deploy/ passes. */
export function journeys(kind) {
  // The sample addresses and the page a server sends for each, from `pages` (prerender --routes).
  const ROUTES = JSON.parse(execFileSync('cargo', ['run', '--quiet', '--offline', '--bin', 'prerender', '--', '--routes'], { cwd: ROOT, encoding: 'utf8' }));
  // The pages' own policy, as built.
  const META_CSP = readFileSync(path.join(DIST, 'index.html'), 'utf8').match(/http-equiv="Content-Security-Policy" content="([^"]*)"/)[1];
  let browser;
  before(async () => { browser = await launch(); });
  after(async () => { await browser?.close(); });

  for (const prefix of ['/', '/some/sub/path/']) {
    test(`${kind} (${prefix}): every address gets the page the build wrote for it`, async () => {
      const server = await startServer(kind, prefix);
      try {
        assert.ok(ROUTES.length > 150, `${ROUTES.length} addresses`);
        const pages = new Map();
        const wrong = [];
        for (const [query, file] of ROUTES) {
          if (!pages.has(file)) pages.set(file, readFileSync(path.join(DIST, file), 'utf8'));
          const res = await get(`${server.url}${query ? `?${query}` : ''}`, { 'accept-encoding': 'br, gzip' });
          const body = decoded(res).toString('utf8');
          if (res.status !== 200 || body !== pages.get(file)) {
            const got = body.match(/data-page="([^"]*)"/)?.[1] ?? (body.includes('<html') ? 'index.html' : `${res.status}`);
            wrong.push(`?${query}: ${got}, not ${file}`);
          }
        }
        assert.deepEqual(wrong, [], `${kind} sent other pages:\n${server.log()}`);
        // The folder without its slash is sent to it (Caddy, Apache, nginx alike).
        if (prefix !== '/') {
          const res = await get(`${server.origin}${prefix.slice(0, -1)}?lang=en`);
          assert.ok([301, 302, 307, 308].includes(res.status), `${prefix.slice(0, -1)}: ${res.status}`);
          assert.match(res.headers.location, new RegExp(`${prefix.replaceAll('/', '\\/')}(\\?lang=en)?$`));
        }
      } finally {
        await server.close();
      }
    });

    test(`${kind} (${prefix}): headers keep updates whole, the policy strict, the types right, files precompressed`, async () => {
      const server = await startServer(kind, prefix);
      try {
        const wasm = distFile(/^opbouwwerk-uitgelegd-[0-9a-f]+_bg\.wasm$/);
        const js = distFile(/^loader-[0-9a-f]+\.js$/);
        const css = distFile(/^style-[0-9a-f]+\.css$/);
        const bin = distFile(/^content-nl-[0-9a-f]+\.bin$/);
        const immutable = 'public, max-age=31536000, immutable';
        const cases = [
          // [path, Cache-Control, Content-Type, who may frame it]
          ['', 'no-cache', /^text\/html; charset=utf-8$/i, "'self'"],
          ['?lang=en', 'no-cache', /^text\/html; charset=utf-8$/i, "'self'"],
          ['?embed=tijdlijn&lang=en', 'no-cache', /^text\/html; charset=utf-8$/i, '*'],
          ['?embed=1&present', 'no-cache', /^text\/html; charset=utf-8$/i, '*'],
          ['?present#handreikingen/2', 'no-cache', /^text\/html; charset=utf-8$/i, "'self'"],
          ['index.html', 'no-cache', /^text\/html; charset=utf-8$/i, "'self'"],
          ['en.html', 'no-cache', /^text\/html; charset=utf-8$/i, "'self'"],
          ['embed-de-nieuwe-spagaat-nl.html?embed=de-nieuwe-spagaat', 'no-cache', /^text\/html; charset=utf-8$/i, '*'],
          ['pages/present-nl.html', 'no-cache', /^text\/html; charset=utf-8$/i, "'self'"],
          ['sw.js', 'no-cache', /^text\/javascript; charset=utf-8$/i],
          ['embed.js', 'no-cache', /^text\/javascript; charset=utf-8$/i],
          ['manifest.webmanifest', 'no-cache', /^application\/manifest\+json(; charset=utf-8)?$/i],
          ['manifest.en.webmanifest', 'no-cache', /^application\/manifest\+json(; charset=utf-8)?$/i],
          [wasm, immutable, /^application\/wasm$/],
          [js, immutable, /^text\/javascript; charset=utf-8$/i],
          [css, immutable, /^text\/css; charset=utf-8$/i],
          [bin, immutable, /^application\/octet-stream$/],
          ['icon-192.png', 'no-cache', /^image\/png$/],
          ['favicon.svg', 'no-cache', /^image\/svg\+xml$/],
        ];
        for (const [rel, cache, type, ancestors] of cases) {
          const url = `${server.url}${rel}`;
          for (const [accept, encoding] of [['br, gzip', 'br'], ['gzip', 'gzip'], ['', undefined]]) {
            const res = await get(url, accept ? { 'accept-encoding': accept } : {});
            const what = `${kind} ${rel || prefix} (accept-encoding: ${accept || 'none'})`;
            assert.equal(res.status, 200, what);
            assert.equal(res.headers['cache-control'], cache, `${what}: Cache-Control`);
            assert.match(res.headers['content-type'] ?? '', type, `${what}: Content-Type`);
            assert.equal(res.headers['x-content-type-options'], 'nosniff', `${what}: nosniff`);
            assert.equal(res.headers['referrer-policy'], 'strict-origin-when-cross-origin', `${what}: Referrer-Policy`);
            if (ancestors) {
              assert.equal(res.headers['content-security-policy'], `${META_CSP}; frame-ancestors ${ancestors}`, `${what}: the page's own policy, and who may frame it`);
            }
            const compressible = !/\.png$/.test(rel);
            assert.equal(res.headers['content-encoding'], compressible ? encoding : undefined, `${what}: Content-Encoding`);
            // A compressed answer says it depends on what was accepted (a cache keeps them apart).
            if (res.headers['content-encoding']) assert.match(res.headers.vary ?? '', /accept-encoding/i, `${what}: Vary`);
            // What the browser reads is the file (the page the address asks for, for a query).
            const file = rel.startsWith('?') || rel === '' ? null : rel.replace(/\?.*$/, '');
            if (file) assert.ok(decoded(res).equals(readFileSync(path.join(DIST, file))), `${what}: the body is the file`);
            // Precompressed at build time, sent as it is.
            if (file && encoding && compressible) {
              assert.ok(res.body.equals(readFileSync(path.join(DIST, `${file}.${encoding === 'br' ? 'br' : 'gz'}`))), `${what}: the precompressed file`);
            }
          }
        }
      } finally {
        await server.close();
      }
    });
  }

  test(`${kind} (/some/sub/path/): scripts/check-deploy.mjs finds the routing and the headers of docs/deploy.md`, async () => {
    const server = await startServer(kind, '/some/sub/path/');
    try {
      const out = await new Promise((ok) => {
        const child = spawn(process.execPath, [path.join(ROOT, 'scripts/check-deploy.mjs'), server.url], { cwd: ROOT });
        let text = '';
        child.stdout.on('data', (d) => { text += d; });
        child.stderr.on('data', (d) => { text += d; });
        child.on('exit', () => ok(text));
      });
      // Routing and headers (the link preview is the site configuration's: docs/deploy.md).
      const [checks] = out.split('# Link preview');
      assert.match(checks, /✓ \?lang=en → en\.html/, out);
      assert.match(checks, /the server routes query addresses to their pages/, out);
      assert.doesNotMatch(checks, /✗/, out);
    } finally {
      await server.close();
    }
  });

  test(`${kind} (/some/sub/path/): after one visit the explainer works offline, under the server's own headers`, async () => {
    const server = await startServer(kind, '/some/sub/path/');
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, serviceWorkers: 'allow' });
    try {
      const page = await context.newPage();
      const problems = await watch(page, [server.origin]);
      await page.goto(`${server.url}?lang=en`);
      assert.equal(await page.getAttribute('html', 'lang'), 'en', 'the English page, straight from the server');
      // The worker has the whole release (its build's cache, complete).
      const { build, files } = readWorker(DIST);
      await page.evaluate(async ({ build, count }) => {
        const until = Date.now() + 60_000;
        for (;;) {
          if (navigator.serviceWorker.controller) {
            const names = (await caches.keys()).filter((n) => n.endsWith(` ${build}`));
            if (names.length === 1 && (await (await caches.open(names[0])).keys()).length === count) return;
          }
          if (Date.now() > until) throw new Error(`no complete cache of build ${build}: ${JSON.stringify(await caches.keys())}`);
          await new Promise((r) => setTimeout(r, 100));
        }
      }, { build, count: files.length });
      await context.setOffline(true);
      await page.reload();
      assert.equal(await page.getAttribute('html', 'lang'), 'en');
      await page.waitForSelector('main h1', { state: 'visible' });
      await page.goto(server.url);
      await page.waitForSelector('main h1', { state: 'visible' });
      assert.equal(await page.getAttribute('html', 'lang'), 'nl', 'the Dutch page, offline');
      // A slide, in English (embeds are guests of their host, not carried offline).
      await page.goto(`${server.url}?lang=en&present#handreikingen`);
      await page.waitForSelector('main .slide', { state: 'visible' });
      assert.equal(await page.getAttribute('html', 'lang'), 'en', 'a slide, offline');
      assertClean(problems, `${kind} offline`);
    } finally {
      await context.close();
      await server.close();
    }
  });

  test(`${kind}: any site may frame an embed, and only the explainer its reading page`, async () => {
    const server = await startServer(kind, '/some/sub/path/');
    // Another site (another origin), framing an embed address and the reading page.
    const host = await serve(DIST, {
      prefix: '/nothing/',
      extra: {
        '/host.html': ['text/html; charset=utf-8', `<!doctype html><html lang="en"><head><title>host</title></head><body>
<iframe id="embed" src="${server.url}?embed=tijdlijn" width="800" height="600"></iframe>
<iframe id="reading" src="${server.url}" width="800" height="600"></iframe></body></html>`],
      },
    });
    const context = await browser.newContext();
    try {
      const page = await context.newPage();
      await page.goto(`${host.origin}/host.html`);
      await page.waitForFunction(() => document.querySelectorAll('iframe').length === 2);
      // The embed shows its timeline to the reader.
      const embed = await (await page.$('#embed')).contentFrame();
      await embed.waitForSelector('main', { state: 'visible', timeout: 15_000 });
      assert.ok((await embed.textContent('main')).trim().length > 0, 'the embed is shown');
      assert.equal(await embed.getAttribute('html', 'data-page'), 'embed-tijdlijn-nl.html', 'its own page, from the server');
      // The browser refuses the reading page: the frame shows its error page.
      const reading = await (await page.$('#reading')).contentFrame();
      const until = Date.now() + 15_000;
      while (!reading.url().startsWith('chrome-error:')) {
        assert.ok(Date.now() < until, `the reading page was framed: ${reading.url()}`);
        await page.waitForEvent('framenavigated', { timeout: 1000 }).catch(() => {});
      }
    } finally {
      await context.close();
      await host.close();
      await server.close();
    }
  });
}
