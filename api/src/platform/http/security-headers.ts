import helmet from 'helmet';

/**
 * Security headers on every answer, the dashboard's above all: a Content-Security-Policy that
 * lets the page load only its own scripts and connect only to its own origin (GraphQL and
 * graphql-ws), renders and frames shown from blob: URLs the page makes itself, no framing by
 * other sites (frame-ancestors 'none'), nosniff, no referrer. Recharts styles its SVG inline,
 * hence 'unsafe-inline' for styles only. No upgrade-insecure-requests: the demo runs on plain
 * http on a private address.
 */
export const securityHeaders = () =>
  helmet({
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:', 'blob:'],
        mediaSrc: ["'self'", 'blob:'],
        fontSrc: ["'self'", 'data:'],
        connectSrc: ["'self'"],
        objectSrc: ["'none'"],
        baseUri: ["'self'"],
        formAction: ["'self'"],
        frameAncestors: ["'none'"],
      },
    },
    referrerPolicy: { policy: 'no-referrer' },
    strictTransportSecurity: false,
  });
