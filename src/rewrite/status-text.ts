export const STATUS_TEXT_HELPER = 'statusTextOf';

/**
 * The reason phrases `next start` sends (Node's, over HTTP/1.1), fixed here so the helper's
 * text does not change with the Node version running the migration.
 */
const REASON_PHRASES = `
  200: "OK", 201: "Created", 202: "Accepted", 203: "Non-Authoritative Information", 204: "No Content",
  205: "Reset Content", 206: "Partial Content", 207: "Multi-Status", 208: "Already Reported", 226: "IM Used",
  300: "Multiple Choices", 301: "Moved Permanently", 302: "Found", 303: "See Other", 304: "Not Modified",
  305: "Use Proxy", 307: "Temporary Redirect", 308: "Permanent Redirect", 400: "Bad Request",
  401: "Unauthorized", 402: "Payment Required", 403: "Forbidden", 404: "Not Found", 405: "Method Not Allowed",
  406: "Not Acceptable", 407: "Proxy Authentication Required", 408: "Request Timeout", 409: "Conflict",
  410: "Gone", 411: "Length Required", 412: "Precondition Failed", 413: "Payload Too Large",
  414: "URI Too Long", 415: "Unsupported Media Type", 416: "Range Not Satisfiable", 417: "Expectation Failed",
  418: "I'm a Teapot", 421: "Misdirected Request", 422: "Unprocessable Entity", 423: "Locked",
  424: "Failed Dependency", 425: "Too Early", 426: "Upgrade Required", 428: "Precondition Required",
  429: "Too Many Requests", 431: "Request Header Fields Too Large", 451: "Unavailable For Legal Reasons",
  500: "Internal Server Error", 501: "Not Implemented", 502: "Bad Gateway", 503: "Service Unavailable",
  504: "Gateway Timeout", 505: "HTTP Version Not Supported", 506: "Variant Also Negotiates",
  507: "Insufficient Storage", 508: "Loop Detected", 509: "Bandwidth Limit Exceeded", 510: "Not Extended",
  511: "Network Authentication Required"
`;

/**
 * The route's client read `res.statusText`. An action result has only the status, so callers
 * that read the phrase get it from this table, written into the app next to the actions.
 */
export function statusTextHelperSource(typescript: boolean): string {
  const table = typescript ? 'const REASON_PHRASES: Record<number, string> = {' : 'const REASON_PHRASES = {';
  const signature = typescript ? `export function ${STATUS_TEXT_HELPER}(status: number): string {` : `export function ${STATUS_TEXT_HELPER}(status) {`;
  return `/** The reason phrase the API route's response carried for its status, which its client read as \`res.statusText\`. */
${signature}
  return REASON_PHRASES[status] ?? ''
}

${table}${REASON_PHRASES}}
`;
}
