/**
 * Response headers every answer carries. The Content-Security-Policy allows scripts from
 * Roster's own origin only (no inline script, no eval). Styles also allow 'unsafe-inline':
 * antd 6 writes its CSS at run time into <style> elements (@ant-design/cssinjs) and some of
 * its components set style attributes; a nonce would need every HTML answer rendered per
 * request and handed to antd, and inline CSS cannot run script, so only styles get it.
 */
import type { FastifyInstance } from 'fastify';

export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

export const PERMISSIONS_POLICY = [
  'accelerometer=()',
  'camera=()',
  'display-capture=()',
  'geolocation=()',
  'gyroscope=()',
  'magnetometer=()',
  'microphone=()',
  'payment=()',
  'usb=()',
].join(', ');

export function registerSecurityHeaders(app: FastifyInstance, publicUrl: string) {
  // Only where the site is reached over https: HSTS on a plain-http address would be ignored
  // by browsers at best and lock a misconfigured deployment out at worst.
  const hsts = publicUrl.startsWith('https://');
  app.addHook('onSend', async (request, reply, payload) => {
    reply.header('Content-Security-Policy', CONTENT_SECURITY_POLICY);
    reply.header('Permissions-Policy', PERMISSIONS_POLICY);
    reply.header('X-Content-Type-Options', 'nosniff');
    reply.header('Referrer-Policy', 'same-origin');
    reply.header('X-Frame-Options', 'DENY');
    reply.header('Cross-Origin-Opener-Policy', 'same-origin');
    if (hsts) reply.header('Strict-Transport-Security', 'max-age=31536000; includeSubDomains');
    // Answers about people must not sit in a shared or browser cache.
    if (request.url.startsWith('/api/')) reply.header('Cache-Control', 'no-store');
    return payload;
  });
}
